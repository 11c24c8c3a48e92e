import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { digestOf } from '../domain/digest.ts';

let version: string | undefined;

/**
 * A digest of the code that turns content into the model (src/model and
 * src/domain): cached results computed by other code are never reused, so
 * changing a schema or the figure parser takes effect on the next run.
 */
export function codeVersion(): string {
  if (version) return version;
  const sources = ['./', '../domain/'].flatMap((folder) => {
    const dir = fileURLToPath(new URL(folder, import.meta.url));
    return (readdirSync(dir, { recursive: true }) as string[])
      .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))
      .sort()
      .map((name) => [name, readFileSync(dir + name, 'utf8')]);
  });
  return (version = digestOf(sources));
}
