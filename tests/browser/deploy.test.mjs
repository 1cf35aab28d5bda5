// The deploy recipe, run: scripts/deploy/nginx.conf serves dist/ under /calc/ with Debian's nginx
// and its brotli_static module, changing only its "host:" lines. Every kind of file gets its type,
// its compressed copy for the reader's Accept-Encoding (with Vary), its cache rule and the security
// headers; /calc?scenario redirects to /calc/?scenario; the page installs and works offline there.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, mkdtempSync, mkdirSync, symlinkSync, existsSync, readdirSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { createServer, connect } from 'node:net';
import http from 'node:http';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { launch, openPage, ready, headline, cli, DIST, ROOT } from './harness.mjs';

const NGINX = process.env.NGINX || '/usr/sbin/nginx';
let nginx, port, base, browser;

const freePort = () => new Promise((ok) => {
  const s = createServer();
  s.listen(0, '127.0.0.1', () => { const p = s.address().port; s.close(() => ok(p)); });
});

before(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'calc-nginx-'));
  mkdirSync(join(dir, 'root'));
  symlinkSync(DIST, join(dir, 'root', 'calc'));
  port = await freePort();
  // the recipe as a host would set it: its two "host:" lines, plus where this run keeps its files
  const conf = readFileSync(join(ROOT, 'scripts/deploy/nginx.conf'), 'utf8')
    .replace(/listen 8080;/, `listen 127.0.0.1:${port};`)
    .replace(/root \/var\/www;/, `root ${join(dir, 'root')};`);
  assert.ok(conf.includes(`127.0.0.1:${port}`) && conf.includes(join(dir, 'root')), 'the host: lines are where the test expects them');
  const run = `${process.getuid?.() === 0 ? 'user root;\n' : ''}pid ${dir}/nginx.pid;\nerror_log ${dir}/error.log;\n`;
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `${t}_temp_path ${dir}/${t};`).join(' ');
  writeFileSync(join(dir, 'nginx.conf'), run + conf.replace(/http \{/, `http {\n    access_log off; ${temp}`));
  nginx = spawn(NGINX, ['-p', dir, '-c', join(dir, 'nginx.conf'), '-g', 'daemon off;'], { stdio: ['ignore', 'inherit', 'inherit'] });
  base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    const up = await new Promise((ok) => {
      const c = connect({ host: '127.0.0.1', port }, () => { c.end(); ok(true); });
      c.on('error', () => ok(false));
    });
    if (up) break;
    assert.equal(nginx.exitCode, null, 'nginx stopped: see its message above');
    await new Promise((r) => setTimeout(r, 50));
  }
  browser = await launch();
});
after(async () => {
  await browser?.close();
  nginx?.kill();
});

/** A raw GET (no decompression): status, headers and body length. */
const get = (path, headers = {}) => new Promise((ok, fail) => {
  http.get(`${base}${path}`, { headers }, (res) => {
    let n = 0;
    res.on('data', (c) => { n += c.length; });
    res.on('end', () => ok({ status: res.statusCode, headers: res.headers, length: n }));
  }).on('error', fail);
});

const CSP = /Content-Security-Policy: (.+)/.exec(readFileSync(join(DIST, '_headers'), 'utf8'))[1];

test('nginx: each kind of file with its type, encoding, Vary, cache rule and security headers', async () => {
  const files = readdirSync(DIST);
  const hashed = (ext) => files.find((f) => new RegExp(`-[0-9a-f]{12,16}(_bg)?\\.${ext}$`).test(f));
  const icons = readdirSync(join(DIST, 'icons'));
  const kinds = [
    ['/calc/', 'index.html', 'text/html', 'no-cache'],
    [`/calc/${hashed('js')}`, hashed('js'), 'application/javascript', 'public, max-age=31536000, immutable'],
    [`/calc/${hashed('wasm')}`, hashed('wasm'), 'application/wasm', 'public, max-age=31536000, immutable'],
    ['/calc/sw.js', 'sw.js', 'application/javascript', 'no-cache'],
    ['/calc/manifest.webmanifest', 'manifest.webmanifest', 'application/manifest+json', 'no-cache'],
    [`/calc/icons/${icons.find((f) => f.endsWith('.png'))}`, null, 'image/png', 'public, max-age=86400'],
    ['/calc/icons/icon.svg', 'icons/icon.svg', 'image/svg+xml', 'public, max-age=86400'],
    ['/calc/preview.png', null, 'image/png', 'no-cache'],
  ];
  for (const [path, file, type, cache] of kinds) {
    for (const enc of ['br', 'gzip', 'identity']) {
      const r = await get(path, { 'accept-encoding': enc });
      const what = `${path} (${enc})`;
      assert.equal(r.status, 200, what);
      assert.equal(r.headers['content-type'].split(';')[0], type, what);
      assert.equal(r.headers['cache-control'], cache, what);
      assert.equal(r.headers['content-security-policy'], CSP, what);
      assert.equal(r.headers['x-content-type-options'], 'nosniff', what);
      assert.equal(r.headers['access-control-allow-origin'], '*', what);
      assert.equal(r.headers['referrer-policy'], 'strict-origin-when-cross-origin', what);
      const compressed = file && existsSync(join(DIST, `${file}.${enc === 'br' ? 'br' : 'gz'}`));
      if (enc !== 'identity' && compressed) {
        assert.equal(r.headers['content-encoding'], enc, what);
        assert.match(r.headers.vary || '', /Accept-Encoding/i, what);
      } else {
        assert.equal(r.headers['content-encoding'], undefined, what);
      }
    }
  }
  // a missing file: a 404 that still carries the headers
  const missing = await get('/calc/nothing-here.js');
  assert.equal(missing.status, 404);
  assert.equal(missing.headers['x-content-type-options'], 'nosniff');
});

test('nginx: /calc?scenario redirects to /calc/?scenario, keeping the link', async () => {
  const r = await get('/calc?eaeu_cut=50&lang=hi');
  assert.equal(r.status, 301);
  assert.equal(r.headers.location, '/calc/?eaeu_cut=50&lang=hi');
  const bare = await get('/calc');
  assert.equal(bare.headers.location, '/calc/');
});

test('nginx: the page under /calc/ equals the CLI, installs, and works offline', async () => {
  const q = 'eaeu_cut=50&oil=-10';
  const g = await openPage(browser, base, { serviceWorkers: 'allow' });
  await g.page.goto(`${base}/calc?${q}`);
  await ready(g.page);
  assert.equal(new URL(g.page.url()).pathname, '/calc/');
  const want = cli(q).projection.headline;
  const got = await headline(g.page);
  assert.equal(got.balance, want.balance);
  assert.equal(got.total, want.total_trade);
  const cdp = await g.context.newCDPSession(g.page);
  const errors = (await cdp.send('Page.getInstallabilityErrors')).installabilityErrors
    .map((e) => e.errorId).filter((id) => id !== 'in-incognito');
  assert.deepEqual(errors, []);
  await g.page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated', null, { timeout: 20000 })
    .catch(async () => { await g.page.reload(); await ready(g.page); });
  await g.page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated', null, { timeout: 20000 });
  await g.context.setOffline(true);
  await g.page.goto(`${base}/calc/?${q}&growth=20`);
  await ready(g.page);
  const offline = await headline(g.page);
  assert.equal(offline.total, cli(`${q}&growth=20`).projection.headline.total_trade);
  await g.context.setOffline(false);
  g.check();
  await g.context.close();
});
