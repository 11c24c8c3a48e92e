// Small helpers the bench's parts share for figures and Markdown tables.

/** The median of `values` (the upper one of an even count, so it is always a measured value). */
export function median(values: number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
}

/** Seconds with a precision that suits their size. */
export const seconds = (value: number) => `${value.toFixed(value < 10 ? 2 : 1)} s`;

/** A size in bytes as the tables print it: `90.3 KB`. */
export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** A Markdown table, one string per line. */
export function table(header: string[], rows: string[][]): string {
  return [header, header.map(() => '---'), ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}
