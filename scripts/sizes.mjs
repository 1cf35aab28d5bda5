// Transfer sizes of the release build (dist/): each file raw, gzip -9 and brotli -11, and the
// page total (everything a first visit loads). Not counted: the link-preview image (crawlers
// fetch it), the service worker and the app icons (fetched after the page has loaded, for offline
// use and installing; the page's own icon, icons/icon.svg, is counted), the host's _headers and the precompressed .gz/.br copies.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const dist = process.argv[2] || 'dist';
const BUDGET = 180 * 1024; // the budget: everything a first visit loads, every language
let raw = 0, gz = 0, br = 0;
const files = (d, prefix = '') => readdirSync(d).sort().flatMap((n) => (statSync(join(d, n)).isDirectory()
  ? files(join(d, n), `${prefix}${n}/`) : [`${prefix}${n}`]));
const later = (name) => name === 'preview.png' || name === 'sw.js' || (name.startsWith('icons/') && name !== 'icons/icon.svg');
for (const name of files(dist)) {
  const path = join(dist, name);
  if (name.endsWith('.gz') || name.endsWith('.br') || name === '_headers') continue;
  const data = readFileSync(path);
  const g = gzipSync(data, { level: 9 }).length;
  const b = brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  const page = !later(name);
  console.log(`  ${name.padEnd(50)} ${String(data.length).padStart(8)} B raw ${String(g).padStart(8)} B gzip ${String(b).padStart(8)} B brotli${page ? '' : '  (not in the first view)'}`);
  if (page) { raw += data.length; gz += g; br += b; }
}
const kb = (n) => (n / 1024).toFixed(1);
console.log(`page total: ${kb(raw)} KB raw, ${kb(gz)} KB gzip, ${kb(br)} KB brotli (budget 180 KB compressed: gzip ${gz <= BUDGET ? 'within' : 'OVER'}, brotli ${br <= BUDGET ? 'within' : 'OVER'})`);
