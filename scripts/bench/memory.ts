// Peak memory of a process and everything it started, sampled from /proc (Linux): a build is `npm run
// build`, which runs `astro build` as a child, so the child's own maxRSS alone would miss the parent.
import { readdirSync, readFileSync } from 'node:fs';

const PAGE_BYTES = 4096;

/** Each running process's parent, from /proc/<pid>/stat (empty where there is no /proc). */
function parents(): Map<number, number> {
  const map = new Map<number, number>();
  let names: string[];
  try {
    names = readdirSync('/proc');
  } catch {
    return map;
  }
  for (const name of names) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // The command name is in parentheses and may hold spaces: the fields after its last ')' are fixed.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      map.set(Number(name), Number(fields[1]));
    } catch {
      // The process ended between the listing and the read.
    }
  }
  return map;
}

/** Resident bytes of `pid` and all its descendants now; undefined where /proc cannot be read. */
export function treeRss(pid: number): number | undefined {
  const parentOf = parents();
  if (parentOf.size === 0) return undefined;
  const tree = new Set([pid]);
  // Parents are listed before their children only by chance: repeat until no process joins.
  for (let grew = true; grew; ) {
    grew = false;
    for (const [child, parent] of parentOf) {
      if (!tree.has(child) && tree.has(parent)) {
        tree.add(child);
        grew = true;
      }
    }
  }
  let pages = 0;
  for (const member of tree) {
    try {
      pages += Number(readFileSync(`/proc/${member}/statm`, 'utf8').split(' ')[1]);
    } catch {
      // Ended meanwhile.
    }
  }
  return pages * PAGE_BYTES;
}

/**
 * Samples the resident memory of `pid`'s process tree every `everyMs` until
 * `stop()`, which returns the peak in bytes (undefined without /proc). With
 * `limitBytes`, calls `onLimit` once when the tree goes above it (the bench
 * stops a bare Astro build there rather than let it take the machine).
 */
export function sampleTreeRss(pid: number, { everyMs = 250, limitBytes, onLimit }: { everyMs?: number; limitBytes?: number; onLimit?: (bytes: number) => void } = {}) {
  let peak: number | undefined;
  let fired = false;
  const sample = () => {
    const bytes = treeRss(pid);
    if (bytes === undefined) return;
    peak = Math.max(peak ?? 0, bytes);
    if (limitBytes !== undefined && bytes > limitBytes && !fired) {
      fired = true;
      onLimit?.(bytes);
    }
  };
  const timer = setInterval(sample, everyMs);
  timer.unref();
  return {
    stop(): number | undefined {
      clearInterval(timer);
      return peak;
    },
  };
}

/** Bytes as gigabytes for a table: `1.23 GB`. */
export const gigabytes = (bytes: number | undefined) => (bytes === undefined ? 'n/a' : `${(bytes / 1e9).toFixed(2)} GB`);
