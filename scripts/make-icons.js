#!/usr/bin/env node
// Draws the add-in's icons (assets/icon-16.png … icon-128.png, logo-filled.png) with Node's built-ins
// only: the glyph is described as shapes in a unit square, sampled 4 × 4 times per pixel for smooth
// edges, and written as RGBA PNGs (zlib deflate, CRC-32). Run: node scripts/make-icons.js
// Not shipped: the PNGs it writes are committed.
"use strict";
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const BLUE = [31, 111, 178]; // #1F6FB2, close to Office's own blue
const DARK = [21, 82, 135];
const WHITE = [255, 255, 255];

/** Inside a rounded rectangle [x0,x1]×[y0,y1] with corner radius r. */
function inRoundedRect(x, y, x0, y0, x1, y1, r) {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

const inRect = (x, y, x0, y0, x1, y1) => x >= x0 && x <= x1 && y >= y0 && y <= y1;

/**
 * The glyph: a blue rounded square holding a white report table — a solid header band, a frame,
 * row lines and a label column — so it reads as "a form" even at 16 px.
 */
function colourAt(x, y, size) {
  if (!inRoundedRect(x, y, 0.03, 0.03, 0.97, 0.97, 0.2)) return null;
  const edge = !inRoundedRect(x, y, 0.07, 0.07, 0.93, 0.93, 0.17);
  const stroke = Math.max(0.055, 1.1 / size); // never thinner than about one pixel
  const [l, t, r, b] = [0.2, 0.22, 0.8, 0.8];
  const header = inRect(x, y, l, t, r, t + 0.17);
  const frame = inRect(x, y, l, t, r, b) && !inRect(x, y, l + stroke, t + stroke, r - stroke, b - stroke);
  const rowLine = [0.59].concat(size >= 32 ? [0.5, 0.69] : []).some((ly) => inRect(x, y, l, ly - stroke / 2, r, ly + stroke / 2));
  const colLine = inRect(x, y, 0.44 - stroke / 2, t, 0.44 + stroke / 2, b);
  if (header || frame || rowLine || colLine) return WHITE;
  return edge ? DARK : BLUE;
}

function render(size) {
  const samples = 4;
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const c = colourAt((px + (sx + 0.5) / samples) / size, (py + (sy + 0.5) / samples) / size, size);
          if (!c) continue;
          r += c[0];
          g += c[1];
          b += c[2];
          a += 1;
        }
      }
      const i = (py * size + px) * 4;
      // Colour averaged over the covered samples (straight alpha), coverage as alpha.
      rgba[i] = a ? Math.round(r / a) : 0;
      rgba[i + 1] = a ? Math.round(g / a) : 0;
      rgba[i + 2] = a ? Math.round(b / a) : 0;
      rgba[i + 3] = Math.round((255 * a) / (samples * samples));
    }
  }
  return rgba;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** An 8-bit RGBA PNG; every scanline uses filter 0 (none). */
function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const out = path.resolve(__dirname, "..", "assets");
fs.mkdirSync(out, { recursive: true });
const files = [16, 32, 64, 80, 128].map((size) => [`icon-${size}.png`, size]).concat([["logo-filled.png", 80]]);
for (const [name, size] of files) {
  fs.writeFileSync(path.join(out, name), encodePng(size, render(size)));
  console.log(`assets/${name} (${size}×${size})`);
}
