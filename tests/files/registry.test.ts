import { describe, expect, it } from 'vitest';
import { DOWNLOAD_TTL_MS, FileRegistry } from '../../src/main/core/file-registry';

const FILE = { path: '/tmp/xuat/Danh sách.xlsx', fileName: 'Danh sách.xlsx', size: 42 };

describe('the written files', () => {
  it('hands out random, URL-safe handles', () => {
    const files = new FileRegistry();
    const handles = new Set(Array.from({ length: 50 }, () => files.add(FILE)));
    expect(handles.size).toBe(50);
    for (const handle of handles) expect(handle).toMatch(/^[A-Za-z0-9_-]{24}$/);
  });

  it('lets a download take a file once', () => {
    const files = new FileRegistry();
    const handle = files.add(FILE);
    expect(files.take(handle)).toMatchObject(FILE);
    expect(files.take(handle)).toBeNull();
    expect(files.find(handle)).toBeNull();
  });

  it.each([
    ['just before the limit', DOWNLOAD_TTL_MS - 1, true],
    ['at the limit', DOWNLOAD_TTL_MS, false],
    ['an hour later', 60 * 60 * 1000, false],
  ])('serves a download %s: %s', (_, elapsed, served) => {
    let now = 1_000_000;
    const files = new FileRegistry({ now: () => now });
    const handle = files.add(FILE);
    now += elapsed;
    expect(files.take(handle) !== null).toBe(served);
    // Expired or not, a taken handle is gone.
    expect(files.take(handle)).toBeNull();
  });

  it('keeps a file for the desktop to open as often as it likes, after the download limit too', () => {
    let now = 0;
    const files = new FileRegistry({ now: () => now });
    const handle = files.add(FILE);
    now += DOWNLOAD_TTL_MS * 10;
    expect(files.find(handle)).toMatchObject(FILE);
    expect(files.find(handle)).toMatchObject(FILE);
  });

  it('knows nothing of a handle it did not give', () => {
    const files = new FileRegistry();
    files.add(FILE);
    expect(files.find('x'.repeat(24))).toBeNull();
    expect(files.take('x'.repeat(24))).toBeNull();
    expect(files.find('__proto__')).toBeNull();
  });

  it('forgets the oldest files past its limit', () => {
    const files = new FileRegistry({ limit: 3 });
    const handles = [1, 2, 3, 4].map((n) => files.add({ ...FILE, fileName: `${n}.pdf` }));
    expect(files.find(handles[0] ?? '')).toBeNull();
    expect(handles.slice(1).map((h) => files.find(h)?.fileName)).toEqual(['2.pdf', '3.pdf', '4.pdf']);
  });
});
