import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { TABLE, traditionalTable } from './figure-variants.ts';

const root = fileURLToPath(new URL('../', import.meta.url));

describe('the traditional forms the figure reader folds', () => {
  it(`${TABLE} covers every character of the figure modules (else run npx node scripts/figure-variants.ts)`, () => {
    expect(readFileSync(path.join(root, TABLE), 'utf8')).toBe(traditionalTable(root));
  });
});
