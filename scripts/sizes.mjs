// Transfer sizes of the release build (dist/): each file raw, gzip -9 and brotli -11, and the
// page total (everything a first visit loads; the link-preview image is only fetched by crawlers).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const dist = process.argv[2] || 'dist';
const BUDGET = 200 * 1024;
let raw = 0, gz = 0, br = 0;
for (const name of readdirSync(dist).sort()) {
  const path = join(dist, name);
  if (!statSync(path).isFile()) continue;
  const data = readFileSync(path);
  const g = gzipSync(data, { level: 9 }).length;
  const b = brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  const page = name !== 'preview.png';
  console.log(`  ${name.padEnd(50)} ${String(data.length).padStart(8)} B raw ${String(g).padStart(8)} B gzip ${String(b).padStart(8)} B brotli${page ? '' : '  (not loaded by the page)'}`);
  if (page) { raw += data.length; gz += g; br += b; }
}
const kb = (n) => (n / 1024).toFixed(1);
console.log(`page total: ${kb(raw)} KB raw, ${kb(gz)} KB gzip, ${kb(br)} KB brotli (budget 200 KB compressed: gzip ${gz <= BUDGET ? 'within' : 'OVER'}, brotli ${br <= BUDGET ? 'within' : 'OVER'})`);
