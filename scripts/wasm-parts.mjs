// The wasm's code bytes by crate (a measurement, not a test): reads a build that keeps its function
// names (wasm-bindgen's output before wasm-opt strips them, target/wasm-bindgen/release/*_bg.wasm),
// adds up each function body's bytes under the crate its name starts with, and the data segments
// on a line of their own. It does what `twiggy top` did, which cannot read this wasm any more
// (twiggy 0.7: "Unknown 0xfc opcode", the bulk-memory instructions today's Rust emits).
// Shares before wasm-opt: the shipped wasm is smaller, but the parts keep roughly their shares.
//
//   node scripts/wasm-parts.mjs FILE.wasm [--top 14] [--functions 0]
import { readFileSync } from 'node:fs';

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--'));
const opt = (name, dflt) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : dflt;
};
if (!file) {
  console.error('usage: node scripts/wasm-parts.mjs FILE.wasm [--top 14] [--functions 0]');
  process.exit(2);
}
const bytes = readFileSync(file);
if (bytes.readUInt32LE(0) !== 0x6d736100) {
  console.error(`${file} is not a WebAssembly module`);
  process.exit(2);
}

/** A reader over `bytes` from `at`: LEB128 numbers, names, skips. */
function reader(at) {
  const r = {
    at,
    u32() {
      let v = 0, shift = 0, b;
      do {
        b = bytes[r.at++];
        v += (b & 0x7f) * 2 ** shift;
        shift += 7;
      } while (b & 0x80);
      return v;
    },
    name() {
      const n = r.u32();
      const s = bytes.toString('utf8', r.at, r.at + n);
      r.at += n;
      return s;
    },
  };
  return r;
}

// the sections: id, where the body starts, its size
const sections = [];
for (let at = 8; at < bytes.length;) {
  const r = reader(at + 1);
  const size = r.u32();
  sections.push({ id: bytes[at], start: r.at, size });
  at = r.at + size;
}
const section = (id, name) => sections.find((s) => s.id === id && (name === undefined || reader(s.start).name() === name));

// imported functions come first in the function index space
let imported = 0;
const imports = section(2);
if (imports) {
  const r = reader(imports.start);
  for (let n = r.u32(); n > 0; n--) {
    r.name();
    r.name();
    const kind = bytes[r.at++];
    if (kind === 0) { imported++; r.u32(); }
    else if (kind === 1) { r.at++; const f = bytes[r.at++]; r.u32(); if (f & 1) r.u32(); }
    else if (kind === 2) { const f = bytes[r.at++]; r.u32(); if (f & 1) r.u32(); }
    else if (kind === 3) { r.at += 2; }
    else if (kind === 4) { r.at++; r.u32(); }
  }
}

// the names: custom section "name", subsection 1 (function names)
const names = new Map();
const nameSection = section(0, 'name');
if (nameSection) {
  const r = reader(nameSection.start);
  r.name();
  const end = nameSection.start + nameSection.size;
  while (r.at < end) {
    const id = bytes[r.at++];
    const size = r.u32();
    const next = r.at + size;
    if (id === 1) for (let n = r.u32(); n > 0; n--) { const i = r.u32(); names.set(i, r.name()); }
    r.at = next;
  }
}
if (names.size === 0) {
  console.error(`${file} has no function names: use the build before wasm-opt (target/wasm-bindgen/release/)`);
  process.exit(2);
}

/** The crate a function's (demangled) name starts with, or what kind of code it is. */
function crateOf(name) {
  const m = /^<?(?:&?(?:mut )?)?(?:dyn )?([a-z_][a-z0-9_]*)(?:\[[0-9a-f]+\])?::/.exec(name);
  if (m) return m[1];
  if (/^__wbg|^__wbindgen|^wasm_bindgen/.test(name)) return 'wasm_bindgen';
  return 'other (glue, code without a path)';
}

const code = section(10);
const by = new Map();
const functions = [];
let codeBytes = 0;
{
  const r = reader(code.start);
  for (let n = r.u32(), i = 0; i < n; i++) {
    const size = r.u32();
    const name = names.get(imported + i) ?? `function[${imported + i}]`;
    functions.push([name, size]);
    by.set(crateOf(name), (by.get(crateOf(name)) || 0) + size);
    codeBytes += size;
    r.at += size;
  }
}
const data = section(11);
const dataBytes = data ? data.size : 0;
const all = codeBytes + dataBytes;
const kb = (v) => (v / 1024).toFixed(1).padStart(7);
const pct = (v) => (100 * v / all).toFixed(1).padStart(5);
console.log(`${file}: ${kb(codeBytes)} KB code in ${functions.length} functions, ${kb(dataBytes)} KB data (before wasm-opt)`);
console.log(`  ${'data (text, tables, the data file)'.padEnd(40)} ${kb(dataBytes)} KB  ${pct(dataBytes)} %`);
for (const [k, v] of [...by].sort((a, b) => b[1] - a[1]).slice(0, Number(opt('top', '14'))))
  console.log(`  ${k.padEnd(40)} ${kb(v)} KB  ${pct(v)} %`);
const top = Number(opt('functions', '0'));
if (top > 0) {
  console.log('  the largest functions:');
  for (const [n, v] of functions.sort((a, b) => b[1] - a[1]).slice(0, top))
    console.log(`    ${String(v).padStart(7)} B  ${n.slice(0, 110)}`);
}
