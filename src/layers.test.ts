// The data flows one way: content → checked model → published view → site and outputs → publish.
// Each folder of src/ is a layer, and a module may import only from its own layer or the layers
// beneath it, so a wrong import fails here with the rule it broke (see docs/contributors/architecture.md).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const src = fileURLToPath(new URL('.', import.meta.url));

/** Layers from the inside out; a module may import from its own layer and from those listed before it. */
const LAYERS: { name: string; holds: (file: string) => boolean; why: string }[] = [
  { name: 'design', holds: (file) => file.startsWith('design/'), why: 'the design tokens: colours, fonts and the type scale, read by the CSS, cards, charts and QR code' },
  { name: 'domain', holds: (file) => file.startsWith('domain/'), why: 'pure logic: figures, claims, search text; knows nothing of files or Astro' },
  { name: 'i18n', holds: (file) => file.startsWith('i18n/'), why: 'the interface words of the site, the cards and the browser scripts' },
  { name: 'store', holds: (file) => file.startsWith('store/'), why: 'the artefact store every cache writes through, and the helpers that spread file and per-case work (limited.ts, worker-batches.ts)' },
  { name: 'config', holds: (file) => file === 'options.ts', why: 'the build options, read from the environment' },
  { name: 'model', holds: (file) => file.startsWith('model/') || file === 'site.config.ts', why: 'content read and checked once' },
  { name: 'view', holds: (file) => file.startsWith('view/'), why: 'the one published view of the checked model' },
  { name: 'outputs', holds: (file) => file.startsWith('outputs/'), why: 'search index, cards, charts, reports and exports drawn from the view' },
  {
    name: 'site',
    holds: (file) => /^(site|pages|components|layouts|styles)\//.test(file) || file === 'content.config.ts' || file === 'middleware.ts',
    why: 'the Astro pages and what they call while rendering',
  },
  { name: 'integration', holds: (file) => file.startsWith('integration/'), why: 'the Astro integration that runs the model and the outputs' },
  { name: 'publish', holds: (file) => file.startsWith('publish/'), why: '`npm run build`: lock, swap and manifest around astro build' },
  { name: 'gates', holds: (file) => file.startsWith('gates/'), why: 'the built-site gates of `npm run gates` and the tests, which read a built site\'s files' },
];

/**
 * The gates check any casebook's built site from its files alone, so nothing they load, directly or through
 * another module, may be the model or anything built from it (they may use pure logic, the options, and the
 * report printer's Chromium and static server).
 */
const GATES = { holds: (file: string) => file.startsWith('gates/'), mayReach: ['design', 'domain', 'i18n', 'store', 'config', 'outputs', 'gates'] };

/** Browser code stands apart: it ships to readers, so it may use only pure logic and words, and only pages load it. */
const BROWSER = { holds: (file: string) => file.startsWith('client/'), mayImport: ['domain', 'i18n'], importedBy: ['site'] };

function sourceFiles(dir: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[])
    .map((name) => name.split(path.sep).join('/'))
    .filter((name) => /\.(ts|mjs|astro)$/.test(name) && !/\.test\.ts$/.test(name) && !name.endsWith('.d.ts'));
}

/** Every relative module a file names: static and dynamic imports, re-exports, `<script src>` in components. */
function importsOf(file: string): string[] {
  const text = readFileSync(path.join(src, file), 'utf8');
  const specifiers = [...text.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)(['"])(\.{1,2}\/[^'"]+)\1/g)].map((match) => match[2]!);
  return specifiers.map((specifier) => path.posix.normalize(path.posix.join(path.posix.dirname(file), specifier)));
}

/** The source file a module path names (`x` may be written without its `.ts`). */
function resolveModule(target: string, files: ReadonlySet<string>): string | undefined {
  return [target, `${target}.ts`, `${target}/index.ts`].find((candidate) => files.has(candidate));
}

const layerOf = (file: string) => {
  if (BROWSER.holds(file)) return 'client';
  return LAYERS.find((layer) => layer.holds(file))?.name;
};
const rank = (name: string) => LAYERS.findIndex((layer) => layer.name === name);

describe('the layers of src/', () => {
  const files = sourceFiles(src);

  it('places every source file in a layer', () => {
    expect(files.filter((file) => layerOf(file) === undefined)).toEqual([]);
  });

  it('imports only inward', () => {
    const broken: string[] = [];
    for (const file of files) {
      const from = layerOf(file)!;
      for (const target of importsOf(file)) {
        if (target.startsWith('..')) continue; // outside src/ (none today)
        const to = layerOf(target);
        if (!to || to === from) continue;
        if (from === 'client') {
          if (!BROWSER.mayImport.includes(to)) broken.push(`${file} → ${target}: browser code may import only ${BROWSER.mayImport.join(' and ')}`);
        } else if (to === 'client') {
          if (!BROWSER.importedBy.includes(from)) broken.push(`${file} → ${target}: only the site's pages load browser code`);
        } else if (rank(to) > rank(from)) {
          broken.push(`${file} → ${target}: ${from} may not import ${to} (${to} is further out: ${LAYERS[rank(to)]!.why})`);
        }
      }
    }
    expect(broken).toEqual([]);
  });

  it('keeps the gates away from the model: they read built files only', () => {
    const known = new Set(files);
    const reached = new Map<string, string>(files.filter(GATES.holds).map((file) => [file, file]));
    const queue = [...reached.keys()];
    for (const file of queue) {
      for (const target of importsOf(file)) {
        const module = resolveModule(target, known);
        if (!module || reached.has(module)) continue;
        reached.set(module, `${reached.get(file)} → ${module}`);
        queue.push(module);
      }
    }
    const outside = [...reached].filter(([module]) => !GATES.mayReach.includes(layerOf(module) ?? '')).map(([, chain]) => chain);
    expect(reached.size).toBeGreaterThan(files.filter(GATES.holds).length);
    expect(outside).toEqual([]);
  });

  it('has no source folder named like build output', () => {
    const folders = (readdirSync(src, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[]).filter((entry) => entry.isDirectory());
    expect(folders.map((entry) => entry.name).filter((name) => /^(build|dist|out)$/.test(name))).toEqual([]);
  });
});
