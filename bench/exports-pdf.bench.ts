import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Honoree } from '../src/main/exports/honorees';
import { buildListModel, type ListModel } from '../src/main/exports/list-model';
import { writeListPdf } from '../src/main/exports/pdf-list';
import { listOptionsRecord } from '../src/shared/exports';
import { personAt } from './generate';
import { defineBenchmark, timeMs } from './types';

/**
 * The honoree list PDF at the size of the largest lists in DOMAIN.md (Cần Thơ honoured 1,879,
 * Bắc Kạn 1,567 exemplars) and well beyond: a tenth collectives, the rest individuals, every
 * column of the official list filled.
 */

interface State {
  dir: string;
  model: ListModel;
}

export function generatedHonorees(count: number): Honoree[] {
  const collectives = Math.floor(count / 10);
  return Array.from({ length: count }, (_, i) => {
    const p = personAt(i);
    const collective = i < collectives;
    return {
      id: i + 1,
      kind: collective ? 'tap_the' : 'ca_nhan',
      honorific: null,
      fullName: collective ? `Chi bộ thôn ${i + 1} ${p.unitName}` : p.fullName,
      gender: null,
      birth: '',
      position: collective ? '' : p.position,
      unitName: collective ? '' : p.unitName,
      achievement: p.achievement,
      awardFormId: 1,
      awardFormName: p.form,
      awardFormRank: 500,
      proposingUnitName: '',
      status: 'duoc_duyet',
      notes: i % 7 === 0 ? 'Lần thứ hai' : '',
    };
  });
}

export function listModel(count: number): ListModel {
  const options = listOptionsRecord.parse({
    decisionNumber: '123-QĐ/ThU',
    decisionDate: '2021-05-19',
    decisionIssuer: 'Ban Thường vụ Thị ủy',
    signerCapacity: 'T/M Ban Thường vụ',
    signerTitle: 'Bí thư',
    signerName: 'Hoàng Văn Bình',
  });
  return buildListModel(generatedHonorees(count), options, {
    organiser: 'Ban Chấp hành Đảng bộ thị xã Kỳ Anh',
    partyHeader: true,
  });
}

const listPdf = (name: string, count: number) =>
  defineBenchmark<State>({
    name,
    unit: 'ms',
    setup: async () => ({ dir: mkdtempSync(join(tmpdir(), 'hoi-nghi-bench-')), model: listModel(count) }),
    // From a built model to the file on disk, as the export does after reading the honorees.
    run: ({ dir, model }) => timeMs(() => writeListPdf(model, join(dir, 'danh-sach.pdf'))),
    teardown: async ({ dir }) => rmSync(dir, { recursive: true, force: true }),
  });

export const exportPdfBenchmarks = [listPdf('pdf_list_1k_ms', 1_000), listPdf('pdf_list_10k_ms', 10_000)];
