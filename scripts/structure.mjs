#!/usr/bin/env node
// The code's structure, measured from the source (issue 24): the modules of each crate and the
// imports between them (`use crate::…`, `crate::…` paths, `super::…`), the import cycles, the
// longest functions, the lines per top-level module, and whether ARCHITECTURE.md's code map
// names every source file.
//
//   node scripts/structure.mjs            print the numbers
//   node scripts/structure.mjs --check    also fail (exit 1) on an import cycle among a crate's
//                                         top-level modules, a function over 60 lines (a
//                                         component's view! and its closures count to it), or a
//                                         source file missing from the code map, a source file
//                                         (tests too) over 800 lines, or ARCHITECTURE.md over 10 KB
//                                         (it says what rarely changes; the rest is in doc comments)
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative, dirname, basename } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const LONG = 60;
const FILE_LINES = 800;
const ARCHITECTURE_BYTES = 10 * 1024;

/** Every .rs file under `dir`. */
function files(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...files(p));
    else if (name.endsWith('.rs')) out.push(p);
  }
  return out.sort();
}

/** A file's module path inside its crate: src/present/chart.rs → present::chart. */
function modulePath(srcDir, file) {
  const rel = relative(srcDir, file).replace(/\.rs$/, '').split('/');
  if (rel.at(-1) === 'mod' || rel.at(-1) === 'lib' || rel.at(-1) === 'main') rel.pop();
  return rel.join('::');
}

/** Source without comments and the contents of strings and characters (so that words and braces
 * in them are not read as code), read left to right as Rust's lexer does; newlines are kept. */
function code(text) {
  let out = '';
  const blank = (s) => s.replace(/[^\n]/g, ' ');
  let i = 0;
  while (i < text.length) {
    const rest = text.slice(i, i + 3);
    const prev = i > 0 ? text[i - 1] : ' ';
    let m;
    if (rest.startsWith('//')) {
      const end = text.indexOf('\n', i);
      i = end < 0 ? text.length : end;
    } else if (rest.startsWith('/*')) {
      const end = text.indexOf('*/', i + 2);
      const stop = end < 0 ? text.length : end + 2;
      out += blank(text.slice(i, stop));
      i = stop;
    } else if (!/[A-Za-z0-9_]/.test(prev) && (m = /^b?r(#*)"/.exec(text.slice(i, i + 40)))) {
      const close = '"' + m[1];
      const end = text.indexOf(close, i + m[0].length);
      const stop = end < 0 ? text.length : end + close.length;
      out += '""' + blank(text.slice(i + 2, stop));
      i = stop;
    } else if (text[i] === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      out += '""' + blank(text.slice(i + 2, j + 1));
      i = j + 1;
    } else if (text[i] === "'" && (m = /^'(?:\\(?:u\{[0-9a-fA-F]+\}|x[0-9a-fA-F]{2}|.)|[^'\\\n])'/u.exec(text.slice(i, i + 12)))) {
      out += "' '" + ' '.repeat(Math.max(0, m[0].length - 3));
      i += m[0].length;
    } else {
      out += text[i];
      i++;
    }
  }
  return out;
}

/** The top-level module (the layer's folder or file) a module path belongs to. */
const top = (m) => m.split('::')[0] || '(root)';

/** The crate-level modules a file's own code uses (its test module, at the file's end, may reach
 * up to check a lower layer through a higher one; the layering is about the code that ships). */
function imports(mod, text) {
  const out = new Set();
  // a test module in a file of its own (`#[cfg(test)] mod tests;`: …/tests.rs) is test code too
  if (mod.split('::').at(-1) === 'tests') return [];
  const c = code(text).split(/#\[cfg\(test\)\]\s*mod\s/)[0];
  for (const m of c.matchAll(/\bcrate::([a-z_][a-z0-9_]*)/g)) out.add(m[1]);
  // a grouped import, `use crate::{a, b::c}`: each of its top-level names
  for (const m of c.matchAll(/\bcrate::\{([^{}]*)\}/g)) {
    for (const item of m[1].split(',')) {
      const name = item.trim().match(/^[a-z_][a-z0-9_]*/);
      if (name && name[0] !== 'self') out.add(name[0]);
    }
  }
  // super:: from a/b.rs is a; from a/b/c.rs is a::b
  const parent = mod.split('::').slice(0, -1);
  for (const m of c.matchAll(/\bsuper::([a-z_][a-z0-9_]*)/g)) {
    const target = parent.length > 1 ? parent.slice(0, -1).concat(m[1]) : [m[1]];
    if (parent.length <= 1) out.add(m[1]);
    else out.add(target[0]);
  }
  return [...out];
}

/** Functions and their lengths in lines (from `fn` to its closing brace). */
function functions(text) {
  const c = code(text);
  const lines = c.split('\n');
  const out = [];
  for (let i = 0; i < lines.length; i++) {
    const m = lines[i].match(/\bfn\s+([A-Za-z_][A-Za-z0-9_]*)/);
    if (!m) continue;
    // the body: from the first `{` after the signature to its match (a `;` first: no body)
    let depth = 0;
    let started = false;
    let end = -1;
    for (let j = i; j < lines.length && end < 0; j++) {
      for (const ch of lines[j].slice(j === i ? m.index : 0)) {
        if (!started && ch === ';') { end = -2; break; }
        if (ch === '{') { depth++; started = true; }
        if (ch === '}') { depth--; if (started && depth === 0) { end = j; break; } }
      }
    }
    if (end >= 0) out.push({ name: m[1], line: i + 1, lines: end - i + 1 });
  }
  // a component's view! and a closure inside a function count to the function that holds them
  return out;
}

/** Cycles among the top-level modules of one crate (Tarjan's strongly connected components). */
function cycles(graph) {
  let index = 0;
  const idx = new Map(), low = new Map(), stack = [], on = new Set(), out = [];
  const visit = (v) => {
    idx.set(v, index); low.set(v, index); index++;
    stack.push(v); on.add(v);
    for (const w of graph.get(v) || []) {
      if (!idx.has(w)) { visit(w); low.set(v, Math.min(low.get(v), low.get(w))); }
      else if (on.has(w)) low.set(v, Math.min(low.get(v), idx.get(w)));
    }
    if (low.get(v) === idx.get(v)) {
      const comp = [];
      let w;
      do { w = stack.pop(); on.delete(w); comp.push(w); } while (w !== v);
      if (comp.length > 1) out.push(comp.sort());
    }
  };
  for (const v of graph.keys()) if (!idx.has(v)) visit(v);
  return out;
}

const crates = [
  { name: 'trade-data', src: join(ROOT, 'crates/data/src') },
  { name: 'trade-core', src: join(ROOT, 'crates/core/src') },
  { name: 'trade-cli', src: join(ROOT, 'crates/cli/src') },
  { name: 'the page', src: join(ROOT, 'src') },
];
const architecture = readFileSync(join(ROOT, 'ARCHITECTURE.md'), 'utf8');
const report = { crates: [], longest: [], unmapped: [], cycles: [] };
for (const c of crates) {
  const graph = new Map();
  const lines = new Map();
  for (const f of files(c.src)) {
    const text = readFileSync(f, 'utf8');
    const mod = modulePath(c.src, f);
    const t = top(mod);
    lines.set(t, (lines.get(t) || 0) + text.split('\n').length);
    if (!graph.has(t)) graph.set(t, new Set());
    for (const used of imports(mod, text)) if (used !== t) graph.get(t).add(used);
    for (const fn of functions(text)) {
      report.longest.push({ where: `${relative(ROOT, f)}:${fn.line}`, name: fn.name, lines: fn.lines });
    }
    // the code map names each file by its name (a folder's files may be listed after it)
    const name = basename(f);
    const named = name === 'mod.rs' ? basename(dirname(f)) + '/' : name;
    if (!architecture.includes(named) && !architecture.includes(relative(ROOT, f))) report.unmapped.push(relative(ROOT, f));
  }
  for (const cyc of cycles(new Map([...graph].map(([k, v]) => [k, [...v].filter((x) => graph.has(x))])))) {
    report.cycles.push(`${c.name}: ${cyc.join(' ↔ ')}`);
  }
  report.crates.push({ name: c.name, modules: [...lines].map(([m, n]) => `${m} ${n}`).join(', '), imports: [...graph].map(([m, s]) => `${m} → ${[...s].filter((x) => graph.has(x)).sort().join(' ') || '∅'}`) });
}
report.longest.sort((a, b) => b.lines - a.lines);

for (const c of report.crates) {
  console.log(`${c.name}: lines per top-level module: ${c.modules}`);
  for (const i of c.imports) console.log(`  ${i}`);
}
console.log(`import cycles among top-level modules: ${report.cycles.length ? report.cycles.join('; ') : 'none'}`);
const over = report.longest.filter((f) => f.lines > LONG);
console.log(`functions over ${LONG} lines: ${over.length}`);
for (const f of over.slice(0, process.argv.includes("--all") ? over.length : 15)) console.log(`  ${f.lines} ${f.name} (${f.where})`);
console.log(`source files missing from ARCHITECTURE.md's code map: ${report.unmapped.length ? report.unmapped.join(', ') : 'none'}`);
// every Rust file the project keeps: the crates' sources and tests, the build scripts, the page's tests
const kept = ['crates/data', 'crates/core', 'crates/cli', 'src', 'tests']
  .map((d) => join(ROOT, d)).filter(existsSync).flatMap(files);
const long = kept.map((f) => ({ f: relative(ROOT, f), n: (readFileSync(f, 'utf8').match(/\n/g) || []).length }))
  .filter((x) => x.n > FILE_LINES).sort((a, b) => b.n - a.n);
console.log(`source files over ${FILE_LINES} lines: ${long.length ? long.map((x) => `${x.f} ${x.n}`).join(', ') : 'none'}`);
const bytes = Buffer.byteLength(architecture);
console.log(`ARCHITECTURE.md: ${bytes} bytes (at most ${ARCHITECTURE_BYTES})`);
if (process.argv.includes('--check') && (report.unmapped.length || report.cycles.length || over.length
  || long.length || bytes > ARCHITECTURE_BYTES)) process.exit(1);
