import { randomBytes } from 'node:crypto';

/** A file the core wrote, as the registry knows it. */
export interface RegisteredFile {
  handle: string;
  path: string;
  fileName: string;
  size: number;
  /** Milliseconds on the registry's clock. */
  writtenAt: number;
}

/** What a transport may ask about the written files besides the API (the web host's downloads). */
export interface CoreFiles {
  /** The file for one download by its handle; null when unknown, already taken or expired. */
  take(handle: string): Promise<RegisteredFile | null>;
}

export interface FileRegistryOptions {
  /** The registry's clock (milliseconds); tests move it forward. */
  now?: () => number;
  /** How long a download handle stays usable. */
  downloadTtlMs?: number;
  /** How many written files are remembered; the oldest are forgotten first. */
  limit?: number;
}

export const DOWNLOAD_TTL_MS = 10 * 60 * 1000;
const DEFAULT_LIMIT = 500;

/**
 * The files this core wrote, each under a random handle. A path that comes back from the
 * window is never trusted: the shell opens only what is found here. A download takes a file
 * once, within the time limit, and forgets it; the desktop opens a file as often as it likes.
 */
export class FileRegistry {
  private readonly files = new Map<string, RegisteredFile>();
  private readonly now: () => number;
  private readonly ttl: number;
  private readonly limit: number;

  constructor(options: FileRegistryOptions = {}) {
    this.now = options.now ?? Date.now;
    this.ttl = options.downloadTtlMs ?? DOWNLOAD_TTL_MS;
    this.limit = options.limit ?? DEFAULT_LIMIT;
  }

  /** Remembers a written file and returns its new handle. */
  add(file: { path: string; fileName: string; size: number }): string {
    const handle = randomBytes(18).toString('base64url');
    this.files.set(handle, { ...file, handle, writtenAt: this.now() });
    // Maps keep insertion order, so the first key is the oldest file.
    while (this.files.size > this.limit) {
      const oldest = this.files.keys().next().value;
      if (oldest === undefined) break;
      this.files.delete(oldest);
    }
    return handle;
  }

  /** A file this core wrote, for the desktop to open or show; null when unknown. */
  find(handle: string): RegisteredFile | null {
    return this.files.get(handle) ?? null;
  }

  /** The file for one download: null when unknown, already taken or expired. Forgotten either way. */
  take(handle: string): RegisteredFile | null {
    const file = this.files.get(handle);
    if (!file) return null;
    this.files.delete(handle);
    return this.now() - file.writtenAt < this.ttl ? file : null;
  }
}
