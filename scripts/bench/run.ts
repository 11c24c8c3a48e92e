// Runs a build as a child process and keeps its log with the time each line arrived, so the bench
// can tell where the seconds went from the log alone (Astro's lines carry only whole-second stamps).
import { spawn } from 'node:child_process';

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
}

// Astro colours its log when it thinks it writes to a terminal; the parsers want plain text.
const ANSI = /\u001b\[[0-9;]*m/g;

/** Runs `command args` in `cwd` with `env` added to this process's environment, and times it. */
export function run(command: string, args: string[], cwd: string, env: Record<string, string>): Promise<Run> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd, env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
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
    child.on('close', (status) => resolve({ seconds: (performance.now() - started) / 1000, status, lines }));
  });
}

/** The last lines of a failed run, for an error message that shows why. */
export function tail(result: Run, count = 40): string {
  return result.lines.slice(-count).map((line) => line.text).join('\n');
}
