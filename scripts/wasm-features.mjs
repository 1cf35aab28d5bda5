// A wasm module's target_features section: prints it, or writes a copy without some features
// (issue 35, item 6: builds tried against WebKit's JIT trap). With `-C target-cpu=mvp` or
// `-C target-feature=-reference-types,-multivalue` the standard library's prebuilt code still
// lists `+reference-types`, so wasm-bindgen 0.2.130 expects an externref table the crates no
// longer have and stops; dropping the entry first makes it use its heap of JavaScript objects.
//
//   node scripts/wasm-features.mjs in.wasm                          prints the features
//   node scripts/wasm-features.mjs in.wasm out.wasm reference-types,multivalue
//
// Such a build, by hand, as Trunk would run it (then copy the .js and _bg.wasm over a dist's):
//   CARGO_TARGET_DIR=target-mvp RUSTFLAGS="--cfg erase_components -C target-cpu=mvp" \
//     trunk build --release --dist dist-mvp          (stops at wasm-bindgen)
//   node scripts/wasm-features.mjs target-mvp/wasm32-unknown-unknown/wasm-release/trade_web.wasm \
//     /tmp/t.wasm reference-types,multivalue
//   wasm-bindgen --target=web --out-dir=/tmp/o --out-name=india-russia-trade /tmp/t.wasm --no-typescript
//   wasm-opt -Oz /tmp/o/india-russia-trade_bg.wasm -o /tmp/o/opt.wasm
import { readFileSync, writeFileSync } from 'node:fs';

const [file, out, dropArg] = process.argv.slice(2);
if (!file) {
  console.error('usage: node scripts/wasm-features.mjs in.wasm [out.wasm feature,feature]');
  process.exit(2);
}
const drop = new Set((dropArg || '').split(',').filter(Boolean));
const bytes = readFileSync(file);

/** An unsigned LEB128 at `at`: [value, its length]. */
function leb(buf, at) {
  let value = 0;
  for (let n = 0, shift = 0; ; n++, shift += 7) {
    const x = buf[at + n];
    value += (x & 0x7f) * 2 ** shift;
    if (!(x & 0x80)) return [value, n + 1];
  }
}
function uleb(v) {
  const o = [];
  do {
    let x = v & 0x7f;
    v = Math.floor(v / 128);
    if (v) x |= 0x80;
    o.push(x);
  } while (v);
  return Buffer.from(o);
}
const name = (s) => Buffer.concat([uleb(Buffer.byteLength(s)), Buffer.from(s)]);

/** The section's entries: [prefix (+, -, =), feature]. */
function features(body, at) {
  const [count, c] = leb(body, at);
  let p = at + c;
  const list = [];
  for (let i = 0; i < count; i++) {
    const prefix = String.fromCharCode(body[p++]);
    const [len, m] = leb(body, p);
    p += m;
    list.push([prefix, body.subarray(p, p + len).toString()]);
    p += len;
  }
  return list;
}

const parts = [bytes.subarray(0, 8)];
let found = false;
for (let at = 8; at < bytes.length;) {
  const [size, n] = leb(bytes, at + 1);
  const start = at + 1 + n;
  const body = bytes.subarray(start, start + size);
  let section = bytes.subarray(at, start + size);
  if (bytes[at] === 0) {
    const [len, k] = leb(body, 0);
    if (body.subarray(k, k + len).toString() === 'target_features') {
      found = true;
      const list = features(body, k + len);
      console.log(`target_features: ${list.map(([p, f]) => p + f).join(' ')}`);
      const kept = list.filter(([, f]) => !drop.has(f));
      const nb = Buffer.concat([name('target_features'), uleb(kept.length),
        ...kept.map(([p, f]) => Buffer.concat([Buffer.from(p), name(f)]))]);
      section = Buffer.concat([Buffer.from([0]), uleb(nb.length), nb]);
    }
  }
  parts.push(section);
  at = start + size;
}
if (!found) console.log('no target_features section');
if (out) writeFileSync(out, Buffer.concat(parts));
