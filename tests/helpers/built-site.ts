// The shared build of the casebook under test, opened as the gates open any built site (src/gates/built-site.ts):
// its address and base path read from the site itself, and checked here against the settings it was built with.
import { site as settings } from '../../src/site.config.ts';
import { optionsFromEnv } from '../../src/options.ts';
import { openBuiltSite, type BuiltSite } from '../../src/gates/built-site.ts';
import { root } from './build.ts';
import { casebookDist } from './shared-build.ts';

/**
 * The shared build of the casebook under test as the gates see it. Throws when the address the site says it
 * lives at is not the one it was built for (its settings' URL and title, CASEBOOK_BASE).
 */
export async function casebookBuiltSite(): Promise<BuiltSite> {
  const site = openBuiltSite(await casebookDist());
  const expected = { origin: new URL(settings.url).origin, base: optionsFromEnv(root).base, title: settings.title };
  const found = { origin: site.origin, base: site.base, title: site.title };
  if (JSON.stringify(found) !== JSON.stringify(expected)) throw new Error(`the built site says it is ${JSON.stringify(found)}, but was built as ${JSON.stringify(expected)}`);
  return site;
}
