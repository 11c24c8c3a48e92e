// `npm run dev` as a child process, for the bench's editor-loop measurement and the dev browser tests.
import { spawn } from 'node:child_process';
import path from 'node:path';

/** A running dev server: its address, everything it printed so far, and a way to stop it. */
export interface DevServer {
  url: string;
  log(): string;
  /** Null while it runs. */
  exitCode(): number | null;
  stop(): void;
}

/**
 * Starts `astro dev` for the project at `root` on a free-looking port with
 * `env` as its whole environment, and resolves once it prints its address.
 */
export function startDevServer(root: string, env: NodeJS.ProcessEnv): Promise<DevServer> {
  const server = spawn(process.execPath, [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', String(4600 + Math.floor(Math.random() * 1200))], {
    cwd: root,
    env: { ...env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  let log = '';
  server.stdout.on('data', (chunk) => (log += chunk));
  server.stderr.on('data', (chunk) => (log += chunk));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => (server.kill(), reject(new Error(`dev server did not start:\n${log}`))), 60_000);
    server.stdout.on('data', () => {
      const url = /Local\s+(http:\/\/localhost:\d+)/.exec(log.replace(/\x1b\[[0-9;]*m/g, ''))?.[1];
      if (!url) return;
      clearTimeout(timer);
      resolve({ url, log: () => log, exitCode: () => server.exitCode, stop: () => server.kill() });
    });
  });
}
