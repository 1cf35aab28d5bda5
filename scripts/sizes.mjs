// Transfer sizes of the release build (dist/): each file raw, gzip -9 and brotli -11, and the
// first load's total (everything a first visit loads before the levers respond). Not counted in
// it: the insight worker (loaded once the page is built; reported on its own line), the
// link-preview image (crawlers fetch it), the service worker and the app icons (fetched after the
// page has loaded, for offline use and installing; the page's own icon, icons/icon.svg, is
// counted), the host's _headers and the precompressed .gz/.br copies.
//
//   node scripts/sizes.mjs [DIST]            print the table
//   node scripts/sizes.mjs DIST --check      also fail if the first load's brotli bytes are more
//                                            than 3 % over the figure in tests/first-load.json
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const dist = process.argv[2] || 'dist';
const check = process.argv.includes('--check');
const STORED = resolve(dirname(fileURLToPath(import.meta.url)), '../tests/first-load.json');
const TOLERANCE = 0.03;
let raw = 0, gz = 0, br = 0;
const worker = { raw: 0, gz: 0, br: 0 };
const files = (d, prefix = '') => readdirSync(d).sort().flatMap((n) => (statSync(join(d, n)).isDirectory()
  ? files(join(d, n), `${prefix}${n}/`) : [`${prefix}${n}`]));
// not in the first load: the link preview, the worker script, icons other than the favicon, and
// the data's vintages (a page fetches an older one only when a link names it)
const later = (name) => name === 'preview.png' || name === 'sw.js' || (name.startsWith('icons/') && name !== 'icons/icon.svg')
  || name.startsWith('vintages/');
const isWorker = (name) => name.startsWith('insight-worker');
for (const name of files(dist)) {
  const path = join(dist, name);
  if (name.endsWith('.gz') || name.endsWith('.br') || name === '_headers') continue;
  const data = readFileSync(path);
  const g = gzipSync(data, { level: 9 }).length;
  const b = brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  const note = later(name) ? '  (not in the first load)' : isWorker(name) ? '  (the worker, once the page is built)' : '';
  console.log(`  ${name.padEnd(50)} ${String(data.length).padStart(8)} B raw ${String(g).padStart(8)} B gzip ${String(b).padStart(8)} B brotli${note}`);
  if (isWorker(name)) { worker.raw += data.length; worker.gz += g; worker.br += b; }
  else if (!later(name)) { raw += data.length; gz += g; br += b; }
}
const kb = (n) => (n / 1024).toFixed(1);
console.log(`first load: ${kb(raw)} KB raw, ${kb(gz)} KB gzip, ${kb(br)} KB brotli (${br} B)`);
console.log(`insight worker: ${kb(worker.raw)} KB raw, ${kb(worker.gz)} KB gzip, ${kb(worker.br)} KB brotli (${worker.br} B)`);
if (check) {
  const stored = JSON.parse(readFileSync(STORED, 'utf8'));
  const limit = Math.floor(stored.first_load_brotli_bytes * (1 + TOLERANCE));
  const ratio = br / stored.first_load_brotli_bytes;
  console.log(`stored figure: ${stored.first_load_brotli_bytes} B (${stored.why}); this build ${(100 * (ratio - 1)).toFixed(1)} % from it, limit +${100 * TOLERANCE} % = ${limit} B`);
  if (br > limit) {
    console.error(`the first load grew to ${br} B brotli, over ${limit} B: cut what grew, or, if the growth is worth it, raise first_load_brotli_bytes in tests/first-load.json and say why in the commit`);
    process.exit(1);
  }
}
