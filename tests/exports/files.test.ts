import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { exportFileName, numberedName, safeFileStem, writeExport } from '../../src/main/exports/files';
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

  it.each([
    ['Giấy khen', 'QĐ 123/QĐ-ThU', 'pdf', 'Giấy khen - QĐ 123-QĐ-ThU.pdf'],
    ['Phiếu bầu', 'Bình xét Giấy khen', 'pdf', 'Phiếu bầu - Bình xét Giấy khen.pdf'],
    ['Mẫu giấy khen', 'Mẫu A', 'hoinghi-mau.json', 'Mẫu giấy khen - Mẫu A.hoinghi-mau.json'],
    // A name the person typed has no "which".
    ['Danh sách đợt 1', '', 'xlsx', 'Danh sách đợt 1.xlsx'],
    // Nothing usable left on one side: the other names the file alone.
    ['Danh sách', '///', 'xlsx', 'Danh sách.xlsx'],
    ['', 'Hội nghị', 'pdf', 'Hội nghị.pdf'],
    ['', '', 'pdf', 'Tệp xuất.pdf'],
  ])('names "%s" + "%s" as <what> - <which>.<ext>', (what, which, extension, expected) => {
    expect(exportFileName(what, which, extension)).toBe(expected);
  });

  it('caps the length, cutting a long title between words', () => {
    expect(safeFileStem('ạ'.repeat(500)).length).toBeLessThanOrEqual(150);
    const name = exportFileName('Danh sách khen thưởng', 'Hội nghị tổng kết '.repeat(20), 'xlsx');
    expect(name.length).toBeLessThanOrEqual(150 + '.xlsx'.length);
    expect(name).toMatch(/^Danh sách khen thưởng - Hội nghị tổng kết Hội nghị .*(nghị|tổng|kết)…\.xlsx$/);
  });

  it.each([
    ['Giấy khen - QĐ 12.pdf', 2, 'Giấy khen - QĐ 12 (2).pdf'],
    ['Giấy khen - QĐ 12.pdf', 1, 'Giấy khen - QĐ 12.pdf'],
    ['Mẫu giấy khen - A.hoinghi-mau.json', 3, 'Mẫu giấy khen - A (3).hoinghi-mau.json'],
    ['Chương trình - Hội nghị 05-CT.TW.pdf', 2, 'Chương trình - Hội nghị 05-CT.TW (2).pdf'],
  ])('numbers "%s" as copy %i: %s', (name, n, expected) => {
    expect(numberedName(name, n)).toBe(expected);
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
    expect(exportFileName('Danh sách', '\u200B\u202E\uFEFF', 'pdf')).toBe('Danh sách.pdf');
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

  it('never replaces a file: the same name again gets " (2)", then " (3)"', async () => {
    const out = dir();
    const writeText = (text: string) => async (path: string) => writeFileSync(path, text);
    const names: string[] = [];
    for (const text of ['một', 'hai', 'ba']) {
      const file = await writeExport({
        dir: out,
        fileName: 'Giấy khen - QĐ 1.pdf',
        rows: 1,
        files,
        write: writeText(text),
      });
      names.push(file.fileName);
      expect(file.path).toBe(join(out, file.fileName));
      expect(files.find(file.handle)?.fileName).toBe(file.fileName);
    }
    expect(names).toEqual(['Giấy khen - QĐ 1.pdf', 'Giấy khen - QĐ 1 (2).pdf', 'Giấy khen - QĐ 1 (3).pdf']);
    expect(readdirSync(out).sort()).toEqual([...names].sort());
    expect(names.map((name) => readFileSync(join(out, name), 'utf8'))).toEqual(['một', 'hai', 'ba']);
  });

  it('gives two exports of one name written at once two files', async () => {
    const out = dir();
    const write = async (path: string) => writeFileSync(path, 'x');
    const both = await Promise.all(
      [1, 2].map(() => writeExport({ dir: out, fileName: 'a.pdf', rows: 1, files, write })),
    );
    expect(both.map((f) => f.fileName).sort()).toEqual(['a (2).pdf', 'a.pdf']);
    expect(both[1]?.handle).not.toBe(both[0]?.handle);
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

  it('steps around a name taken by a folder and leaves no temporary file', async () => {
    mkdirSync(join(dir(), 'b.xlsx', 'inside'), { recursive: true });
    const file = await writeExport({
      dir: dir(),
      fileName: 'b.xlsx',
      rows: 1,
      files,
      write: async (path) => writeFileSync(path, 'x'),
    });
    expect(file.fileName).toBe('b (2).xlsx');
    expect(readdirSync(dir()).sort()).toEqual(['b (2).xlsx', 'b.xlsx']);
  });

  it('reports a file it could not write, by name, and leaves no temporary file', async () => {
    const error = await appErrorOf(
      writeExport({
        dir: dir(),
        fileName: 'b.xlsx',
        rows: 1,
        files,
        write: () => Promise.reject(Object.assign(new Error('busy'), { code: 'EBUSY' })),
      }),
    );
    expect(error.code).toBe('WRITE_FAILED');
    expect(error.message).toContain('b.xlsx');
    expect(readdirSync(dir())).toEqual([]);
  });
});
