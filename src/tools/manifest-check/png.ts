/** Reads the pixel size of a PNG from its IHDR chunk (the first chunk of every PNG). */

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

export interface PngSize {
  width: number;
  height: number;
}

/** Returns the size, or undefined when the bytes are not a PNG. */
export function pngSize(bytes: Uint8Array): PngSize | undefined {
  if (bytes.length < 24) return undefined;
  if (!SIGNATURE.every((b, i) => bytes[i] === b)) return undefined;
  const type = String.fromCharCode(...bytes.subarray(12, 16));
  if (type !== "IHDR") return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
