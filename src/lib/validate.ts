import type { z } from 'zod';
import { fieldPath, type Diagnostic } from './diagnostics.ts';
import { closest } from './suggest.ts';
import type { YamlSource } from './yaml-source.ts';

type Issue = z.core.$ZodIssue;

/**
 * Validates parsed YAML against a schema and turns every schema issue into a
 * diagnostic at the line and column of the field at fault.
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
    const known = objectKeysAt(schema, issue.path);
    return issue.keys.map((key) => {
      const hint = closest(key, known);
      return at([...issue.path, key], `unknown field "${key}"${hint ? ` (did you mean "${hint}"?)` : ''}`);
    });
  }
  if (issue.code === 'invalid_union') {
    // For `value | "unknown"` the useful message is the one about the value.
    const branch = issue.errors.at(-1)?.[0];
    if (branch) return [at([...issue.path, ...branch.path], `${plain(branch)} (or write "unknown" if the source does not show it)`)];
  }
  if (issue.code === 'invalid_type' && issue.input === undefined) {
    return [at(issue.path, 'is required but missing')];
  }
  return [at(issue.path, plain(issue))];
}

// Zod's defaults read "Too small: expected string to have >=30 characters"; editors need less jargon.
function plain(issue: Issue): string {
  if (issue.code === 'too_small' && issue.origin === 'string') return `must be at least ${issue.minimum} characters`;
  if (issue.code === 'too_big' && issue.origin === 'string') return `must be at most ${issue.maximum} characters`;
  if (issue.code === 'too_small' && issue.origin === 'array') return `must have at least ${issue.minimum} item(s)`;
  if (issue.code === 'too_big' && issue.origin === 'array') return `must have at most ${issue.maximum} item(s)`;
  if (issue.code === 'invalid_type') return `${issue.message.startsWith('must') ? issue.message : `must be ${issue.expected}`}`;
  return issue.message;
}

/** The field names the schema allows at `path`, for "did you mean" hints. */
function objectKeysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let node: unknown = schema;
  const unwrap = (n: unknown): unknown => {
    // Optional, default, pipe and transform wrappers hide the object inside.
    for (let depth = 0; depth < 10; depth++) {
      const def = (n as { _zod?: { def?: Record<string, unknown> } })?._zod?.def;
      if (!def) return n;
      if (def.type === 'optional' || def.type === 'default' || def.type === 'nullable') n = def.innerType;
      else if (def.type === 'pipe') n = def.in;
      else return n;
    }
    return n;
  };
  for (const segment of path) {
    const def = (unwrap(node) as { _zod?: { def?: Record<string, unknown> } })?._zod?.def;
    if (def?.type === 'object' && typeof segment === 'string') node = (def.shape as Record<string, unknown>)[segment];
    else if (def?.type === 'array' && typeof segment === 'number') node = def.element;
    else return [];
  }
  const def = (unwrap(node) as { _zod?: { def?: Record<string, unknown> } })?._zod?.def;
  return def?.type === 'object' ? Object.keys(def.shape as object) : [];
}
