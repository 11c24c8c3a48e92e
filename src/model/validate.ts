import { z } from 'astro/zod';
import { fieldPath, type Diagnostic } from './diagnostics.ts';
import { casebookErrorMap, requiredMessage, UNKNOWN_HINT, unknownFieldMessage } from './error-map.ts';
import { closest } from '../domain/suggest.ts';
import { UNKNOWN } from './schemas/unknown.ts';
import type { YamlSource } from './files/yaml-source.ts';

type Issue = z.core.$ZodIssue;

/**
 * Validates parsed YAML against a schema and turns every schema issue into a
 * diagnostic at the line and column of the field at fault, in words an
 * editor can act on.
 *
 * Messages come from the schema's own `{ error }` where it has one, else from
 * {@link casebookErrorMap} (passed to the parse). On top of that, editors see:
 * - `field: is required but missing` for a field absent from the file, at
 *   its parent's line;
 * - `field: unknown field "field" (did you mean "…"?)`, one per unknown key,
 *   at the key;
 * - for a union (such as `orUnknown(...)`), the problem with the value's last
 *   branch rather than Zod's "Invalid input";
 * - ` (or write "unknown" if the source does not show it)` after the message
 *   when the field accepts the literal `unknown`.
 */
export function validateSource<S extends z.ZodType>(
  schema: S,
  source: YamlSource,
  file: string,
): { ok: true; data: z.output<S> } | { ok: false; diagnostics: Diagnostic[] } {
  const result = schema.safeParse(source.value, { error: casebookErrorMap });
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
    const known = knownFields(schemaAt(schema, issue.path));
    return issue.keys.map((key) => at([...issue.path, key], unknownFieldMessage(key, closest(key, known))));
  }
  if (issue.path.length === 0 && issue.code === 'invalid_type') return [at([], rootShapeMessage(source.value))];
  if (valueAt(source.value, issue.path) === undefined) return [at(issue.path, requiredMessage)];
  let path = issue.path;
  let message = issue.message;
  if (issue.code === 'invalid_union') {
    // Report the branch that describes a real value, not "Invalid input".
    const branch = issue.errors.at(-1)?.[0];
    if (branch) {
      path = [...issue.path, ...branch.path];
      message = branch.message;
    }
  }
  if (acceptsUnknown(schemaAt(schema, issue.path))) message += UNKNOWN_HINT;
  return [at(path, message)];
}

/** Why a file whose whole value is a list or a single text is not a record: what it is, and the shape to write. */
function rootShapeMessage(value: unknown): string {
  const found = Array.isArray(value) ? 'a list (its lines start with "- ")' : value === null || value === undefined ? 'empty' : typeof value === 'string' ? 'a single text, not fields' : `a single ${typeof value}`;
  return `the file must be a set of "field: value" lines, one field per line, but it is ${found}: write it as "title: …", "description: …" and so on (see docs/reference/frontmatter.md)`;
}

function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let node = value;
  for (const segment of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PropertyKey, unknown>)[segment];
  }
  return node;
}

/**
 * The schema that validates the value at `path`, looking through optional,
 * default, nullable and pipe (transform) wrappers; undefined when the path
 * leaves the objects and arrays the schema describes.
 */
function schemaAt(schema: z.ZodType, path: readonly PropertyKey[]): z.ZodType | undefined {
  let node: z.ZodType | undefined = unwrap(schema);
  for (const segment of path) {
    if (node instanceof z.ZodObject && typeof segment === 'string' && Object.hasOwn(node.shape, segment)) {
      node = unwrap(node.shape[segment] as z.ZodType);
    } else if (node instanceof z.ZodArray && typeof segment === 'number') {
      node = unwrap(node.element as z.ZodType);
    } else {
      return undefined;
    }
  }
  return node;
}

/** `node` without its optional, default, nullable and pipe wrappers (a pipe validates its input first). */
function unwrap(node: z.ZodType): z.ZodType {
  for (let depth = 0; depth < 10; depth++) {
    if (node instanceof z.ZodOptional || node instanceof z.ZodDefault || node instanceof z.ZodNullable) node = node.unwrap() as z.ZodType;
    else if (node instanceof z.ZodPipe) node = node.in as z.ZodType;
    else break;
  }
  return node;
}

/** The field names an object schema knows, for "did you mean" suggestions. */
function knownFields(node: z.ZodType | undefined): string[] {
  return node instanceof z.ZodObject ? Object.keys(node.shape) : [];
}

/** Whether a schema node is `orUnknown(...)`: a union with the literal "unknown". */
function acceptsUnknown(node: z.ZodType | undefined): boolean {
  if (!(node instanceof z.ZodUnion)) return false;
  return node.options.some((option) => option instanceof z.ZodLiteral && option.values.has(UNKNOWN));
}
