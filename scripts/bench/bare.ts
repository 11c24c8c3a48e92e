// The bare-Astro baseline the brief's build budgets are measured against: a minimal Astro 7 project
// that builds the same synthetic .mdx files with nothing but @astrojs/mdx and the default processor.
import { existsSync, mkdirSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { run, tail, type Caps, type Run } from './run.ts';

// Its own cache folder inside the project: the default (node_modules/.astro) would resolve through the
// node_modules symlink into Casebook's, and the two builds would share a content store.
const CACHE_DIR = '.astro-cache';

const files = (casesDir: string): Record<string, string> => ({
  'package.json': JSON.stringify({ name: 'bare-astro-baseline', private: true, type: 'module' }, null, 2),
  'astro.config.mjs': [
    "import { defineConfig } from 'astro/config';",
    "import mdx from '@astrojs/mdx';",
    `export default defineConfig({ cacheDir: './${CACHE_DIR}', integrations: [mdx()] });`,
  ].join('\n'),
  // No schema: the baseline parses frontmatter but validates nothing, as a plain Astro site would.
  'src/content.config.ts': [
    "import { defineCollection } from 'astro:content';",
    "import { glob } from 'astro/loaders';",
    `export const collections = { cases: defineCollection({ loader: glob({ base: ${JSON.stringify(casesDir)}, pattern: '**/*.mdx' }) }) };`,
  ].join('\n'),
  // The case bodies use <Stat id="…" /> and <NotClaim>; the baseline renders each as simply as it can.
  'src/components/Stat.astro': '---\nconst { id } = Astro.props;\n---\n<span data-stat={id}>{id}</span>\n',
  'src/components/NotClaim.astro': '<slot />\n',
  'src/pages/cases/[id].astro': [
    '---',
    "import { getCollection, render } from 'astro:content';",
    "import Stat from '../../components/Stat.astro';",
    "import NotClaim from '../../components/NotClaim.astro';",
    'export async function getStaticPaths() {',
    "  return (await getCollection('cases')).map((entry) => ({ params: { id: entry.id }, props: { entry } }));",
    '}',
    'const { entry } = Astro.props;',
    'const { Content } = await render(entry);',
    '---',
    '<html lang="zh-CN">',
    '  <head><meta charset="utf-8" /><title>{entry.data.title}</title></head>',
    '  <body><h1>{entry.data.title}</h1><Content components={{ Stat, NotClaim }} /></body>',
    '</html>',
  ].join('\n'),
});

/**
 * Writes a minimal Astro project into `projectDir` whose one collection is
 * the `.mdx` files under `casesDir` (absolute), each rendered to
 * `/cases/<id>/`. Its node_modules is a symlink to `root`'s, so it builds
 * with exactly the Astro and MDX versions Casebook uses.
 */
export function writeBareAstro(projectDir: string, casesDir: string, root: string): void {
  for (const [file, text] of Object.entries(files(casesDir))) {
    mkdirSync(path.dirname(path.join(projectDir, file)), { recursive: true });
    writeFileSync(path.join(projectDir, file), text);
  }
  if (!existsSync(path.join(projectDir, 'node_modules'))) symlinkSync(path.join(root, 'node_modules'), path.join(projectDir, 'node_modules'), 'dir');
}

/** Deletes the baseline's content store, so its next build starts as a fresh checkout's first `astro build` does. */
export function clearBareCache(projectDir: string): void {
  rmSync(path.join(projectDir, CACHE_DIR), { recursive: true, force: true });
}

/**
 * Builds the baseline in `projectDir` as `astro build` would, with `root`'s
 * Node and Astro, and checks it wrote one page per case (`expectedPages`),
 * so a baseline that silently built nothing cannot flatter Casebook. With
 * `caps`, a build that goes over them is stopped and returned with
 * `stopped` set (bare Astro's memory grows with the casebook until it runs
 * out, and on a shared machine the bench stops it first).
 */
export async function buildBareAstro(projectDir: string, root: string, expectedPages: number, caps?: Caps): Promise<Run> {
  const result = await run(process.execPath, [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], projectDir, { ASTRO_TELEMETRY_DISABLED: '1' }, caps);
  if (result.stopped) return result;
  if (result.status !== 0) throw new Error(`bare Astro build failed:\n${tail(result)}`);
  const pages = readdirSync(path.join(projectDir, 'dist/cases'), { withFileTypes: true }).filter((entry) => existsSync(path.join(projectDir, 'dist/cases', entry.name, 'index.html'))).length;
  if (pages !== expectedPages) throw new Error(`bare Astro build wrote ${pages} case pages, expected ${expectedPages}`);
  return result;
}
