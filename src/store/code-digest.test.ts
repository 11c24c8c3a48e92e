import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { codeDigest, codeInputs, freshCodeDigest } from './code-digest.ts';
import { CARD_CODE } from '../outputs/cards/publish.ts';

let root: string;
const write = (file: string, text: string) => {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), text);
};
beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'casebook-code-'));
  write('src/outputs/cards/render.ts', "import satori from 'satori';\nimport { encodePng } from './png.ts';\nimport { ink } from '../../domain/tokens.ts';\nimport type { Shape } from './shapes.ts';\n// an old note: import x from 'not-a-dependency';\n");
  write('src/outputs/cards/shapes.ts', 'export type Shape = string;\n');
  write('src/outputs/cards/png.ts', "import { crc32 } from 'node:zlib';\nexport const level = 3;\n");
  write('src/domain/tokens.ts', "export const ink = '#1a1d21';\n");
  write('src/outputs/cards/unrelated.ts', 'export const x = 1;\n');
  write('node_modules/satori/package.json', '{"name":"satori","version":"0.63.2"}');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const digest = () => freshCodeDigest(root, { entries: ['src/outputs/cards/render.ts'] });

describe('the code digest', () => {
  it('covers the files an entry imports, in any folder, and the versions of the packages they use (not types, not comments)', () => {
    expect(codeInputs(root, { entries: ['src/outputs/cards/render.ts'] })).toEqual({
      files: ['src/domain/tokens.ts', 'src/outputs/cards/png.ts', 'src/outputs/cards/render.ts'],
      packages: { satori: '0.63.2' },
    });
  });

  it('changes when an imported file or a package version changes, and not for a file nothing imports', () => {
    const base = digest();
    expect(codeDigest(root, { entries: ['src/outputs/cards/render.ts'] })).toBe(base);
    write('src/outputs/cards/unrelated.ts', 'export const x = 2;\n');
    expect(digest()).toBe(base);
    write('src/outputs/cards/png.ts', "import { crc32 } from 'node:zlib';\nexport const level = 6;\n");
    const afterPng = digest();
    expect(afterPng).not.toBe(base);
    write('src/domain/tokens.ts', "export const ink = '#1f2328';\n");
    const afterTokens = digest();
    expect(afterTokens).not.toBe(afterPng);
    write('node_modules/satori/package.json', '{"name":"satori","version":"0.64.0"}');
    expect(digest()).not.toBe(afterTokens);
    expect(base).toMatch(/^[0-9a-f]{20}$/);
  });

  it('for the social cards, covers render.ts, png.ts, template.ts, the fonts, satori and resvg', () => {
    const inputs = codeInputs(fileURLToPath(new URL('../../', import.meta.url)), CARD_CODE);
    expect(inputs.files).toEqual(expect.arrayContaining(['src/outputs/cards/render.ts', 'src/outputs/cards/png.ts', 'src/outputs/cards/template.ts', 'src/outputs/cards/emoji.ts', 'src/outputs/fonts.ts']));
    expect(Object.keys(inputs.packages)).toEqual(expect.arrayContaining(['satori', '@resvg/resvg-js', '@expo-google-fonts/noto-sans-sc', '@twemoji/svg', 'subset-font']));
    for (const version of Object.values(inputs.packages)) expect(version).toMatch(/^\d+\.\d+/);
  });
});
