import GithubSlugger from 'github-slugger';
import type { Statistic } from '../schemas/statistic.ts';

/** A searchable stretch of a case body: the text under one heading. */
export interface BodySection {
  /** The heading's id on the rendered page (the same slug Astro gives it), empty for text before the first heading. */
  anchor: string;
  heading: string;
  /** Plain text: figures filled in, Markdown and MDX syntax removed. */
  text: string;
}

/**
 * Splits an MDX case body into sections at its `##` and `###` headings, as
 * plain text a reader would see: each `<Stat id>` becomes its figure, so a
 * search for "2.6亿元" finds the sentence that states it.
 */
export function bodySections(body: string, stats: readonly Pick<Statistic, 'id' | 'figure'>[]): BodySection[] {
  const figures = new Map(stats.map((stat) => [stat.id, stat.figure]));
  const slugger = new GithubSlugger();
  const sections: BodySection[] = [];
  let current: BodySection = { anchor: '', heading: '', text: '' };
  const lines: string[] = [];
  const flush = () => {
    current.text = plainText(lines.join('\n'), figures);
    if (current.text || current.heading) sections.push(current);
    lines.length = 0;
  };
  for (const line of body.split('\n')) {
    const heading = /^(#{2,3})\s+(.+?)\s*#*\s*$/.exec(line);
    if (heading) {
      flush();
      const text = plainText(heading[2]!, figures);
      current = { anchor: slugger.slug(text), heading: text, text: '' };
    } else {
      lines.push(line);
    }
  }
  flush();
  return sections;
}

/** Markdown/MDX to the text a reader sees, on one line per paragraph. */
export function plainText(markdown: string, figures: ReadonlyMap<string, string> = new Map()): string {
  // Escaped brackets (\<img …\>) are text the reader sees; park them while real tags are stripped.
  const OPEN = '\u0000';
  const CLOSE = '\u0001';
  return markdown
    .replace(/\\</g, OPEN)
    .replace(/\\>/g, CLOSE)
    .replace(/<Stat\b[^>]*?\bid\s*=\s*["']([^"']*)["'][^>]*?\/>/g, (_, id: string) => figures.get(id) ?? '')
    .replace(/<\/?NotClaim>/g, '')
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s*\|?\s*:?-{3,}.*$/gm, '')
    .replace(/\|/g, ' ')
    .replace(/(\*\*|__|~~|`)/g, '')
    .replace(/^\s*(?:[-*+]|\d+\.)\s+/gm, '')
    .replace(/^>\s?/gm, '')
    .replace(/\\([\\`*_{}[\]()#+\-.!|~])/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replaceAll(OPEN, '<')
    .replaceAll(CLOSE, '>')
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.replace(/\s*\n\s*/g, ' ').replace(/[ \t]{2,}/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}
