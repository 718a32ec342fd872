// Draws Regie's icons and writes them as PNG, ICO and ICNS with nothing but node:zlib.
//   node build/make-icons.mjs
// Output (build/, electron-builder's resources folder):
//   icon.png (512), icon-256.png, icons/<n>x<n>.png (Linux), icon.ico (Windows), icon.icns (macOS),
//   regie.ico / regie.icns / regie.png (the .regie file type: a sheet with the agenda mark).
// The drawing: a blue rounded square with a white agenda sheet: three lines, each with an orange bullet.
// Shapes are signed-distance functions in a 512×512 space, sampled 4×4 per pixel for anti-aliasing.
import { deflateSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

// ---- shapes -------------------------------------------------------------------------------------------
const roundedRect = (x0, y0, x1, y1, r) => (x, y) => {
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  const qx = Math.abs(x - cx) - ((x1 - x0) / 2 - r);
  const qy = Math.abs(y - cy) - ((y1 - y0) / 2 - r);
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
};
const circle = (cx, cy, r) => (x, y) => Math.hypot(x - cx, y - cy) - r;
// A sheet with a folded top-right corner: the rounded rect minus a triangle, plus the fold.
const minus = (a, b) => (x, y) => Math.max(a(x, y), -b(x, y));
const halfPlane = (ax, ay, bx, by) => (x, y) => {
  // > 0 on the right of a→b, normalised to a distance.
  const len = Math.hypot(bx - ax, by - ay);
  return ((bx - ax) * (y - ay) - (by - ay) * (x - ax)) / len;
};
const intersect = (a, b) => (x, y) => Math.max(a(x, y), b(x, y));

const BLUE_TOP = [0x1f, 0x5f, 0xa8];
const BLUE_BOTTOM = [0x15, 0x42, 0x73];
const WHITE = [0xff, 0xff, 0xff];
const INK = [0x15, 0x42, 0x73];
const ORANGE = [0xf0, 0x8a, 0x00];
const PAPER_EDGE = [0xb8, 0xc4, 0xd2];
const FOLD = [0xdc, 0xe3, 0xeb];

function agendaLines(left, right, tops, thickness, bulletRadius) {
  const layers = [];
  for (const top of tops) {
    const cy = top + thickness / 2;
    layers.push({ shape: circle(left, cy, bulletRadius), color: () => ORANGE });
    layers.push({
      shape: roundedRect(left + bulletRadius * 2.2, top, right, top + thickness, thickness / 2),
      color: () => INK,
    });
  }
  return layers;
}

/** The application icon: blue tile, white sheet, agenda lines. */
const appIcon = [
  {
    shape: roundedRect(24, 24, 488, 488, 104),
    color: (_x, y) => BLUE_TOP.map((c, i) => Math.round(c + ((BLUE_BOTTOM[i] - c) * (y - 24)) / 464)),
  },
  { shape: roundedRect(124, 92, 388, 420, 28), color: () => WHITE },
  ...agendaLines(176, 340, [168, 240, 312], 30, 17),
];

/** The .regie document icon: a sheet with a folded corner and the same agenda lines. */
const fold = 96;
const sheet = minus(roundedRect(96, 32, 416, 480, 24), halfPlane(416 - fold, 32, 416, 32 + fold));
const fileIcon = [
  { shape: (x, y) => sheet(x, y) - 6, color: () => PAPER_EDGE },
  { shape: sheet, color: () => WHITE },
  {
    shape: intersect(
      roundedRect(416 - fold - 6, 26, 422, 32 + fold + 6, 8),
      halfPlane(416, 32 + fold, 416 - fold, 32),
    ),
    color: () => FOLD,
  },
  { shape: roundedRect(144, 132, 368, 190, 29), color: () => BLUE_BOTTOM },
  ...agendaLines(160, 352, [250, 322, 394], 26, 15),
];

// ---- raster ---------------------------------------------------------------------------------------------
function render(layers, size) {
  const scale = 512 / size;
  const ss = 4;
  const rgba = new Uint8Array(size * size * 4);
  for (let py = 0; py < size; py += 1) {
    for (let px = 0; px < size; px += 1) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < ss; sy += 1) {
        for (let sx = 0; sx < ss; sx += 1) {
          const x = (px + (sx + 0.5) / ss) * scale;
          const y = (py + (sy + 0.5) / ss) * scale;
          // Paint layers bottom to top ("over" compositing, premultiplied).
          let cr = 0;
          let cg = 0;
          let cb = 0;
          let ca = 0;
          for (const layer of layers) {
            const d = layer.shape(x, y);
            const coverage = Math.min(1, Math.max(0, 0.5 - d / scale));
            if (coverage === 0) continue;
            const [lr, lg, lb] = layer.color(x, y);
            cr = lr * coverage + cr * (1 - coverage);
            cg = lg * coverage + cg * (1 - coverage);
            cb = lb * coverage + cb * (1 - coverage);
            ca = coverage + ca * (1 - coverage);
          }
          r += cr;
          g += cg;
          b += cb;
          a += ca;
        }
      }
      const n = ss * ss;
      const o = (py * size + px) * 4;
      const alpha = a / n;
      rgba[o] = alpha > 0 ? Math.round(r / n / alpha) : 0;
      rgba[o + 1] = alpha > 0 ? Math.round(g / n / alpha) : 0;
      rgba[o + 2] = alpha > 0 ? Math.round(b / n / alpha) : 0;
      rgba[o + 3] = Math.round(alpha * 255);
    }
  }
  return rgba;
}

// ---- PNG ------------------------------------------------------------------------------------------------
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  Buffer.from(data).copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}
export function encodePng(rgba, size) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y += 1) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    Buffer.from(rgba.buffer, y * size * 4, size * 4).copy(raw, y * (size * 4 + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// ---- ICO: 256 as PNG (as Windows itself does), smaller sizes as 32-bit DIBs for every consumer ---------
function dib(rgba, size) {
  const maskRow = Math.ceil(size / 32) * 4;
  const out = Buffer.alloc(40 + size * size * 4 + maskRow * size);
  out.writeUInt32LE(40, 0); // BITMAPINFOHEADER
  out.writeInt32LE(size, 4);
  out.writeInt32LE(size * 2, 8); // XOR + AND bitmaps
  out.writeUInt16LE(1, 12);
  out.writeUInt16LE(32, 14);
  out.writeUInt32LE(0, 16); // BI_RGB
  out.writeUInt32LE(size * size * 4 + maskRow * size, 20);
  for (let y = 0; y < size; y += 1) {
    for (let x = 0; x < size; x += 1) {
      const src = ((size - 1 - y) * size + x) * 4; // bottom-up
      const dst = 40 + (y * size + x) * 4;
      out[dst] = rgba[src + 2];
      out[dst + 1] = rgba[src + 1];
      out[dst + 2] = rgba[src];
      out[dst + 3] = rgba[src + 3];
    }
  }
  // AND mask stays zero: transparency comes from the alpha channel.
  return out;
}
export function encodeIco(images) {
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2); // icon
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  const bodies = images.map(({ size, rgba }, i) => {
    const body = size >= 256 ? encodePng(rgba, size) : dib(rgba, size);
    const e = 6 + 16 * i;
    header[e] = size >= 256 ? 0 : size;
    header[e + 1] = size >= 256 ? 0 : size;
    header[e + 2] = 0;
    header[e + 3] = 0;
    header.writeUInt16LE(1, e + 4);
    header.writeUInt16LE(32, e + 6);
    header.writeUInt32LE(body.length, e + 8);
    header.writeUInt32LE(offset, e + 12);
    offset += body.length;
    return body;
  });
  return Buffer.concat([header, ...bodies]);
}

// ---- ICNS: PNG entries ----------------------------------------------------------------------------------
const ICNS_TYPES = {
  16: 'icp4',
  32: 'icp5',
  64: 'icp6',
  128: 'ic07',
  256: 'ic08',
  512: 'ic09',
  1024: 'ic10',
};
export function encodeIcns(images) {
  const entries = images.map(({ size, rgba }) => {
    const png = encodePng(rgba, size);
    const head = Buffer.alloc(8);
    head.write(ICNS_TYPES[size], 0, 'ascii');
    head.writeUInt32BE(png.length + 8, 4);
    return Buffer.concat([head, png]);
  });
  const body = Buffer.concat(entries);
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'ascii');
  head.writeUInt32BE(body.length + 8, 4);
  return Buffer.concat([head, body]);
}

// ---- write ----------------------------------------------------------------------------------------------
function write(name, bytes) {
  const file = join(here, name);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, bytes);
  console.log(`${name}  ${bytes.length} bytes`);
}

function iconSet(layers, sizes) {
  return new Map(sizes.map((size) => [size, render(layers, size)]));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const app = iconSet(appIcon, [16, 24, 32, 48, 64, 128, 256, 512, 1024]);
  const file = iconSet(fileIcon, [16, 24, 32, 48, 64, 128, 256, 512, 1024]);
  const pick = (set, sizes) => sizes.map((size) => ({ size, rgba: set.get(size) }));

  write('icon.png', encodePng(app.get(512), 512));
  write('icon-256.png', encodePng(app.get(256), 256));
  for (const size of [16, 24, 32, 48, 64, 128, 256, 512])
    write(`icons/${size}x${size}.png`, encodePng(app.get(size), size));
  write('icon.ico', encodeIco(pick(app, [16, 24, 32, 48, 64, 128, 256])));
  write('icon.icns', encodeIcns(pick(app, [16, 32, 64, 128, 256, 512, 1024])));

  write('regie.png', encodePng(file.get(512), 512));
  write('regie.ico', encodeIco(pick(file, [16, 24, 32, 48, 64, 128, 256])));
  write('regie.icns', encodeIcns(pick(file, [16, 32, 64, 128, 256, 512, 1024])));
}
