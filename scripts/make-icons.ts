/**
 * Draws the Kinerja icons (three rising bars with a check mark) and writes them as PNG files
 * into assets/. No image library is needed: shapes are drawn in unit coordinates, each pixel
 * is super-sampled for anti-aliasing, and the PNG is assembled by hand (signature, IHDR,
 * IDAT = zlib deflate of filtered scanlines, IEND, each chunk with its CRC-32).
 *
 * Run: npx tsx scripts/make-icons.ts
 */
import { deflateSync } from "node:zlib";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

type Rgba = readonly [number, number, number, number];
/** A shape answers "is the point (x, y) in the unit square inside me?". */
interface Layer {
  color: Rgba;
  inside: (x: number, y: number) => boolean;
}

const BLUE_LIGHT: Rgba = [0x7f, 0xb6, 0xe8, 255];
const BLUE_MID: Rgba = [0x3a, 0x86, 0xd1, 255];
const BLUE_DARK: Rgba = [0x1b, 0x5a, 0xa6, 255];
const GREEN: Rgba = [0x2e, 0xa0, 0x4f, 255];
const WHITE: Rgba = [255, 255, 255, 255];

function roundedRect(x0: number, y0: number, x1: number, y1: number, r: number) {
  return (x: number, y: number): boolean => {
    if (x < x0 || x > x1 || y < y0 || y > y1) return false;
    const cx = Math.min(Math.max(x, x0 + r), x1 - r);
    const cy = Math.min(Math.max(y, y0 + r), y1 - r);
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
  };
}

function distanceToSegment(
  px: number,
  py: number,
  ax: number,
  ay: number,
  bx: number,
  by: number
): number {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** A thick polyline with round caps and joins. */
function stroke(points: ReadonlyArray<readonly [number, number]>, width: number) {
  return (x: number, y: number): boolean => {
    for (let i = 1; i < points.length; i++) {
      const a = points[i - 1];
      const b = points[i];
      if (a && b && distanceToSegment(x, y, a[0], a[1], b[0], b[1]) <= width / 2) return true;
    }
    return false;
  };
}

const CHECK: ReadonlyArray<readonly [number, number]> = [
  [0.1, 0.3],
  [0.24, 0.44],
  [0.52, 0.11],
];

function iconLayers(): Layer[] {
  return [
    { color: BLUE_LIGHT, inside: roundedRect(0.07, 0.64, 0.29, 0.93, 0.03) },
    { color: BLUE_MID, inside: roundedRect(0.39, 0.45, 0.61, 0.93, 0.03) },
    { color: BLUE_DARK, inside: roundedRect(0.71, 0.2, 0.93, 0.93, 0.03) },
    { color: GREEN, inside: stroke(CHECK, 0.12) },
  ];
}

/** The filled logo: the same drawing in white and green on a blue rounded square. */
function logoLayers(): Layer[] {
  const inset = (f: (x: number, y: number) => boolean) => (x: number, y: number) =>
    f((x - 0.15) / 0.7, (y - 0.15) / 0.7);
  return [
    { color: BLUE_DARK, inside: roundedRect(0, 0, 1, 1, 0.16) },
    { color: WHITE, inside: inset(roundedRect(0.07, 0.64, 0.29, 0.93, 0.03)) },
    { color: WHITE, inside: inset(roundedRect(0.39, 0.45, 0.61, 0.93, 0.03)) },
    { color: WHITE, inside: inset(roundedRect(0.71, 0.2, 0.93, 0.93, 0.03)) },
    { color: WHITE, inside: inset(stroke(CHECK, 0.2)) },
    { color: GREEN, inside: inset(stroke(CHECK, 0.12)) },
  ];
}

/** Renders layers (later ones on top) to straight-alpha RGBA, sampling each pixel n×n times. */
function render(size: number, layers: Layer[], n = 4): Uint8Array {
  const out = new Uint8Array(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0,
        g = 0,
        b = 0,
        a = 0; // premultiplied sums over the samples
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const x = (px + (sx + 0.5) / n) / size;
          const y = (py + (sy + 0.5) / n) / size;
          let top: Rgba | undefined;
          for (const layer of layers) if (layer.inside(x, y)) top = layer.color;
          if (top) {
            r += top[0];
            g += top[1];
            b += top[2];
            a += 255;
          }
        }
      }
      const i = (py * size + px) * 4;
      const covered = a / 255;
      out[i] = covered ? Math.round(r / covered) : 0;
      out[i + 1] = covered ? Math.round(g / covered) : 0;
      out[i + 2] = covered ? Math.round(b / covered) : 0;
      out[i + 3] = Math.round(a / (n * n));
    }
  }
  return out;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, k) => {
  let c = k;
  for (let j = 0; j < 8; j++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = (CRC_TABLE[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const out = Buffer.alloc(body.length + 8);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(crc32(body), body.length + 4);
  return out;
}

function encodePng(size: number, rgba: Uint8Array): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type RGBA; compression, filter, interlace stay 0
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter type None
    Buffer.from(rgba.buffer, y * size * 4, size * 4).copy(raw, y * (size * 4 + 1) + 1);
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", new Uint8Array(0)),
  ]);
}

function main(): void {
  const dir = join(process.cwd(), "assets");
  mkdirSync(dir, { recursive: true });
  for (const size of [16, 32, 64, 80, 128]) {
    writeFileSync(join(dir, `icon-${size}.png`), encodePng(size, render(size, iconLayers())));
  }
  writeFileSync(join(dir, "logo-filled.png"), encodePng(300, render(300, logoLayers(), 3)));
  console.log(`Icons written to ${dir}`);
}

main();
