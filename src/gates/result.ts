// What a gate reports: the problems it found, each naming its page and the place on it, and what it looked
// at, so a summary can say "72 pages, 0 problems" and a test can assert that a gate saw the whole site.

/** The gates, by the name `--only` takes. */
export const GATE_NAMES = ['html', 'links', 'meta', 'a11y'] as const;
export type GateName = (typeof GATE_NAMES)[number];

/** One problem on one page or file. */
export interface Problem {
  /** The page or file, as its path on the site: `/cases/x/`, `/sitemap-0.xml`. */
  page: string;
  /** Where on it: `12:40` (line and column), an element (`img.logo`), a link as written. */
  where?: string;
  /** What is wrong, in words, with the rule's name where a library gives one. */
  message: string;
}

/** What one gate found over a site. */
export interface GateResult {
  gate: GateName;
  /** What the gate looked at, counted: `{ pages: 72, links: 4012 }`. */
  checked: Record<string, number>;
  problems: Problem[];
  /** Lines the summary prints under the table, e.g. which pages were sampled. */
  notes: string[];
  /** How long the gate took, in seconds (set by the runner). */
  seconds?: number;
}

/** One line for a problem: `/cases/x/ 12:40 attribute-misuse: …`. */
export const formatProblem = (problem: Problem) => `${problem.page}${problem.where ? ` ${problem.where}` : ''}: ${problem.message}`;
