// What each language costs in the page's WebAssembly: the UTF-8 text in the release wasm written
// in Devanagari (Hindi) or Cyrillic (Russian), raw and gzip-compressed on its own (an upper bound
// of what dropping the language would save; the English text is interleaved with code and not
// counted). Prints numbers; not a test.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = process.argv[2] || 'dist';
const wasm = readdirSync(dist).find((f) => f.endsWith('_bg.wasm'));
if (!wasm) {
  console.error(`no wasm in ${dist}`);
  process.exit(1);
}
const bytes = readFileSync(join(dist, wasm));
// runs of valid UTF-8 with no control characters
const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
const runs = text.split(/[\u0000-\u0008\u000e-\u001f\ufffd]+/).filter((r) => r.length >= 4);
// the strings lie side by side in the data section: take each script's stretches of text
// (its letters with the spaces, digits and punctuation between them)
const between = String.raw`\s\d.,;:()%₹–—“”«»'"/!?+−·×±-`;
const scripts = {
  hi: new RegExp(`[\u0900-\u097f][\u0900-\u097f${between}]*`, 'g'),
  ru: new RegExp(`[\u0400-\u04ff][\u0400-\u04ff${between}]*`, 'g'),
};
const groups = { hi: [], ru: [] };
for (const r of runs) {
  for (const [lang, re] of Object.entries(scripts)) groups[lang].push(...(r.match(re) || []));
}
const total = gzipSync(bytes, { level: 9 }).length;
for (const [lang, list] of Object.entries(groups)) {
  const joined = Buffer.from(list.join('\n'), 'utf8');
  const gz = gzipSync(joined, { level: 9 }).length;
  console.log(`  ${lang}: ${list.length} stretches of text, ${joined.length} B raw, ${gz} B gzip on their own (${((gz / total) * 100).toFixed(1)} % of the wasm's ${total} B gzip)`);
}
