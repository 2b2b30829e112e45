import { crc32, createInflateRaw } from 'node:zlib';

/**
 * A minimal, defensive ZIP reader/writer for .xlsx imports. It trusts nothing: the central
 * directory is read with bounds checks, every entry's local header must agree with it, entries
 * may not overlap (overlapping entries are how "better zip bombs" multiply their output), and
 * inflation is streamed and stopped as soon as it passes the declared size.
 */

export interface ZipEntry {
  name: string;
  flags: number;
  method: number;
  crc32: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
  /** Where the entry's compressed bytes start (after its local header). */
  dataOffset: number;
}

export type ZipProblem = 'corrupt' | 'tooManyEntries' | 'encrypted' | 'unsupportedMethod' | 'sizeMismatch';

/** Why a zip cannot be used; xlsx-guard turns the kind into a Vietnamese message. */
export class ZipFormatError extends Error {
  constructor(
    readonly problem: ZipProblem,
    detail: string,
  ) {
    super(detail);
    this.name = 'ZipFormatError';
  }
}

const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_EOCD = 0x06054b50;
const SIG_ZIP64_EOCD = 0x06064b50;
const SIG_ZIP64_LOCATOR = 0x07064b50;
const FLAG_ENCRYPTED = 0x0001;
const FLAG_STRONG_ENCRYPTION = 0x0040;
const FLAG_ENCRYPTED_DIRECTORY = 0x2000;
const FLAG_UTF8 = 0x0800;
const METHOD_STORED = 0;
const METHOD_DEFLATE = 8;
const METHOD_AES = 99;

const fail = (problem: ZipProblem, detail: string): never => {
  throw new ZipFormatError(problem, detail);
};

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function readU64(dv: DataView, at: number): number {
  const value = dv.getBigUint64(at, true);
  // Anything beyond 2^53 cannot describe a real part of a file we accepted as <= 20 MB.
  return value > BigInt(Number.MAX_SAFE_INTEGER) ? Number.MAX_SAFE_INTEGER : Number(value);
}

interface Directory {
  offset: number;
  size: number;
  entries: number;
}

function findDirectory(bytes: Uint8Array, dv: DataView): Directory {
  // The end record is 22 bytes plus a comment of at most 65,535 bytes, so look no further back.
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= lowest; i--) {
    if (dv.getUint32(i, true) === SIG_EOCD && i + 22 + dv.getUint16(i + 20, true) <= bytes.length) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) fail('corrupt', 'no end of central directory record');
  if (dv.getUint16(eocd + 4, true) !== 0 || dv.getUint16(eocd + 6, true) !== 0) {
    fail('corrupt', 'multi-disk archive');
  }
  let entries = dv.getUint16(eocd + 10, true);
  let size = dv.getUint32(eocd + 12, true);
  let offset = dv.getUint32(eocd + 16, true);
  if (entries === 0xffff || size === 0xffffffff || offset === 0xffffffff) {
    const locator = eocd - 20;
    if (locator < 0 || dv.getUint32(locator, true) !== SIG_ZIP64_LOCATOR) fail('corrupt', 'no zip64 locator');
    const record = readU64(dv, locator + 8);
    if (record + 56 > locator || dv.getUint32(record, true) !== SIG_ZIP64_EOCD)
      fail('corrupt', 'bad zip64 record');
    entries = readU64(dv, record + 32);
    size = readU64(dv, record + 40);
    offset = readU64(dv, record + 48);
  }
  if (offset + size > eocd) fail('corrupt', 'central directory runs past its end record');
  return { offset, size, entries };
}

/** Replaces 0xFFFFFFFF sizes/offsets by their values from the zip64 extra field (id 1). */
function applyZip64(dv: DataView, extraStart: number, extraEnd: number, entry: ZipEntry): void {
  for (let p = extraStart; p + 4 <= extraEnd;) {
    const id = dv.getUint16(p, true);
    const len = dv.getUint16(p + 2, true);
    let q = p + 4;
    if (id === 1) {
      const take = (): number => {
        if (q + 8 > Math.min(p + 4 + len, extraEnd)) fail('corrupt', 'short zip64 extra field');
        const v = readU64(dv, q);
        q += 8;
        return v;
      };
      if (entry.uncompressedSize === 0xffffffff) entry.uncompressedSize = take();
      if (entry.compressedSize === 0xffffffff) entry.compressedSize = take();
      if (entry.localHeaderOffset === 0xffffffff) entry.localHeaderOffset = take();
      return;
    }
    p += 4 + len;
  }
}

/**
 * Reads and checks the central directory. Refuses archives with more than `maxEntries` entries
 * before walking them, encrypted entries, methods other than stored/deflate, and any structural
 * inconsistency (truncation, overlap, local header disagreeing with the directory).
 */
export function readZipDirectory(bytes: Uint8Array, maxEntries: number): ZipEntry[] {
  if (bytes.length < 22) fail('corrupt', 'too short for a zip');
  const dv = view(bytes);
  const dir = findDirectory(bytes, dv);
  if (dir.entries > maxEntries) fail('tooManyEntries', `${dir.entries} entries`);
  // Each central record is at least 46 bytes: a count the directory cannot hold is a lie.
  if (dir.entries * 46 > dir.size) fail('corrupt', 'entry count does not fit the central directory');

  const decoderUtf8 = new TextDecoder('utf-8', { fatal: false });
  const decoderLatin1 = new TextDecoder('latin1');
  const entries: ZipEntry[] = [];
  const names = new Set<string>();
  const end = dir.offset + dir.size;
  let p = dir.offset;
  for (let i = 0; i < dir.entries; i++) {
    if (p + 46 > end || dv.getUint32(p, true) !== SIG_CENTRAL) fail('corrupt', `central record ${i} missing`);
    const nameLen = dv.getUint16(p + 28, true);
    const extraLen = dv.getUint16(p + 30, true);
    const commentLen = dv.getUint16(p + 32, true);
    if (p + 46 + nameLen + extraLen + commentLen > end) fail('corrupt', `central record ${i} truncated`);
    const flags = dv.getUint16(p + 8, true);
    const rawName = bytes.subarray(p + 46, p + 46 + nameLen);
    const entry: ZipEntry = {
      name: (flags & FLAG_UTF8 ? decoderUtf8 : decoderLatin1).decode(rawName),
      flags,
      method: dv.getUint16(p + 10, true),
      crc32: dv.getUint32(p + 16, true),
      compressedSize: dv.getUint32(p + 20, true),
      uncompressedSize: dv.getUint32(p + 24, true),
      localHeaderOffset: dv.getUint32(p + 42, true),
      dataOffset: 0,
    };
    applyZip64(dv, p + 46 + nameLen, p + 46 + nameLen + extraLen, entry);
    p += 46 + nameLen + extraLen + commentLen;

    if (
      flags & (FLAG_ENCRYPTED | FLAG_STRONG_ENCRYPTION | FLAG_ENCRYPTED_DIRECTORY) ||
      entry.method === METHOD_AES
    ) {
      fail('encrypted', entry.name);
    }
    if (entry.method !== METHOD_STORED && entry.method !== METHOD_DEFLATE) {
      fail('unsupportedMethod', `${entry.name}: method ${entry.method}`);
    }
    if (entry.method === METHOD_STORED && entry.compressedSize !== entry.uncompressedSize) {
      fail('corrupt', `${entry.name}: stored sizes differ`);
    }
    if (names.has(entry.name)) fail('corrupt', `duplicate entry ${entry.name}`);
    names.add(entry.name);

    const lh = entry.localHeaderOffset;
    if (lh + 30 > dir.offset || dv.getUint32(lh, true) !== SIG_LOCAL)
      fail('corrupt', `${entry.name}: no local header`);
    const localName = bytes.subarray(lh + 30, lh + 30 + dv.getUint16(lh + 26, true));
    if (Buffer.compare(localName, rawName) !== 0) fail('corrupt', `${entry.name}: local header disagrees`);
    entry.dataOffset = lh + 30 + localName.length + dv.getUint16(lh + 28, true);
    if (entry.dataOffset + entry.compressedSize > dir.offset)
      fail('corrupt', `${entry.name}: data truncated`);
    entries.push(entry);
  }

  const byOffset = [...entries].sort((a, b) => a.localHeaderOffset - b.localHeaderOffset);
  for (let i = 1; i < byOffset.length; i++) {
    const prev = byOffset[i - 1];
    const next = byOffset[i];
    if (prev && next && prev.dataOffset + prev.compressedSize > next.localHeaderOffset) {
      fail('corrupt', `${prev.name} overlaps ${next.name}`);
    }
  }
  return entries;
}

/**
 * Streams an entry's inflated bytes in chunks. Throws 'sizeMismatch' the moment the output
 * passes the declared size (the directory lied: a bomb), and 'corrupt' at the end if it is
 * shorter or the CRC differs, so callers never hold more than one chunk and never trust an unverified entry.
 */
export async function* inflateEntry(bytes: Uint8Array, entry: ZipEntry): AsyncGenerator<Buffer> {
  const raw = Buffer.from(bytes.buffer, bytes.byteOffset + entry.dataOffset, entry.compressedSize);
  let total = 0;
  let crc = 0;
  if (entry.method === METHOD_STORED) {
    total = raw.length;
    crc = crc32(raw);
    if (raw.length > 0) yield raw;
  } else {
    const inflater = createInflateRaw({ chunkSize: 64 * 1024 });
    inflater.end(raw);
    try {
      for await (const chunk of inflater as AsyncIterable<Buffer>) {
        total += chunk.length;
        if (total > entry.uncompressedSize)
          fail('sizeMismatch', `${entry.name}: inflates past its declared size`);
        crc = crc32(chunk, crc);
        yield chunk;
      }
    } catch (error) {
      if (error instanceof ZipFormatError) throw error;
      fail('corrupt', `${entry.name}: ${(error as Error).message}`);
    } finally {
      inflater.destroy();
    }
  }
  if (total !== entry.uncompressedSize) fail('corrupt', `${entry.name}: inflates to only ${total} bytes`);
  if (crc >>> 0 !== entry.crc32) fail('corrupt', `${entry.name}: CRC mismatch`);
}

export interface ZipPart {
  name: string;
  method: number;
  crc32: number;
  uncompressedSize: number;
  /** The entry's bytes exactly as stored (still compressed when method is deflate). */
  data: Uint8Array;
}

/**
 * Writes a plain zip (no data descriptors, no zip64) from already-verified parts, copying their
 * compressed bytes as they are, so re-packing costs no inflation.
 */
export function writeZip(parts: ZipPart[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name, 'utf8');
    const local = Buffer.alloc(30 + name.length);
    local.writeUInt32LE(SIG_LOCAL, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(FLAG_UTF8, 6);
    local.writeUInt16LE(part.method, 8);
    local.writeUInt32LE(part.crc32 >>> 0, 14);
    local.writeUInt32LE(part.data.length, 18);
    local.writeUInt32LE(part.uncompressedSize, 22);
    local.writeUInt16LE(name.length, 26);
    name.copy(local, 30);
    const central = Buffer.alloc(46 + name.length);
    central.writeUInt32LE(SIG_CENTRAL, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    local.copy(central, 8, 6, 30); // flags .. name length are laid out alike in both headers
    central.writeUInt32LE(offset, 42);
    name.copy(central, 46);
    locals.push(local, Buffer.from(part.data.buffer, part.data.byteOffset, part.data.byteLength));
    centrals.push(central);
    offset += local.length + part.data.length;
  }
  const directory = Buffer.concat(centrals);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(SIG_EOCD, 0);
  eocd.writeUInt16LE(parts.length, 8);
  eocd.writeUInt16LE(parts.length, 10);
  eocd.writeUInt32LE(directory.length, 12);
  eocd.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, eocd]);
}
