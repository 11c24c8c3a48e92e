import type { Casebook, LoadedEntry } from '../../model/load.ts';
import { fieldPath, type Diagnostic } from '../../model/diagnostics.ts';
import { missingCharacters } from './fonts.ts';
import { siteCards, type CardFile } from './content.ts';
import { publishedView } from '../../view/published.ts';
import { cardText } from './template.ts';
import { describeCharacter } from '../../domain/text-policy.ts';

/** The key of `casebook.yaml` among the entries a card's text may come from. */
const SETTINGS_ENTRY = 'casebook.yaml';

// A character as the reader sees it (a letter with its combining marks, an emoji sequence), by every code point it is made of.
const describe = describeCharacter;

/**
 * Every text a social card draws must be drawable by the card fonts or
 * Twemoji; otherwise the card would show blank boxes. The cards are laid out
 * (not drawn) exactly as the build will, so whatever a card shows is checked,
 * and each character it cannot draw is reported at the frontmatter field that
 * holds it, before the build writes anything.
 */
export async function checkCardText(casebook: Casebook): Promise<Diagnostic[]> {
  const { settings } = casebook;
  const site = { title: settings.title, shortTitle: settings.shortTitle, description: settings.description, publisher: settings.publisher, searchExamples: settings.search.examples };
  // Drafts too: an editor learns of a character a card cannot draw before the case is published.
  const cards = siteCards(publishedView({ casebook }, { drafts: true }), site);
  // The casebook's own settings are drawn on many cards (its title on every one): the last place a character is looked for.
  const settingsEntry: LoadedEntry<unknown> | undefined = casebook.settingsFile.source && { id: SETTINGS_ENTRY, file: casebook.settingsFile.file, data: settings, source: casebook.settingsFile.source };
  const entries = new Map<string, LoadedEntry<unknown>>([
    ...(settingsEntry ? [[SETTINGS_ENTRY, settingsEntry] as const] : []),
    ...casebook.cases.map((entry) => [`cases/${entry.id}`, entry] as const),
    ...casebook.series.map((entry) => [`series/${entry.id}`, entry] as const),
    ...casebook.sources.map((entry) => [`sources/${entry.id}`, entry] as const),
  ]);
  const found = new Map<string, { entry: LoadedEntry<unknown>; path: (string | number)[]; chars: Set<string> }>();
  for (const card of cards) {
    const missing = await missingCharacters(cardText(card.content));
    for (const char of missing) {
      const places = fieldsHolding(char, card, entries);
      if (places.length === 0) throw new Error(`the card ${card.path} cannot draw ${describe(char)}, which no content field holds: an interface word of Casebook's`);
      for (const { entry, path } of places) {
        const key = `${entry.file}\0${fieldPath(path)}`;
        const place = found.get(key) ?? { entry, path, chars: new Set<string>() };
        place.chars.add(char);
        found.set(key, place);
      }
    }
  }
  return [...found.values()].map(({ entry, path, chars }) => ({
    file: entry.file,
    ...entry.source.locate(path),
    field: fieldPath(path),
    message: `the social card cannot draw ${[...chars].map(describe).join(', ')}; use another character or add a font that has it`,
  }));
}

/** The frontmatter fields of the card's own entry (else of the entries it names) whose text holds `char`. */
function fieldsHolding(char: string, card: CardFile, entries: ReadonlyMap<string, LoadedEntry<unknown>>) {
  for (const owner of [...card.from, SETTINGS_ENTRY]) {
    const entry = entries.get(owner);
    if (!entry) continue;
    const paths = stringFields(entry.source.value).filter(({ text }) => text.includes(char));
    if (paths.length > 0) return paths.map(({ path }) => ({ entry, path }));
  }
  return [];
}

function stringFields(value: unknown, path: (string | number)[] = []): { path: (string | number)[]; text: string }[] {
  if (typeof value === 'string') return [{ path, text: value }];
  if (Array.isArray(value)) return value.flatMap((item, index) => stringFields(item, [...path, index]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => stringFields(item, [...path, key]));
  return [];
}
