// The app icons, drawn at build time from the project's own artwork (assets/favicon.svg): PNGs at
// the sizes browsers ask for, a maskable one (full-bleed background, the bars inside the central
// safe circle) and Apple's touch icon. Node's standard library only: the favicon is a few
// rectangles, which this rasterises with 4 × 4 supersampling and writes as RGBA PNG.
import { deflateSync } from 'node:zlib';

/** The favicon's rectangles; any other element is an error (this rasteriser draws only rects). */
export function parseArtwork(svg) {
  const box = /viewBox="0 0 (\d+(?:\.\d+)?) (\d+(?:\.\d+)?)"/.exec(svg);
  if (!box || box[1] !== box[2]) throw new Error('favicon.svg: expected a square viewBox "0 0 N N"');
  const body = svg.replace(/^<svg[^>]*>/, '').replace(/<\/svg>\s*$/, '');
  const rects = [];
  for (const el of body.match(/<[^>]+>/g) || []) {
    if (!el.startsWith('<rect')) throw new Error(`favicon.svg: cannot draw ${el} (only <rect> elements)`);
    const attr = (k, d) => {
      const m = new RegExp(`\\s${k}="([^"]*)"`).exec(el);
      return m ? m[1] : d;
    };
    const fill = attr('fill', '#000000');
    if (!/^#[0-9a-fA-F]{6}$/.test(fill)) throw new Error(`favicon.svg: fill ${fill} is not #rrggbb`);
    rects.push({
      x: Number(attr('x', 0)), y: Number(attr('y', 0)), w: Number(attr('width')), h: Number(attr('height')),
      rx: Number(attr('rx', 0)), rgb: [1, 3, 5].map((i) => parseInt(fill.slice(i, i + 2), 16)),
    });
  }
  if (!rects.length || rects.some((r) => ![r.x, r.y, r.w, r.h, r.rx].every(Number.isFinite))) {
    throw new Error('favicon.svg: no drawable rectangles');
  }
  return { size: Number(box[1]), rects };
}

function inside(r, x, y) {
  if (x < r.x || y < r.y || x >= r.x + r.w || y >= r.y + r.h) return false;
  if (!r.rx) return true;
  const cx = Math.min(Math.max(x, r.x + r.rx), r.x + r.w - r.rx);
  const cy = Math.min(Math.max(y, r.y + r.rx), r.y + r.h - r.rx);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r.rx ** 2;
}

/**
 * Draw the artwork at `px` pixels. `bleed`: the first rectangle (the background) fills the whole
 * square without rounded corners and the others are scaled by `scale` about the centre.
 */
export function draw(art, px, { bleed = false, scale = 1 } = {}) {
  const c = art.size / 2;
  const rects = art.rects.map((r, i) => {
    if (!bleed) return r;
    if (i === 0) return { ...r, x: 0, y: 0, w: art.size, h: art.size, rx: 0 };
    return { ...r, x: c + (r.x - c) * scale, y: c + (r.y - c) * scale, w: r.w * scale, h: r.h * scale, rx: r.rx * scale };
  });
  const S = 4;
  const out = Buffer.alloc(px * px * 4);
  for (let j = 0; j < px; j++) {
    for (let i = 0; i < px; i++) {
      const acc = [0, 0, 0, 0];
      for (let sj = 0; sj < S; sj++) {
        for (let si = 0; si < S; si++) {
          const x = ((i + (si + 0.5) / S) / px) * art.size;
          const y = ((j + (sj + 0.5) / S) / px) * art.size;
          let hit = null;
          for (const r of rects) if (inside(r, x, y)) hit = r;
          if (hit) {
            acc[0] += hit.rgb[0]; acc[1] += hit.rgb[1]; acc[2] += hit.rgb[2]; acc[3] += 255;
          }
        }
      }
      const n = S * S;
      const covered = acc[3] / 255;
      const k = (j * px + i) * 4;
      // colour averaged over the covered samples (straight alpha), coverage as alpha
      for (let ch = 0; ch < 3; ch++) out[k + ch] = covered ? Math.round(acc[ch] / covered) : 0;
      out[k + 3] = Math.round(acc[3] / n);
    }
  }
  return out;
}

const CRC = new Int32Array(256).map((_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c;
});
function crc32(buf) {
  let c = -1;
  for (const b of buf) c = CRC[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

/** An RGBA image as PNG bytes. */
export function png(rgba, px) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(px, 0);
  ihdr.writeUInt32BE(px, 4);
  ihdr.set([8, 6, 0, 0, 0], 8); // 8 bits, RGBA, deflate, no filter method, no interlace
  const raw = Buffer.alloc((px * 4 + 1) * px);
  for (let j = 0; j < px; j++) rgba.copy(raw, j * (px * 4 + 1) + 1, j * px * 4, (j + 1) * px * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** The icon files: name → PNG bytes. The maskable icon's bars fit the 80 % safe circle. */
export function icons(svg) {
  const art = parseArtwork(svg);
  return {
    'icon-192.png': png(draw(art, 192), 192),
    'icon-512.png': png(draw(art, 512), 512),
    'icon-maskable-512.png': png(draw(art, 512, { bleed: true, scale: 0.6 }), 512),
    'apple-touch-icon.png': png(draw(art, 180, { bleed: true, scale: 0.8 }), 180),
  };
}
