// One digest of the code an output depends on, for every cache: a cached artefact is reused only with the code
// that made it. It covers the source files reached from the output's entry modules through their relative
// imports (whatever folder they are in), the version of every npm package those files import, packages they load
// by path (fonts, emoji), and Node's version (zlib and the serialiser come with it).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';

/** What an output's code is: where to start reading, and what it loads that no import names. */
export interface CodeSpec {
  /** Entry modules, relative to the project root (`src/outputs/cards/render.ts`); every module they import is followed. */
  entries: readonly string[];
  /** npm packages read by path rather than imported (a font file in a package): their versions count too. */
  packages?: readonly string[];
  /** Anything else that changes the output (a format number): part of the digest as given. */
  salt?: unknown;
}

/** The files and package versions a digest was made from, for tests and for a look at why a cache was dropped. */
export interface CodeInputs {
  files: string[];
  packages: Record<string, string>;
}

// Module specifiers that load code at run time: static imports and re-exports at the start of a line (so not in
// comments; type-only ones are left out, they change no output), side-effect imports, dynamic imports, and
// worker modules (`new URL('./worker.ts', import.meta.url)`).
const SPECIFIERS = [
  /^\s*(?:import|export)(?!\s+type\b)\s[^;]*?\bfrom\s*['"]([^'"]+)['"]/gm,
  /^\s*import\s*['"]([^'"]+)['"]/gm,
  /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g,
  /\bnew URL\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*,\s*import\.meta\.url/g,
];

/** The package a bare specifier names (`@resvg/resvg-js`, `satori`), or undefined for Node's and Astro's own modules. */
function packageOf(specifier: string): string | undefined {
  if (/^(node|astro|virtual):/.test(specifier) || specifier.startsWith('#')) return undefined;
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/** The source file a relative specifier names, if it is one of the project's (with `.ts` written out, as here). */
function resolveRelative(from: string, specifier: string): string | undefined {
  const base = path.resolve(path.dirname(from), specifier);
  return [base, `${base}.ts`, path.join(base, 'index.ts')].find((file) => /\.(ts|mjs|js|json)$/.test(file) && existsSync(file));
}

/** The installed version of `name` under `root`, from its package.json (`missing` when it is not installed). */
function packageVersion(root: string, name: string): string {
  try {
    return (JSON.parse(readFileSync(path.join(root, 'node_modules', name, 'package.json'), 'utf8')) as { version?: string }).version ?? 'unversioned';
  } catch {
    return 'missing';
  }
}

/** The files reached from the spec's entries and the packages they use, read from the project at `root`. */
export function codeInputs(root: string, spec: CodeSpec): CodeInputs {
  const files = new Set<string>();
  const packages = new Set(spec.packages ?? []);
  const pending = spec.entries.map((entry) => path.resolve(root, entry));
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    if (files.has(file)) continue;
    files.add(file);
    if (file.endsWith('.json')) continue;
    const text = readFileSync(file, 'utf8');
    for (const pattern of SPECIFIERS) {
      for (const [, specifier] of text.matchAll(pattern)) {
        if (specifier!.startsWith('.')) {
          const target = resolveRelative(file, specifier!);
          if (target) pending.push(target);
        } else {
          const name = packageOf(specifier!);
          if (name) packages.add(name);
        }
      }
    }
  }
  return {
    files: [...files].map((file) => path.relative(root, file).split(path.sep).join('/')).sort(),
    packages: Object.fromEntries([...packages].sort().map((name) => [name, packageVersion(root, name)])),
  };
}

/** `codeDigest` worked out afresh, reading the files again (for tests of what changes it). */
export function freshCodeDigest(root: string, spec: CodeSpec): string {
  const inputs = codeInputs(root, spec);
  const hash = createHash('sha256').update(JSON.stringify([process.version, inputs.packages, spec.salt ?? null]));
  for (const file of inputs.files) hash.update(`\0${file}\0`).update(readFileSync(path.join(root, file)));
  return hash.digest('hex').slice(0, 20);
}

const digests = new Map<string, string>();

/**
 * The digest of an output's code in the project at `root` (see CodeSpec):
 * the text of every source file reached from its entries, the versions of
 * the packages they use, Node's version and the spec's salt. Worked out
 * once per process and spec: the code of a running build does not change.
 */
export function codeDigest(root: string, spec: CodeSpec): string {
  const memo = JSON.stringify([root, spec]);
  let digest = digests.get(memo);
  if (digest === undefined) digests.set(memo, (digest = freshCodeDigest(root, spec)));
  return digest;
}
