import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { openImport } from '../audit/seed';
import { call, callError, conferenceInput } from '../helpers';
import { useCluster } from './cluster';

async function delegateList(): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Đại biểu');
  sheet.addRow(['STT', 'Họ và tên', 'Chức danh', 'Cơ quan', 'Mã đại biểu']);
  sheet.addRow([1, 'Nguyễn Văn Bình', 'Bí thư Thị ủy', 'Thị ủy Kỳ Anh', '001']);
  sheet.addRow([2, 'Đinh Thị Thơm', 'Chủ tịch', 'Hội Phụ nữ', '002']);
  return Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
}

describe('a file opened through one server process and written through another', () => {
  const cluster = useCluster();

  it('a nominee list: the other process says to open the file again, and writes nothing', async () => {
    const [a, b] = await cluster.open(2);
    const conference = await call(a, 'conferences.create', conferenceInput());
    const preview = await openImport(a, conference.id);
    for (const [method, input] of [
      ['imports.commit', { importId: preview.importId }],
      ['imports.remap', { importId: preview.importId, headerRow: 1 }],
    ] as const) {
      const refused = await callError(b, method, input);
      expect(refused.code).toBe('NOT_FOUND');
      expect(refused.message).toContain('máy chủ khác');
      expect(refused.message).toContain('hãy chọn lại tệp');
      expect(refused.details).toEqual({ reopen: true });
    }
    expect((await call(b, 'nominees.list', { conferenceId: conference.id })).rows).toEqual([]);
    // The process that opened it still writes it.
    const written = await call(a, 'imports.commit', { importId: preview.importId });
    expect(written.created).toBe(3);
    // Written once: a second commit, here or there, is told the file is gone.
    expect((await callError(a, 'imports.commit', { importId: preview.importId })).message).toContain(
      'hết hạn',
    );
    expect((await callError(b, 'imports.commit', { importId: preview.importId })).message).toContain(
      'máy chủ khác',
    );
  });

  it('a delegate list: the same refusal, and the list written where it was opened', async () => {
    const [a, b] = await cluster.open(2);
    const conference = await call(a, 'conferences.create', conferenceInput());
    const preview = await call(a, 'delegates.importOpen', {
      conferenceId: conference.id,
      fileName: 'dai-bieu.xlsx',
      contentBase64: await delegateList(),
    });
    const refused = await callError(b, 'delegates.importCommit', { importId: preview.importId });
    expect(refused.code).toBe('NOT_FOUND');
    expect(refused.message).toContain('máy chủ khác');
    await call(a, 'delegates.importCommit', { importId: preview.importId });
    expect((await call(b, 'delegates.attendance', { conferenceId: conference.id })).total).toBe(2);
  });
});
