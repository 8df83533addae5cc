#!/usr/bin/env node
// Draws Release Guard's icon — a teal shield holding a white check mark — at 16, 32, 64, 80 and
// 128 px and writes assets/icon-<size>.png. Deterministic (same bytes every run), no dependencies:
// a tiny vector rasteriser (8×8 supersampling per pixel) and a PNG encoder on node:zlib.
// Run: node scripts/make-icons.mjs   (the PNGs are committed; run again only to change the design)
import { deflateSync } from "node:zlib";
import { writeFileSync, mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import path from "node:path";

const SIZES = [16, 32, 64, 80, 128];
const OUT_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "assets");

// Brand colours (sRGB): deep teal shield, darker rim, lighter left face, white check.
const RIM = [8, 84, 78];
const FACE_LEFT = [20, 145, 127];
const FACE_RIGHT = [15, 118, 110];
const CHECK = [255, 255, 255];

// ---- geometry, in a unit square (0..1, y down) ----
/** Samples a quadratic Bézier from p0 to p2 with control p1 (excluding p0). */
function quad(p0, p1, p2, steps = 24) {
  const pts = [];
  for (let i = 1; i <= steps; i++) {
    const t = i / steps;
    const a = (1 - t) * (1 - t), b = 2 * (1 - t) * t, c = t * t;
    pts.push([a * p0[0] + b * p1[0] + c * p2[0], a * p0[1] + b * p1[1] + c * p2[1]]);
  }
  return pts;
}

// Shield outline, clockwise from the top-left corner: a top edge that rises to a gentle peak,
// straight flanks, and curved lower sides meeting in a point.
const TL = [0.13, 0.17], TOP = [0.5, 0.05], TR = [0.87, 0.17];
const RS = [0.87, 0.47], LS = [0.13, 0.47], BOTTOM = [0.5, 0.96];
const SHIELD = [
  TL,
  ...quad(TL, [0.32, 0.15], TOP, 12),
  ...quad(TOP, [0.68, 0.15], TR, 12),
  RS,
  ...quad(RS, [0.86, 0.8], BOTTOM),
  ...quad(BOTTOM, [0.14, 0.8], LS),
];
const RIM_WIDTH = 0.065;

// Check mark: a thick polyline with round joins and caps.
const CHECK_PATH = [[0.29, 0.52], [0.44, 0.67], [0.72, 0.37]];
const CHECK_WIDTH = 0.12;

function insidePolygon(x, y, poly) {
  let inside = false;
  for (let i = 0, j = poly.length - 1; i < poly.length; j = i++) {
    const [xi, yi] = poly[i], [xj, yj] = poly[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function distToSegment(x, y, [ax, ay], [bx, by]) {
  const dx = bx - ax, dy = by - ay;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / len2));
  const px = ax + t * dx - x, py = ay + t * dy - y;
  return Math.sqrt(px * px + py * py);
}

function distToPolyline(x, y, pts, closed) {
  let d = Infinity;
  const n = closed ? pts.length : pts.length - 1;
  for (let i = 0; i < n; i++) d = Math.min(d, distToSegment(x, y, pts[i], pts[(i + 1) % pts.length]));
  return d;
}

/** Colour of one sample point, or null when it is outside the shield (transparent). */
function shade(x, y, rimWidth, checkWidth) {
  if (!insidePolygon(x, y, SHIELD)) return null;
  if (distToPolyline(x, y, CHECK_PATH, false) <= checkWidth / 2) return CHECK;
  if (distToPolyline(x, y, SHIELD, true) <= rimWidth) return RIM;
  return x < 0.5 ? FACE_LEFT : FACE_RIGHT;
}

function render(size) {
  const SS = 8; // samples per axis per pixel
  // Small icons get a relatively wider check and thinner rim so both stay legible.
  const checkWidth = size <= 16 ? 0.15 : size <= 32 ? 0.13 : CHECK_WIDTH;
  const rimWidth = size <= 16 ? 0.0 : size <= 32 ? 0.05 : RIM_WIDTH;
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < SS; sy++) {
        for (let sx = 0; sx < SS; sx++) {
          const c = shade((px + (sx + 0.5) / SS) / size, (py + (sy + 0.5) / SS) / size, rimWidth, checkWidth);
          if (c) { r += c[0]; g += c[1]; b += c[2]; a += 1; }
        }
      }
      const o = (py * size + px) * 4;
      if (a > 0) {
        // Colour averaged over covered samples (unpremultiplied), alpha = coverage.
        rgba[o] = Math.round(r / a);
        rgba[o + 1] = Math.round(g / a);
        rgba[o + 2] = Math.round(b / a);
        rgba[o + 3] = Math.round((a / (SS * SS)) * 255);
      }
    }
  }
  return rgba;
}

// ---- PNG encoding ----
const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function encodePng(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type RGBA
  ihdr[10] = 0; ihdr[11] = 0; ihdr[12] = 0;
  const raw = Buffer.alloc((size * 4 + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

mkdirSync(OUT_DIR, { recursive: true });
for (const size of SIZES) {
  const file = path.join(OUT_DIR, `icon-${size}.png`);
  const png = encodePng(size, render(size));
  writeFileSync(file, png);
  console.log(`${path.relative(process.cwd(), file)}  ${size}×${size}  ${png.length} bytes`);
}
