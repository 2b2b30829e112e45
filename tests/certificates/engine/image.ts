import { crc32, deflateSync } from 'node:zlib';

/**
 * PNG files for tests and benchmarks without an image library: RGB, 8 bits, filter 0.
 * `pixel` gives each pixel's colour; noise makes a file that does not compress, as a scan does.
 */

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

export function makePng(
  width: number,
  height: number,
  pixel: (x: number, y: number) => [number, number, number],
): Buffer {
  const raw = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    const row = y * (width * 3 + 1);
    for (let x = 0; x < width; x++) raw.set(pixel(x, y), row + 1 + x * 3);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A cream "scanned blank" with noise: about 1.4 MB at 800 × 600. */
export function noisyBackground(width = 800, height = 600, seed = 7): Buffer {
  let state = seed;
  const next = () => {
    // xorshift32: repeatable noise, so file sizes compare between runs.
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) & 0xff;
  };
  return makePng(width, height, () => [215 + (next() % 40), 200 + (next() % 40), 160 + (next() % 40)]);
}

/** A red disc with a yellow centre, standing in for the emblem. */
export function emblemPng(size = 120): Buffer {
  const c = size / 2;
  return makePng(size, size, (x, y) => {
    const d = Math.hypot(x - c, y - c);
    return d < size * 0.2 ? [250, 210, 0] : d < size * 0.48 ? [200, 0, 0] : [255, 255, 255];
  });
}
