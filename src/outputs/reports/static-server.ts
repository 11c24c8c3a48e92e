import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.png': 'image/png',
  '.json': 'application/json',
};

/**
 * Serves a built site from `dir` on a free localhost port, like a static
 * host (404.html for misses), under `base` when the site is built for a
 * sub-path (`/casebook/`): `url` is the origin, and pages are at `url + base`.
 */
export async function serveStatic(dir: string, base = '/'): Promise<{ url: string; server: Server }> {
  const server = createServer(async (request, response) => {
    const requested = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const pathname = requested.startsWith(base) ? `/${requested.slice(base.length)}` : `/__outside-base__${requested}`;
    let file = path.join(dir, pathname);
    if (!file.startsWith(dir)) file = path.join(dir, '404.html');
    try {
      if ((await stat(file)).isDirectory()) file = path.join(file, 'index.html');
      const body = await readFile(file);
      response.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
      response.end(body);
    } catch {
      response.writeHead(404, { 'content-type': TYPES['.html']! });
      response.end(await readFile(path.join(dir, '404.html')).catch(() => 'not found'));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  return { url: `http://127.0.0.1:${address.port}`, server };
}
