// What one case file yields on its own, computed the same way in the reading thread and in the read workers
// (src/model/read-workers.ts), and kept by the model cache.
import { caseSchema, type CaseData } from './schemas/case.ts';
import type { Diagnostic } from './diagnostics.ts';
import { readFrontmatter } from './files/frontmatter.ts';
import { readCaseBody, type BodyRules, type CaseBody } from './case-body.ts';
import { validateSource } from './validate.ts';
import { bodyTextProblems, yamlTextProblems } from './checks/text-policy.ts';

/** What the cache keeps per case: everything derived from its text alone. */
export interface CaseRecord {
  /** The frontmatter's YAML text, kept for the positions of its fields. */
  yamlText: string;
  /** The frontmatter as parsed, before validation. */
  value: unknown;
  /** The frontmatter as validated. */
  data: CaseData;
  /** The body's source text (after the frontmatter). */
  body: string;
  /** 1-based file line on which the body starts. */
  bodyLine: number;
  /** The body parsed, checked and rendered (see `readCaseBody`). */
  parsed: CaseBody;
}

/** A case file's record, or the diagnostics that stopped it. */
export type CaseRecordResult = CaseRecord | { diagnostics: Diagnostic[] };

/**
 * Everything derived from one case file on its own: frontmatter validated,
 * body parsed, checked and rendered (or the diagnostics that stopped it).
 * Pure, so the cache can keep it and a worker thread can compute it.
 */
export function readCaseRecord(file: string, text: string, sourceName: (id: string) => string, rules?: BodyRules): CaseRecordResult {
  const split = readFrontmatter(text, file);
  if (!split.ok) return { diagnostics: split.diagnostics };
  const { frontmatter, body, bodyLine, yamlText } = split.value;
  // Characters no published text may hold come first: a schema error about such a text would only quote it.
  const refused = [...yamlTextProblems(frontmatter, file), ...bodyTextProblems(body, bodyLine, file)];
  if (refused.length) return { diagnostics: refused };
  const result = validateSource(caseSchema, frontmatter, file);
  if (!result.ok) return { diagnostics: result.diagnostics };
  const caseRules = rules && result.data.lang ? { ...rules, lang: result.data.lang } : rules;
  const parsed = readCaseBody(file, body, bodyLine, result.data, frontmatter.locate, sourceName, caseRules);
  return { yamlText, value: frontmatter.value, data: result.data, body, bodyLine, parsed };
}
