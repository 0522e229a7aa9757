// A tiny static file server for web/, used by scripts/play and the e2e tests.
//
// Node's http module is enough and adds no dependency. It serves the same
// Content-Security-Policy the page is meant to live under (no inline script,
// wasm allowed via 'wasm-unsafe-eval'), so a CSP mistake shows up locally, not
// after deploy. Requests are resolved inside the root and never outside it.
//
//   node scripts/serve.mjs [ROOT]        PORT env: first port to try (8000)
//   import { startServer } from './serve.mjs'  -> { server, port, url }
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; " +
  "img-src 'self' data:; object-src 'none'; base-uri 'none'";

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.rs': 'text/plain; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/plain; charset=utf-8',
};

// What a CDN that serves npm packages adds to every file, so pages on other
// origins may load the element's module, its worker script and the wasm.
export const CORS_HEADERS = { 'Access-Control-Allow-Origin': '*', 'Cross-Origin-Resource-Policy': 'cross-origin' };

function sendWith(res, status, headers, body, extra = {}) {
  res.writeHead(status, { 'Content-Security-Policy': CSP, 'X-Content-Type-Options': 'nosniff', ...extra, ...headers });
  res.end(body);
}

// The file a URL path names, or null when it would leave root.
function resolveInside(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const file = path.resolve(root, '.' + path.posix.normalize('/' + decoded));
  return file === root || file.startsWith(root + path.sep) ? file : null;
}

function handler(root, extra) {
  const send = (res, status, headers, body) => sendWith(res, status, headers, body, extra);
  return (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, { Allow: 'GET, HEAD' }, '');
    const urlPath = new URL(req.url, 'http://localhost').pathname;
    let file = resolveInside(root, urlPath);
    if (!file) return send(res, 403, { 'Content-Type': 'text/plain' }, 'forbidden\n');
    fs.stat(file, (err, stat) => {
      if (!err && stat.isDirectory()) file = path.join(file, 'index.html');
      fs.realpath(file, (err2, real) => {
        if (err2 || !(real === root || real.startsWith(root + path.sep))) {
          return send(res, 404, { 'Content-Type': 'text/plain' }, 'not found\n');
        }
        fs.readFile(real, (err3, data) => {
          if (err3) return send(res, 404, { 'Content-Type': 'text/plain' }, 'not found\n');
          const type = MIME[path.extname(real).toLowerCase()] || 'application/octet-stream';
          send(res, 200, { 'Content-Type': type, 'Cache-Control': 'no-store' }, req.method === 'HEAD' ? '' : data);
        });
      });
    });
  };
}

function listen(server, port, host) {
  return new Promise((resolve, reject) => {
    const onError = (err) => {
      server.off('listening', onListening);
      reject(err);
    };
    const onListening = () => {
      server.off('error', onError);
      resolve(server.address().port);
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(port, host);
  });
}

// Listens on the first free port from `port` on (port 0: any free port).
// `headers` go on every response (CORS_HEADERS: serve as a CDN would).
export async function startServer({ root, port = 8000, host = '127.0.0.1', tries = 20, headers = {} } = {}) {
  const realRoot = fs.realpathSync(root);
  const server = http.createServer(handler(realRoot, headers));
  for (let p = port, left = port === 0 ? 1 : tries; left > 0; p++, left--) {
    try {
      const bound = await listen(server, p, host);
      return { server, port: bound, url: `http://${host}:${bound}/` };
    } catch (err) {
      if (err.code !== 'EADDRINUSE' || left === 1) throw err;
    }
  }
  throw new Error('no free port');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const root = process.argv[2] || path.join(here, '..', 'web');
  const { url } = await startServer({ root, port: Number(process.env.PORT || 8000) });
  console.log(`serving ${root} at ${url}  (Ctrl-C to stop)`);
}
