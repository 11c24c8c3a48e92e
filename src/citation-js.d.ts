// @citation-js/core ships no types; the tests read citation files back with it (a dev dependency).
declare module '@citation-js/core' {
  /** A set of references read from any format a loaded plugin knows (BibTeX, RIS, CSL-JSON…), as CSL-JSON in `data`. */
  export class Cite {
    constructor(input: unknown);
    data: Record<string, unknown>[];
  }
}
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
