// Serves a release build as a real static host would: the precompressed .br/.gz copy when the
// browser accepts it (Content-Encoding, Vary), and the headers of the build's _headers file
// (cache, security, types). For the speed report's Lighthouse run; not a production server.
//
//   node scripts/serve-dist.mjs [DIR] [--port 0]    prints the URL it listens on
import { createServer } from 'node:http';
import { readFileSync, existsSync, statSync } from 'node:fs';
import { join, resolve, extname } from 'node:path';

const argv = process.argv.slice(2);
const portAt = argv.indexOf('--port');
const port = portAt >= 0 ? Number(argv[portAt + 1]) : 0;
const dir = resolve(argv.find((a, i) => !a.startsWith('--') && argv[i - 1] !== '--port') || 'dist');
if (!existsSync(join(dir, 'index.html'))) {
  console.error(`serve-dist: no build in ${dir} (run trunk build --release first)`);
  process.exit(1);
}
const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm',
  '.css': 'text/css', '.svg': 'image/svg+xml', '.json': 'application/json', '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
};
/** _headers: a path line (exact, or ending in *), then indented "Name: value" lines. */
const rules = [];
if (existsSync(join(dir, '_headers'))) {
  for (const line of readFileSync(join(dir, '_headers'), 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ path: line.trim(), headers: [] });
    else if (rules.length) {
      const at = line.indexOf(':');
      rules[rules.length - 1].headers.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
    }
  }
}
const matches = (rule, path) => (rule.path.endsWith('*') ? path.startsWith(rule.path.slice(0, -1)) : rule.path === path);

const server = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  let file = join(dir, path);
  if (!file.startsWith(dir)) { res.writeHead(403).end(); return; }
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if (!existsSync(file)) { res.writeHead(404, { 'content-type': 'text/plain' }).end('not found'); return; }
  const headers = { 'content-type': TYPES[extname(file)] || 'application/octet-stream', vary: 'Accept-Encoding' };
  for (const r of rules) if (matches(r, path)) for (const [k, v] of r.headers) headers[k.toLowerCase()] = v;
  const accept = String(req.headers['accept-encoding'] || '');
  let body;
  for (const [enc, ext] of [['br', '.br'], ['gzip', '.gz']]) {
    if (accept.includes(enc) && existsSync(file + ext)) {
      body = readFileSync(file + ext);
      headers['content-encoding'] = enc;
      break;
    }
  }
  body ??= readFileSync(file);
  headers['content-length'] = body.length;
  res.writeHead(200, headers);
  res.end(req.method === 'HEAD' ? undefined : body);
});
server.listen(port, '127.0.0.1', () => console.log(`http://127.0.0.1:${server.address().port}/`));
