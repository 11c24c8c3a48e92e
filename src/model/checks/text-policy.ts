import { decodeNamedCharacterReference } from 'decode-named-character-reference';
import { invisibleOnly, invisibleOnlyMessage, refusedCharacter, refusedMessage } from '../../domain/text-policy.ts';
import { fieldPath, type Diagnostic } from '../diagnostics.ts';
import type { YamlSource } from '../files/yaml-source.ts';

/**
 * The text policy (src/domain/text-policy.ts) applied to every text of a
 * parsed YAML file (a case's frontmatter, a series or source record,
 * casebook.yaml, the thesaurus): each key and each string value, however
 * deep. One diagnostic per field at fault, at its line, naming the
 * character by code point. A text that shows nothing at all (zero-width
 * spaces, braille blanks) is refused too: it would publish a blank title or
 * description.
 */
export function yamlTextProblems(source: YamlSource, file: string): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const at = (path: readonly (string | number)[], message: string) => diagnostics.push({ file, ...source.locate(path), field: path.length ? fieldPath(path) : undefined, message });
  // Its own stack: the parser bounds the depth, but a walk should not rely on that.
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value: source.value, path: [] }];
  while (stack.length) {
    const { value, path } = stack.pop()!;
    if (typeof value === 'string') {
      const refused = refusedCharacter(value);
      if (refused) at(path, refusedMessage(refused));
      else if (invisibleOnly(value)) at(path, invisibleOnlyMessage(value));
    } else if (Array.isArray(value)) {
      for (let index = value.length - 1; index >= 0; index--) stack.push({ value: value[index], path: [...path, index] });
    } else if (value !== null && typeof value === 'object') {
      const entries = Object.entries(value);
      for (let index = entries.length - 1; index >= 0; index--) {
        const [key, item] = entries[index]!;
        const refused = refusedCharacter(key);
        if (refused) at([...path, key], `the field name ${refusedMessage(refused)}`);
        else stack.push({ value: item, path: [...path, key] });
      }
    }
  }
  return diagnostics;
}

// Character references a body may write a refused character with: `&#x202E;`, `&#8238;`, `&rlm;`.
const REFERENCE = /&(?:#[xX]([0-9a-fA-F]{1,6})|#(\d{1,7})|([A-Za-z][A-Za-z0-9]{1,31}));/g;

/**
 * The text policy applied to a case body: the first refused character as
 * written, or written as a character reference (`&#x202E;`, `&shy;`), at its
 * line and column. Tab and line breaks are the body's own; every other
 * refused character is one error, in prose, headings and code alike (a
 * bidirectional control in code misleads a reader as much as in prose).
 */
export function bodyTextProblems(body: string, bodyLine: number, file: string): Diagnostic[] {
  const position = (offset: number) => {
    const before = body.slice(0, offset);
    const lines = before.split('\n');
    return { line: bodyLine + lines.length - 1, column: lines.at(-1)!.length + 1 };
  };
  const refused = refusedCharacter(body);
  if (refused) return [{ file, ...position(refused.index), message: `the body ${refusedMessage(refused)}` }];
  if (!body.includes('&')) return [];
  for (const match of body.matchAll(REFERENCE)) {
    const [, hex, decimal, name] = match;
    const text = hex ? safeFromCodePoint(parseInt(hex, 16)) : decimal ? safeFromCodePoint(Number(decimal)) : decodeNamedCharacterReference(name!) || '';
    const found = text && refusedCharacter(text);
    if (found) return [{ file, ...position(match.index), message: `the body ${refusedMessage(found, match[0])}` }];
  }
  return [];
}

const safeFromCodePoint = (codePoint: number) => (codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : '');
