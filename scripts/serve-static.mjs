// A tiny static file server for the end-to-end tests: serves a directory as it is (no compiling,
// no module resolution), on 127.0.0.1 only, with extra response headers per path (e.g. a CSP).
//   node scripts/serve-static.mjs [port]    serves the repository, default port 8001
import { createServer } from 'node:http';
import { createReadStream, statSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * `aliases` serve a file under another path, as a CRM serves cif-client.js where Dynamics keeps
 * its library (`/webresources/Widget/msdyn_ciLibrary.js`).
 * @param {{ root?: string, port?: number, headersFor?: (pathname: string) => Record<string, string>, aliases?: Record<string, string> }} [options]
 * @returns {Promise<{ origin: string, close: () => Promise<void> }>}
 */
export function startStaticServer({ root = process.cwd(), port = 0, headersFor = () => ({}), aliases = {} } = {}) {
  const base = resolve(root);
  const server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    let file = resolve(join(base, decodeURIComponent(Object.hasOwn(aliases, pathname) ? `/${aliases[pathname]}` : pathname)));
    if (file !== base && !file.startsWith(base + sep)) return send(response, 403, 'Forbidden');
    try {
      if (statSync(file).isDirectory()) file = join(file, 'index.html');
      const { size } = statSync(file);
      response.writeHead(200, {
        'content-type': TYPES[/** @type {keyof TYPES} */ (extname(file))] ?? 'application/octet-stream',
        'content-length': size,
        'cache-control': 'no-store',
        ...headersFor(pathname),
      });
      if (request.method === 'HEAD') return response.end();
      createReadStream(file).pipe(response);
    } catch {
      send(response, 404, 'Not found');
    }
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const { port: actual } = /** @type {import('node:net').AddressInfo} */ (server.address());
      resolvePromise({
        origin: `http://127.0.0.1:${actual}`,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}

/** @param {import('node:http').ServerResponse} response @param {number} status @param {string} text */
function send(response, status, text) {
  response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
  response.end(text);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { origin } = await startStaticServer({ port: Number(process.argv[2] ?? 8001) });
  console.log(`Serving ${process.cwd()} at ${origin}/`);
}
