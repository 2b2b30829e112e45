import ExcelJS from 'exceljs';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Core } from '../../src/main/app/create-core';
import { DATA_SHEET } from '../../src/main/exports/xlsx-data-sheet';
import { LIST_SHEET } from '../../src/main/exports/xlsx-list-sheet';
import { listOptionsRecord } from '../../src/shared/exports';
import type { NomineeInput } from '../../src/shared/nominees';
import { call, conferenceInput, useCores, useTempDir, writtenBase64 } from '../helpers';

type Draft = Omit<NomineeInput, 'awardFormId'> & { form: string };

// A collective, two people (one with a full date of birth) and a household, with the texts that
// trip spreadsheets up: a leading "=", a leading "- " and a line break.
const DRAFTS: Draft[] = [
  {
    kind: 'tap_the',
    fullName: 'Đảng bộ Công an thị xã',
    unitName: 'Công an thị xã Kỳ Anh',
    achievement: '- Hoàn thành xuất sắc nhiệm vụ năm 2020;\n- Có mô hình “làm theo” hiệu quả.',
    form: 'Bằng khen',
  },
  {
    kind: 'ca_nhan',
    honorific: 'ba',
    fullName: 'Đinh Thị Thơm',
    gender: 'nu',
    birth: '1978',
    position: 'Cán bộ',
    unitName: 'Đảng bộ Công an thị xã',
    achievement: 'Có mô hình “làm theo” thiết thực, hiệu quả, có sức lan tỏa',
    proposingUnitName: 'Đảng ủy Công an thị xã',
    notes: '=1+1 (ghi đúng như vậy)',
    form: 'Giấy khen',
  },
  {
    kind: 'ca_nhan',
    honorific: 'ong',
    fullName: 'Nguyễn Văn Mến',
    gender: 'nam',
    birth: '1975-05-19',
    position: 'Đảng viên',
    unitName: 'Đảng bộ xã Kỳ Hoa',
    achievement: 'Tích cực vận động Nhân dân hiến đất, góp công xây dựng đường giao thông nông thôn',
    form: 'Giấy khen',
  },
  {
    kind: 'ho_gia_dinh',
    fullName: 'Hộ ông Trần Văn Bình',
    unitName: 'Thôn Tân Phúc, xã Kỳ Hoa',
    achievement: 'Hiến 300 m² đất làm đường giao thông nông thôn',
    form: 'Giấy biểu dương',
  },
];

describe('the Excel honoree list through the core', () => {
  const dir = useTempDir('hoi-nghi-xlsx-core-');
  const openCore = useCores();

  async function conferenceWithHonorees(core: Core) {
    const conference = await call(
      core,
      'conferences.create',
      conferenceInput({ organiser: 'Ban Thường vụ Thị ủy Kỳ Anh' }),
    );
    const forms = new Map((await call(core, 'awards.list', {})).map((f) => [f.name, f.id]));
    for (const { form, ...draft } of DRAFTS) {
      await call(core, 'nominees.create', {
        conferenceId: conference.id,
        ...draft,
        awardFormId: forms.get(form) ?? null,
        status: 'duoc_duyet',
      });
    }
    // Proposed but not approved: not on a list of approved honorees.
    await call(core, 'nominees.create', {
      conferenceId: conference.id,
      kind: 'ca_nhan',
      fullName: 'Lê Thị Kim Liên',
      status: 'de_nghi',
    });
    return { conference, forms };
  }

  async function exportList(core: Core, conferenceId: number) {
    return call(core, 'exports.honoreeList', {
      conferenceId,
      format: 'xlsx',
      options: listOptionsRecord.parse({ decisionNumber: '123-QĐ/ThU', signerName: 'Nguyễn Văn A' }),
      fileName: '',
    });
  }

  it('writes the file into the exports folder atomically and returns the same bytes', async () => {
    const exportsDir = join(dir(), 'Hội nghị', 'exports');
    const core = await openCore({ dataDir: join(dir(), 'data'), exportsDir });
    const { conference } = await conferenceWithHonorees(core);
    const file = await exportList(core, conference.id);

    expect(file.fileName).toBe(
      'Danh sách tập thể, cá nhân, hộ gia đình được khen thưởng - Hội nghị tổng kết công tác năm 2023.xlsx',
    );
    expect(dirname(file.path)).toBe(exportsDir);
    expect(existsSync(file.path)).toBe(true);
    expect(readdirSync(exportsDir)).toEqual([file.fileName]); // no temporary file left behind
    const bytes = readFileSync(file.path);
    expect(file.size).toBe(bytes.length);
    expect(Object.keys(file).sort()).toEqual(['fileName', 'handle', 'path', 'rows', 'size']);
    expect(file.rows).toBe(DRAFTS.length);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file.path);
    expect(workbook.worksheets.map((s) => s.name)).toEqual([LIST_SHEET, DATA_SHEET]);
    const list = workbook.getWorksheet(LIST_SHEET);
    expect(list?.getCell('A1').value).toBe('BAN THƯỜNG VỤ THỊ ỦY KỲ ANH');
    expect(list?.getCell('E1').value).toBe('ĐẢNG CỘNG SẢN VIỆT NAM');
    const names = list?.getColumn(2).values.filter((v) => typeof v === 'string');
    expect(names).toEqual(
      expect.arrayContaining(['Đảng bộ Công an thị xã', 'Đinh Thị Thơm', 'Hộ ông Trần Văn Bình']),
    );
    expect(names).not.toContain('Lê Thị Kim Liên');
    expect(workbook.getWorksheet(DATA_SHEET)?.rowCount).toBe(DRAFTS.length + 1);

    // A second export sits beside the first instead of replacing it, still without leftovers.
    const again = await exportList(core, conference.id);
    expect(again.fileName).toBe(file.fileName.replace(/\.xlsx$/, ' (2).xlsx'));
    expect(readdirSync(exportsDir).sort()).toEqual([file.fileName, again.fileName].sort());
    expect(readFileSync(file.path).equals(bytes)).toBe(true);
  });

  it('imports back into another conference: every field of every honoree as it was', async () => {
    const core = await openCore({ dataDir: dir() });
    const { conference, forms } = await conferenceWithHonorees(core);
    const file = await exportList(core, conference.id);

    const other = await call(core, 'conferences.create', conferenceInput({ title: 'Hội nghị sơ kết 2024' }));
    const preview = await call(core, 'imports.open', {
      conferenceId: other.id,
      fileName: file.fileName,
      contentBase64: writtenBase64(file),
    });
    expect(preview.sheetName).toBe(DATA_SHEET);
    expect(preview.headerRow).toBe(1);
    expect(preview.rows.every((r) => r.issues.length === 0)).toBe(true);
    const imported = preview.rows.map((r) => ({
      kind: r.kind,
      honorific: r.honorific,
      fullName: r.fullName,
      gender: r.gender,
      birth: r.birth,
      position: r.position,
      unitName: r.unitName,
      achievement: r.achievement,
      awardFormId: r.awardFormId,
      proposingUnitName: r.proposingUnitName,
      notes: r.notes,
    }));
    expect(imported).toEqual(
      DRAFTS.map(({ form, ...d }) => ({
        kind: d.kind,
        honorific: d.honorific ?? null,
        fullName: d.fullName,
        gender: d.gender ?? null,
        birth: d.birth ?? '',
        position: d.position ?? '',
        unitName: d.unitName ?? '',
        achievement: d.achievement ?? '',
        awardFormId: forms.get(form) ?? null,
        proposingUnitName: d.proposingUnitName ?? '',
        notes: d.notes ?? '',
      })),
    );
  });
});
