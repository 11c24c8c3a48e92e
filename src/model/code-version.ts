import { fileURLToPath } from 'node:url';
import { codeDigest } from '../store/code-digest.ts';

/** The project root, from this file's place in it (src/model/). */
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * A digest of the code that turns content into the model (every module the
 * checks and the loader import, in src/model, src/domain or elsewhere, and
 * the packages they use; see `codeDigest`): cached results computed by other
 * code are never reused, so changing a schema or the figure parser takes
 * effect on the next run.
 */
export function codeVersion(): string {
  return codeDigest(ROOT, { entries: ['src/model/checks/index.ts', 'src/model/load.ts'] });
}
