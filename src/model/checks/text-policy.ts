import { decodeNamedCharacterReference } from 'decode-named-character-reference';
import { invisibleOnly, invisibleOnlyMessage, mayHoldRefused, refusedCharacter, refusedMessage } from '../../domain/text-policy.ts';
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
  if (!mayHoldRefused(source.value)) return [];
  const diagnostics: Diagnostic[] = [];
  const at = (path: PathLink | undefined, message: string) => {
    const segments = pathOf(path);
    diagnostics.push({ file, ...source.locate(segments), field: segments.length ? fieldPath(segments) : undefined, message });
  };
  // Its own stack, and each path as a link to its parent, made into a list only for a field at fault: nearly every
  // text passes, and the walk then costs little more than visiting each value once.
  const stack: { value: unknown; path: PathLink | undefined }[] = [{ value: source.value, path: undefined }];
  while (stack.length) {
    const { value, path } = stack.pop()!;
    if (typeof value === 'string') {
      const refused = refusedCharacter(value);
      if (refused) at(path, refusedMessage(refused));
      else if (invisibleOnly(value)) at(path, invisibleOnlyMessage(value));
    } else if (Array.isArray(value)) {
      for (let index = value.length - 1; index >= 0; index--) stack.push({ value: value[index], path: { parent: path, key: index } });
    } else if (value !== null && typeof value === 'object') {
      const keys = Object.keys(value);
      for (let index = keys.length - 1; index >= 0; index--) {
        const key = keys[index]!;
        const link = { parent: path, key };
        const refused = refusedCharacter(key);
        if (refused) at(link, `the field name ${refusedMessage(refused)}`);
        else stack.push({ value: (value as Record<string, unknown>)[key], path: link });
      }
    }
  }
  return diagnostics;
}

/** A field's path, as a link to its parent's. */
interface PathLink {
  parent: PathLink | undefined;
  key: string | number;
}

function pathOf(link: PathLink | undefined): (string | number)[] {
  const path: (string | number)[] = [];
  for (let node = link; node; node = node.parent) path.unshift(node.key);
  return path;
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
