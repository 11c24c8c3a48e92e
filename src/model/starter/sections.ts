import { DEFAULT_SECTIONS } from '../schemas/casebook.ts';
import type { StarterLanguage } from './types.ts';

/**
 * The sections a new casebook writes into its `casebook.yaml`: the defaults
 * of its language (Chinese: 背景 主要做法 成效 启示), written out so an editor
 * sees where to change them.
 */
export const STARTER_SECTIONS = DEFAULT_SECTIONS;

/** The `sections:` block of `casebook.yaml` for `lang`. */
export function sectionsYaml(lang: StarterLanguage): string {
  return [
    'sections:',
    ...STARTER_SECTIONS[lang].map((section) => `  - name: ${section.name}${section.also.length ? `\n    also: [${section.also.join(', ')}]` : ''}`),
  ].join('\n');
}
