import type { z } from 'astro/zod';
import { formatDiagnostic } from '../diagnostics.ts';
import { validateSource } from '../validate.ts';
import { parseYamlSource } from '../yaml-source.ts';

/** Validates YAML text as `file` against `schema`; returns the data or the formatted diagnostics. Test-only. */
export function validateYaml<S extends z.ZodType>(schema: S, text: string, file = 'content/x.yaml') {
  const parsed = parseYamlSource(text, file);
  if (!parsed.ok) return { data: undefined, problems: parsed.diagnostics.map(formatDiagnostic) };
  const result = validateSource(schema, parsed.source, file);
  return result.ok ? { data: result.data, problems: [] } : { data: undefined, problems: result.diagnostics.map(formatDiagnostic) };
}
