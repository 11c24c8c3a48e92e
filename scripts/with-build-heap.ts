// `npm run check` reads the same model the build does, so it needs the same heap: with Node's default limit
// (about 4 GB) a cold check of a 50,000-case casebook ran out of heap where the build succeeded, and "check fails
// exactly when the build would" no longer held. The command starts itself again with the build's Node options.
import { spawn } from 'node:child_process';
import { constants } from 'node:os';
import { heapOptions } from '../src/integration/memory-guard.ts';

/** Set in the restarted process, so it does not start itself again. */
export const HEAP_SET_ENV = 'CASEBOOK_BUILD_HEAP';

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/**
 * The Node arguments to start this script again with the build's heap
 * options ({@link heapOptions}), or undefined when it already runs with them:
 * it was started this way, or `NODE_OPTIONS` sets both.
 */
export function restartArguments(
  env: NodeJS.ProcessEnv = process.env,
  execArgv: readonly string[] = process.execArgv,
  argv: readonly string[] = process.argv,
): string[] | undefined {
  if (env[HEAP_SET_ENV]) return undefined;
  const options = heapOptions(env).filter((option) => !execArgv.some((given) => given.startsWith(option.split('=')[0]!)));
  if (options.length === 0) return undefined;
  return [...execArgv, ...options, ...argv.slice(1)];
}

/**
 * Runs the rest of this script in a child Node with the build's heap
 * options and ends this process with the child's exit code; returns at once
 * when this process already has them. SIGINT, SIGTERM and SIGHUP are handed
 * on to the child, and this process waits for it to end.
 */
export async function withBuildHeap(): Promise<void> {
  const args = restartArguments();
  if (!args) return;
  const child = spawn(process.execPath, args, { stdio: 'inherit', env: { ...process.env, [HEAP_SET_ENV]: '1' } });
  // Asked to stop, this process hands the signal on and waits for the child's end instead of leaving it running.
  for (const signal of SIGNALS) process.on(signal, () => child.kill(signal));
  const [status, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, killedBy) => resolve([code, killedBy]));
  });
  process.exit(status ?? 128 + (signal ? (constants.signals[signal] ?? 15) : 1));
}
