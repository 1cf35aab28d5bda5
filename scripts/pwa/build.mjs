// Trunk post_build hook (Trunk.toml): makes the build installable, offline-ready and deploy-ready.
//
//   node scripts/pwa/build.mjs [DIR]     DIR defaults to $TRUNK_STAGING_DIR
//
// 0. Writes the first view (the default scenario's figures, by the core) into DIR/index.html, and
//    the stylesheet's light-dark() colours as plain light and dark values (colors.mjs).
//    Names the insight worker's files after their content and its loader in DIR/index.html.
// 1. Draws the app icons from assets/favicon.svg into DIR/icons/.
// 2. Release builds: writes DIR/sw.js from scripts/pwa/sw.js with this build's exact file list
//    (each with its sha384 integrity; the page itself checked by the names of this build's script
//    and wasm) and a version derived from that list, so the same build gives the same sw.js byte
//    for byte and any change gives a new cache. Fails the build if the page refers to a file that
//    is not in the list. Debug builds get a kill switch instead: a worker that removes itself and
//    its caches, so a development server never serves an old release.
// 3. Writes DIR/_headers (cache and security headers for hosts that read one) and gzip and
//    brotli copies of every text file and the wasm.
// Node's standard library only.
import { readFileSync, writeFileSync, readdirSync, statSync, mkdirSync, rmSync, renameSync, existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { join, relative, resolve, dirname, extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { icons } from './icons.mjs';
import { expandLightDark } from './colors.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '../..');
const dir = resolve(process.argv[2] || process.env.TRUNK_STAGING_DIR || '');
const release = (process.env.TRUNK_PROFILE || 'release') === 'release';

function fail(message) {
  console.error(`pwa: ${message}`);
  process.exit(1);
}
if (!process.argv[2] && !process.env.TRUNK_STAGING_DIR) fail('no directory (run by Trunk, or pass one)');

/** Files the service worker never pre-caches: itself, the host's headers file, compressed
 * copies, and the link-preview image (only crawlers fetch it). */
const NOT_PRECACHED = (name) => name === 'sw.js' || name === '_headers' || name === 'preview.png'
  || name.endsWith('.gz') || name.endsWith('.br');
/** A name with Trunk's content hash (a 64-bit number in hex, without leading zeros, so 16
 * digits or, now and then, fewer): safe to cache forever. */
const HASHED = /-[0-9a-f]{12,16}(_bg|_loader)?\.[a-z]+$/;
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.svg', '.webmanifest', '.json', '.wasm', '.txt']);

function walk(d) {
  return readdirSync(d).flatMap((n) => {
    const p = join(d, n);
    return statSync(p).isDirectory() ? walk(p) : [relative(dir, p).split('\\').join('/')];
  });
}
const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

// 1. icons
mkdirSync(join(dir, 'icons'), { recursive: true });
for (const [name, bytes] of Object.entries(icons(readFileSync(join(ROOT, 'assets/favicon.svg'), 'utf8')))) {
  writeFileSync(join(dir, 'icons', name), bytes);
}
// the artwork itself, under one name in every build: the manifest's icon and the page's favicon
writeFileSync(join(dir, 'icons', 'icon.svg'), readFileSync(join(ROOT, 'assets/favicon.svg')));

// 0. the first view: the default scenario's headline, figures and sentence as static HTML, made by
// the core (the first-view binary), so the page shows them before the WebAssembly has loaded.
// For a link with a scenario, language or currency, or a reader whose browser prefers Hindi or
// Russian, its text waits (a neutral placeholder) instead of showing other numbers; embeds, whose
// layout differs, do not show it.
{
  const indexPath = join(dir, 'index.html');
  let page = readFileSync(indexPath, 'utf8');
  if (!page.includes('id="first-view"')) {
    let view;
    try {
      view = execFileSync('cargo', ['run', '--quiet', '--release', '-p', 'trade-cli', '--bin', 'first-view'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
    } catch (e) {
      fail(`the first view could not be made (cargo run -p trade-cli --bin first-view): ${e.message}`);
    }
    // the binary prints the script that decides whether the view may show (from the link
    // codec's own rules), then the view
    page = page.replace(/<body>/, `<body>\n${view}`);
    writeFileSync(indexPath, page);
  }
}

// 0a. the document's descriptions, from the data (the target, the base year's trade): the
// first-view binary writes them, so the next data release cannot leave last year's figures here
{
  const indexPath = join(dir, 'index.html');
  let page = readFileSync(indexPath, 'utf8');
  let meta;
  try {
    meta = execFileSync('cargo', ['run', '--quiet', '--release', '-p', 'trade-cli', '--bin', 'first-view', '--', '--meta'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  } catch (e) {
    fail(`the page's descriptions could not be made (cargo run -p trade-cli --bin first-view -- --meta): ${e.message}`);
  }
  const [description, preview] = meta.trimEnd().split('\n');
  const set = (re, text) => {
    if (!re.test(page) || !text) fail(`index.html has no ${re} to write into`);
    page = page.replace(re, (_, head) => `${head}${text}"`);
  };
  set(/(<meta name="description" content=")[^"]*"/, description);
  set(/(<meta property="og:description" content=")[^"]*"/, preview);
  writeFileSync(indexPath, page);
}

// 0b. colours every browser reads: light-dark() written out as plain values (colors.mjs)
{
  const indexPath = join(dir, 'index.html');
  const page = readFileSync(indexPath, 'utf8');
  let expanded;
  try {
    expanded = page.replace(/<style>([\s\S]*?)<\/style>/g, (_, css) => `<style>${expandLightDark(css)}</style>`);
  } catch (e) {
    fail(e.message);
  }
  writeFileSync(indexPath, expanded);
}

// 0c. the insight worker (the band, what moved): Trunk names its files without a hash, so a page
// of one build could start the worker of another. Name them after their content, point the loader
// at them, and tell the page where the loader is (<meta name="insight-worker">; without it the
// page computes on its main thread).
{
  const at = (f) => join(dir, f);
  if (existsSync(at('insight-worker_loader.js'))) {
    // The loader: a script that does not load throws here, and a WebAssembly that does not load
    // or compile is thrown again, outside the promise, so that either reaches the page as the
    // worker's error event (a rejected promise in a worker would not), and the page computes on
    // its main thread at once instead of waiting for its watchdog (src/offload.rs).
    const shim = (js, wasm) => `importScripts("./${js}");wasm_bindgen({ module_or_path: "./${wasm}" })`
      + '.catch((e) => setTimeout(() => { throw e; }));';
    const hash = createHash('sha256').update(readFileSync(at('insight-worker.js')))
      .update(readFileSync(at('insight-worker_bg.wasm'))).update(shim('', '')).digest('hex').slice(0, 16);
    const js = `insight-worker-${hash}.js`;
    const wasm = `insight-worker-${hash}_bg.wasm`;
    const loader = `insight-worker-${hash}_loader.js`;
    renameSync(at('insight-worker.js'), at(js));
    renameSync(at('insight-worker_bg.wasm'), at(wasm));
    rmSync(at('insight-worker_loader.js'));
    writeFileSync(at(loader), shim(js, wasm));
    const indexPath = at('index.html');
    const page = readFileSync(indexPath, 'utf8').replace(/\s*<meta name="insight-worker"[^>]*>/, '');
    writeFileSync(indexPath, page.replace('</head>', `  <meta name="insight-worker" content="${loader}">\n</head>`));
  }
}

// remove what an earlier run in the same directory wrote
for (const f of walk(dir)) if (f.endsWith('.gz') || f.endsWith('.br')) rmSync(join(dir, f));

if (!release) {
  writeFileSync(join(dir, 'sw.js'), `// Debug build: no offline cache. This worker replaces any release worker on this origin,
// deletes its caches, unregisters itself and reloads the pages it controlled.
self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil((async () => {
  for (const key of await caches.keys()) if (key.startsWith('calc-')) await caches.delete(key);
  await self.registration.unregister();
  for (const client of await self.clients.matchAll({ type: 'window' })) client.navigate(client.url);
})()));
`);
  process.exit(0);
}

// 2. the precache list
// the data's vintages are not pre-cached either: a page fetches an older one only when a link
// names it, and the service worker keeps it then (VINTAGES in sw.js)
const files = walk(dir).filter((f) => !NOT_PRECACHED(f.split('/').pop()) && !f.startsWith('vintages/')).sort();
const html = readFileSync(join(dir, 'index.html'), 'utf8');
// every file the page refers to (links, the loader's import and its wasm) must be pre-cached
const refs = new Set();
for (const m of html.matchAll(/(?:href|src)="([^"]+)"|import\('([^']+)'\)|module_or_path: '([^']+)'|name="insight-worker" content="([^"]+)"/g)) {
  const ref = m[1] || m[2] || m[3] || m[4];
  if (/^(?:[a-z]+:|#|\/\/)/i.test(ref)) continue;
  refs.add(ref.replace(/^\.?\//, '').split(/[?#]/)[0]);
}
for (const ref of refs) {
  if (!ref || ref === 'preview.png') continue;
  if (!files.includes(ref)) fail(`index.html refers to ${ref}, which is not in the build`);
}
const script = files.find((f) => /\.js$/.test(f) && HASHED.test(f));
const wasm = files.find((f) => /_bg\.wasm$/.test(f) && !f.startsWith('insight-worker'));
if (!script || !wasm) fail('no hashed script and wasm in the build');
const assets = files.map((f) => {
  if (f === 'index.html') return { url: './', revalidate: true, shell: [script, wasm] };
  const entry = { url: `./${f}`, integrity: sri(readFileSync(join(dir, f))) };
  if (!HASHED.test(f)) entry.revalidate = true;
  return entry;
});
const version = createHash('sha256').update(JSON.stringify(assets)).digest('hex').slice(0, 16);
const template = readFileSync(join(HERE, 'sw.js'), 'utf8');
writeFileSync(join(dir, 'sw.js'), `// Written by scripts/pwa/build.mjs for this build: do not edit.
const VERSION = ${JSON.stringify(version)};
const ASSETS = ${JSON.stringify(assets, null, 1)};
${template}`);

// 3. headers and compressed copies
const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html);
if (!csp) fail('index.html has no Content-Security-Policy');
const headers = new Map();
const add = (path, header) => headers.set(path, [...(headers.get(path) || []), header]);
add('/*', `Content-Security-Policy: ${csp[1]}; frame-ancestors *`); // only a header can say it: any site may embed the page
// the files are public: a host's sandboxed frame (an opaque origin, `sandbox="allow-scripts"`)
// may load the page's module script and wasm, which it fetches with CORS
add('/*', 'Access-Control-Allow-Origin: *');
add('/*', 'X-Content-Type-Options: nosniff');
add('/*', 'Referrer-Policy: strict-origin-when-cross-origin');
for (const p of ['/', '/index.html', '/sw.js', '/manifest.webmanifest']) add(p, 'Cache-Control: no-cache');
add('/manifest.webmanifest', 'Content-Type: application/manifest+json');
for (const f of files.filter((f) => HASHED.test(f))) add(`/${f}`, 'Cache-Control: public, max-age=31536000, immutable');
for (const f of files.filter((f) => f.endsWith('.wasm'))) add(`/${f}`, 'Content-Type: application/wasm');
add('/icons/*', 'Cache-Control: public, max-age=86400'); // the same names in every build
writeFileSync(join(dir, '_headers'), [
  '# Written by scripts/pwa/build.mjs (Netlify / Cloudflare Pages format; paths from the site root).',
  ...[...headers].flatMap(([path, hs]) => [path, ...hs.map((h) => `  ${h}`)]),
  '',
].join('\n'));
let raw = 0;
let gz = 0;
let br = 0;
for (const f of walk(dir)) {
  if (!COMPRESSIBLE.has(extname(f))) continue;
  const bytes = readFileSync(join(dir, f));
  const g = gzipSync(bytes, { level: 9 });
  const b = brotliCompressSync(bytes, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
  });
  writeFileSync(join(dir, `${f}.gz`), g);
  writeFileSync(join(dir, `${f}.br`), b);
  raw += bytes.length;
  gz += g.length;
  br += b.length;
}
console.log(`pwa: sw.js version ${version}, ${assets.length} files pre-cached; text and wasm ${raw} B raw, ${gz} B gzip, ${br} B brotli`);
