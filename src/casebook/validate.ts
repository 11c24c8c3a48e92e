import type { z } from 'astro/zod';
import { fieldPath, type Diagnostic } from './diagnostics.ts';
import { closest } from '../domain/suggest.ts';
import type { YamlSource } from './yaml-source.ts';

type Issue = z.core.$ZodIssue;
type Def = Record<string, unknown> & { type?: string };

/**
 * Validates parsed YAML against a schema and turns every schema issue into a
 * diagnostic at the line and column of the field at fault, in words an
 * editor can act on.
 */
export function validateSource<S extends z.ZodType>(
  schema: S,
  source: YamlSource,
  file: string,
): { ok: true; data: z.output<S> } | { ok: false; diagnostics: Diagnostic[] } {
  const result = schema.safeParse(source.value);
  if (result.success) return { ok: true, data: result.data };
  return {
    ok: false,
    diagnostics: result.error.issues.flatMap((issue) => issueDiagnostics(issue, schema, source, file)),
  };
}

function issueDiagnostics(issue: Issue, schema: z.ZodType, source: YamlSource, file: string): Diagnostic[] {
  const at = (path: readonly PropertyKey[], message: string): Diagnostic => ({
    file,
    ...source.locate(path),
    field: path.length ? fieldPath(path) : undefined,
    message,
  });
  if (issue.code === 'unrecognized_keys') {
    const known = Object.keys((defAt(schema, issue.path)?.shape as object | undefined) ?? {});
    return issue.keys.map((key) => {
      const hint = closest(key, known);
      return at([...issue.path, key], `unknown field "${key}"${hint ? ` (did you mean "${hint}"?)` : ''}`);
    });
  }
  if (valueAt(source.value, issue.path) === undefined) return [at(issue.path, 'is required but missing')];
  let path = issue.path;
  let message = plain(issue);
  if (issue.code === 'invalid_union') {
    // Report the branch that describes a real value, not "Invalid input".
    const branch = issue.errors.at(-1)?.[0];
    if (branch) {
      path = [...issue.path, ...branch.path];
      message = plain(branch);
    }
  }
  if (acceptsUnknown(defAt(schema, issue.path))) message += ' (or write "unknown" if the source does not show it)';
  return [at(path, message)];
}

// Zod's defaults read "Too small: expected string to have >=30 characters"; editors need less jargon.
function plain(issue: Issue): string {
  // A schema's own message (set with `{ error }`) is already written for editors.
  if (!/^(Too (small|big)|Invalid )/.test(issue.message)) return issue.message;
  if (issue.code === 'too_small' && issue.origin === 'string') return `must be at least ${issue.minimum} characters`;
  if (issue.code === 'too_big' && issue.origin === 'string') return `must be at most ${issue.maximum} characters`;
  if (issue.code === 'too_small' && issue.origin === 'array') return `must have at least ${issue.minimum} item(s)`;
  if (issue.code === 'too_big' && issue.origin === 'array') return `must have at most ${issue.maximum} item(s)`;
  if (issue.code === 'too_small' || issue.code === 'too_big') return `must be ${issue.code === 'too_small' ? 'at least' : 'at most'} ${issue.code === 'too_small' ? issue.minimum : issue.maximum}`;
  if (issue.code === 'invalid_type') return `must be ${issue.expected === 'int' ? 'a whole number' : issue.expected}`;
  if (issue.code === 'invalid_value') return `must be one of: ${issue.values.map(String).join(', ')}`;
  return issue.message;
}

function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let node = value;
  for (const segment of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PropertyKey, unknown>)[segment];
  }
  return node;
}

/** The schema definition at `path`, looking through optional, default and pipe wrappers. */
function defAt(schema: z.ZodType, path: readonly PropertyKey[]): Def | undefined {
  const unwrap = (node: unknown): Def | undefined => {
    let def = (node as { _zod?: { def?: Def } } | undefined)?._zod?.def;
    for (let depth = 0; def && depth < 10; depth++) {
      if (def.type === 'optional' || def.type === 'default' || def.type === 'nullable') def = unwrapDef(def.innerType);
      else if (def.type === 'pipe') def = unwrapDef(def.in);
      else break;
    }
    return def;
  };
  let def = unwrap(schema);
  for (const segment of path) {
    if (def?.type === 'object' && typeof segment === 'string') def = unwrap((def.shape as Record<string, unknown>)[segment]);
    else if (def?.type === 'array' && typeof segment === 'number') def = unwrap(def.element);
    else return undefined;
  }
  return def;
}

function unwrapDef(node: unknown): Def | undefined {
  return (node as { _zod?: { def?: Def } } | undefined)?._zod?.def;
}

/** Whether a schema node is `orUnknown(...)`: a union with the literal "unknown". */
function acceptsUnknown(def: Def | undefined): boolean {
  if (def?.type !== 'union') return false;
  return (def.options as unknown[]).some((option) => {
    const optionDef = unwrapDef(option);
    return optionDef?.type === 'literal' && (optionDef.values as unknown[]).includes('unknown');
  });
}
