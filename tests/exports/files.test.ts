import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportFileName, safeFileStem, writeExport } from '../../src/main/exports/files';
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

  it('stores names in NFC', () => {
    expect(safeFileStem('Thơm'.normalize('NFD'))).toBe('Thơm'.normalize('NFC'));
  });
});

describe('writing an export', () => {
  const dir = useTempDir();

  it('writes through a temporary file and leaves only the finished file', async () => {
    const out = join(dir(), 'exports');
    const file = await writeExport({
      dir: out,
      fileName: 'Danh sách.xlsx',
      rows: 3,
      write: async (path) => writeFileSync(path, 'nội dung'),
    });
    expect(readdirSync(out)).toEqual(['Danh sách.xlsx']);
    expect(file).toMatchObject({ fileName: 'Danh sách.xlsx', path: join(out, 'Danh sách.xlsx'), rows: 3 });
    expect(Buffer.from(file.contentBase64, 'base64').toString()).toBe('nội dung');
    expect(file.bytes).toBe(Buffer.byteLength('nội dung'));
  });

  it('keeps the earlier file and removes the partial one when writing fails', async () => {
    writeFileSync(join(dir(), 'a.xlsx'), 'bản cũ');
    const error = await appErrorOf(
      writeExport({
        dir: dir(),
        fileName: 'a.xlsx',
        rows: 1,
        write: async (path) => {
          writeFileSync(path, 'một nửa');
          throw Object.assign(new Error('no space'), { code: 'ENOSPC' });
        },
      }),
    );
    expect(error.code).toBe('WRITE_FAILED');
    expect(error.message).toContain('Ổ đĩa đã đầy');
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
        write: async (path) => writeFileSync(path, 'x'),
      }),
    );
    expect(error.code).toBe('WRITE_FAILED');
    expect(error.message).toContain('b.xlsx');
    expect(readdirSync(dir())).toEqual(['b.xlsx']);
  });
});
