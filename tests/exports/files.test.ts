import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { exportFileName, safeFileStem, writeExport } from '../../src/main/exports/files';
import { FileRegistry } from '../../src/main/core/file-registry';
import { appErrorOf, useTempDir } from '../helpers';

describe('export file names', () => {
  it('keeps Vietnamese letters and replaces what Windows forbids', () => {
    expect(safeFileStem('Danh sách khen thưởng: 2021/2022 "đợt 1"?')).toBe(
      'Danh sách khen thưởng- 2021-2022 -đợt 1-',
    );
    expect(safeFileStem('a<b>c|d*e\\f')).toBe('a-b-c-d-e-f');
    expect(safeFileStem('tab\there\u0001')).toBe('tab here-');
  });

  it('drops trailing dots and spaces, and guards reserved device names', () => {
    expect(safeFileStem('Danh sách...  ')).toBe('Danh sách');
    expect(safeFileStem('CON')).toBe('CON-');
    expect(safeFileStem('lpt1')).toBe('lpt1-');
  });

  it('falls back when nothing usable is left, and caps the length', () => {
    expect(exportFileName('///', 'xlsx', 'Danh sach')).toBe('Danh sach.xlsx');
    expect(exportFileName('', 'pdf', 'Danh sach')).toBe('Danh sach.pdf');
    expect(safeFileStem('ạ'.repeat(500)).length).toBeLessThanOrEqual(120);
  });

  it('drops bidi controls and other invisible format characters', () => {
    // A right-to-left override would show "Danh sách<U+202E>xslx.exe" as "Danh sáchexe.xlsx".
    expect(safeFileStem('Danh sách\u202Exslx.exe')).toBe('Danh sáchxslx.exe');
    for (const invisible of [
      '\u202A',
      '\u202B',
      '\u202C',
      '\u202D',
      '\u2066',
      '\u2067',
      '\u2068',
      '\u2069',
    ]) {
      expect(safeFileStem(`Khen${invisible}thưởng`)).toBe('Khenthưởng');
    }
    for (const invisible of [
      '\u200B',
      '\u200C',
      '\u200D',
      '\u200E',
      '\u200F',
      '\uFEFF',
      '\u2060',
      '\u00AD',
    ]) {
      expect(safeFileStem(`\uFEFFĐợt${invisible} 1`)).toBe('Đợt 1');
    }
    // Nothing but invisible characters names nothing.
    expect(exportFileName('\u200B\u202E\uFEFF', 'pdf', 'Danh sach')).toBe('Danh sach.pdf');
  });

  it('stores names in NFC', () => {
    expect(safeFileStem('Thơm'.normalize('NFD'))).toBe('Thơm'.normalize('NFC'));
  });
});

describe('writing an export', () => {
  const dir = useTempDir();
  const files = new FileRegistry();

  it('writes through a temporary file and leaves only the finished file', async () => {
    const out = join(dir(), 'exports');
    const file = await writeExport({
      dir: out,
      fileName: 'Danh sách.xlsx',
      rows: 3,
      files,
      write: async (path) => writeFileSync(path, 'nội dung'),
    });
    expect(readdirSync(out)).toEqual(['Danh sách.xlsx']);
    expect(readFileSync(file.path, 'utf8')).toBe('nội dung');
    // Where it is and how to name it again; never its bytes.
    expect(file).toEqual({
      fileName: 'Danh sách.xlsx',
      path: join(out, 'Danh sách.xlsx'),
      size: Buffer.byteLength('nội dung'),
      rows: 3,
      handle: expect.stringMatching(/^[A-Za-z0-9_-]{24}$/) as unknown,
    });
    expect(files.find(file.handle)).toMatchObject({
      path: file.path,
      fileName: file.fileName,
      size: file.size,
    });
  });

  it('gives every written file a handle of its own, even under the same name', async () => {
    const write = async (path: string) => writeFileSync(path, 'x');
    const first = await writeExport({ dir: dir(), fileName: 'a.pdf', rows: 1, files, write });
    const second = await writeExport({ dir: dir(), fileName: 'a.pdf', rows: 1, files, write });
    expect(second.handle).not.toBe(first.handle);
  });

  it('remembers no handle for a file that failed', async () => {
    const registry = new FileRegistry();
    const add = vi.spyOn(registry, 'add');
    await appErrorOf(
      writeExport({
        dir: dir(),
        fileName: 'c.pdf',
        rows: 1,
        files: registry,
        write: () => Promise.reject(new Error('hỏng')),
      }),
    );
    expect(add).not.toHaveBeenCalled();
  });

  it('keeps the earlier file and removes the partial one when writing fails', async () => {
    writeFileSync(join(dir(), 'a.xlsx'), 'bản cũ');
    const error = await appErrorOf(
      writeExport({
        dir: dir(),
        fileName: 'a.xlsx',
        rows: 1,
        files,
        write: async (path) => {
          writeFileSync(path, 'một nửa');
          throw Object.assign(new Error('no space'), { code: 'ENOSPC' });
        },
      }),
    );
    expect(error.code).toBe('DISK_FULL');
    expect(error.message).toBe(
      'Ổ đĩa đã đầy. Hãy giải phóng dung lượng rồi thử lại; dữ liệu đã ghi vẫn an toàn.',
    );
    expect(readFileSync(join(dir(), 'a.xlsx'), 'utf8')).toBe('bản cũ');
    expect(readdirSync(dir())).toEqual(['a.xlsx']);
  });

  it('reports a destination that cannot be replaced and leaves no temporary file', async () => {
    // A folder where the file should go stands in for a file Windows keeps locked.
    mkdirSync(join(dir(), 'b.xlsx', 'inside'), { recursive: true });
    const error = await appErrorOf(
      writeExport({
        dir: dir(),
        fileName: 'b.xlsx',
        rows: 1,
        files,
        write: async (path) => writeFileSync(path, 'x'),
      }),
    );
    expect(error.code).toBe('WRITE_FAILED');
    expect(error.message).toContain('b.xlsx');
    expect(readdirSync(dir())).toEqual(['b.xlsx']);
  });
});
