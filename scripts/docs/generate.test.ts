import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { GENERATED, regenerate } from './generate.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

describe('the generated parts of the manual', () => {
  for (const entry of GENERATED) {
    it(`${entry.page} is what the code and the tests give today (else run npm run docs)`, async () => {
      const committed = await readFile(path.join(root, entry.page), 'utf8');
      const generated = await regenerate(root, entry);
      // A page made on one machine must read the same in any checkout: no path of this one in it.
      expect(generated).not.toContain(path.resolve(root));
      expect(generated).toBe(committed);
    }, 30_000);
  }
});
