import type { StarterLanguage } from './types.ts';

/**
 * The sections a new casebook writes into its `casebook.yaml`: the defaults
 * of its language (Chinese: 背景 主要做法 成效 启示), written out so an editor
 * sees where to change them. Mirrors the default sections of the settings
 * schema, which a casebook gets when it names none.
 */
export const STARTER_SECTIONS: Record<StarterLanguage, readonly { name: string; also: readonly string[] }[]> = {
  'zh-CN': [
    { name: '背景', also: [] },
    { name: '主要做法', also: ['做法'] },
    { name: '成效', also: ['主要成效'] },
    { name: '启示', also: ['经验启示'] },
  ],
  en: [
    { name: 'Background', also: [] },
    { name: 'What was done', also: ['Approach'] },
    { name: 'Results', also: ['Outcomes'] },
    { name: 'Lessons', also: ['Lessons learned'] },
  ],
};

/** The `sections:` block of `casebook.yaml` for `lang`. */
export function sectionsYaml(lang: StarterLanguage): string {
  return [
    'sections:',
    ...STARTER_SECTIONS[lang].map((section) => `  - name: ${section.name}${section.also.length ? `\n    also: [${section.also.join(', ')}]` : ''}`),
  ].join('\n');
}
