// Runs a build as a child process and keeps its log with the time each line arrived, so the bench
// can tell where the seconds went from the log alone (Astro's lines carry only whole-second stamps).
import { spawn } from 'node:child_process';
import { sampleTreeRss } from './memory.ts';

/** One line of a child's output and when it arrived, in seconds after the child started. */
export interface LogLine {
  at: number;
  text: string;
}

/** A finished child: wall time in seconds, exit status and its timed output (stdout and stderr interleaved). */
export interface Run {
  seconds: number;
  status: number | null;
  lines: LogLine[];
  /** The peak resident memory of the child and its descendants, sampled from /proc (undefined elsewhere). */
  peakBytes?: number;
  /** Why the bench stopped the child before it finished (a memory or time cap), if it did. */
  stopped?: string;
}

/** Caps on a child: past either, its whole process group is killed and `Run.stopped` says why. */
export interface Caps {
  memoryBytes?: number;
  seconds?: number;
}

// Astro colours its log when it thinks it writes to a terminal; the parsers want plain text.
const ANSI = /\u001b\[[0-9;]*m/g;

/** Runs `command args` in `cwd` with `env` added to this process's environment, and times it. */
export function run(command: string, args: string[], cwd: string, env: Record<string, string>, caps?: Caps): Promise<Run> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    // A capped child gets a process group of its own, so stopping it stops whatever it started too.
    const child = spawn(command, args, { cwd, env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1', ...env }, stdio: ['ignore', 'pipe', 'pipe'], detached: caps !== undefined });
    let stopped: string | undefined;
    const stop = (reason: string) => {
      if (stopped) return;
      stopped = reason;
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // Already gone.
      }
    };
    const memory = child.pid === undefined ? undefined : sampleTreeRss(child.pid, {
      limitBytes: caps?.memoryBytes,
      onLimit: (bytes) => stop(`stopped at ${(bytes / 1e9).toFixed(1)} GB, over the bench's cap of ${((caps?.memoryBytes ?? 0) / 1e9).toFixed(0)} GB, after ${((performance.now() - started) / 1000).toFixed(0)} s`),
    });
    const timer = caps?.seconds === undefined ? undefined : setTimeout(() => stop(`stopped after ${caps.seconds} s, the bench's time cap`), caps.seconds * 1000);
    // The bench ending (Ctrl-C) must not leave a capped child's group running on its own.
    const orphaned = () => stop('the bench ended');
    if (caps) process.once('exit', orphaned);
    const lines: LogLine[] = [];
    for (const stream of [child.stdout, child.stderr]) {
      let pending = '';
      stream.setEncoding('utf8');
      stream.on('data', (chunk: string) => {
        const at = (performance.now() - started) / 1000;
        const parts = (pending + chunk).split('\n');
        pending = parts.pop()!;
        for (const text of parts) lines.push({ at, text: text.replace(ANSI, '') });
      });
      stream.on('end', () => pending && lines.push({ at: (performance.now() - started) / 1000, text: pending.replace(ANSI, '') }));
    }
    child.on('error', reject);
    child.on('close', (status) => {
      clearTimeout(timer);
      process.removeListener('exit', orphaned);
      resolve({ seconds: (performance.now() - started) / 1000, status, lines, peakBytes: memory?.stop(), ...(stopped ? { stopped } : {}) });
    });
  });
}

/** The last lines of a failed run, for an error message that shows why. */
export function tail(result: Run, count = 40): string {
  return result.lines.slice(-count).map((line) => line.text).join('\n');
}
