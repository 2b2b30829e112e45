import ExcelJS from 'exceljs';
import type { Core } from '../../src/main/app/create-core';
import type { Counts } from '../../src/shared/voting';
import { addNominees, APPROVED, createDecision, createRegister } from '../decisions/seed';
import { call, conferenceInput } from '../helpers';
import { countingPoll, presetRules, seatCouncil } from '../voting/seed';

export const OPERATOR = 'Lê Thị Hoa – Văn phòng';
export const MAJORITY = 'Quá bán tổng số thành viên';

/** A conference with approved nominees, a council of five (all present) and the operator set. */
export async function seedWorld(core: Core, operator = OPERATOR) {
  await call(core, 'settings.update', { operatorName: operator });
  const conference = await call(
    core,
    'conferences.create',
    conferenceInput({ title: 'Hội nghị tổng kết thi đua năm 2021', startsAt: '2021-05-19' }),
  );
  const conferenceId = conference.id;
  const ids = await addNominees(core, conferenceId, APPROVED);
  await seatCouncil(core, conferenceId, 5, 5);
  const ruleId = (await presetRules(core))(MAJORITY);
  return { conferenceId, ids, ruleId };
}
export type World = Awaited<ReturnType<typeof seedWorld>>;

/** Valid counts for a poll over `ids` with five ballots: each nominee gets `agree` votes. */
export const fiveBallots = (ids: number[], agree = 4): Counts => ({
  ballotsIssued: 5,
  ballotsReturned: 5,
  valid: 5,
  invalid: 0,
  votes: ids.map((nomineeId) => ({ nomineeId, agree, disagree: 5 - agree, abstain: 0 })),
});

export async function countedPoll(core: Core, w: World) {
  const poll = await countingPoll(core, w.conferenceId, w.ids.slice(0, 2), w.ruleId, 'Bình xét Giấy khen');
  return call(core, 'polls.saveCounts', {
    id: poll.id,
    revision: poll.revision,
    counts: fiveBallots(w.ids.slice(0, 2)),
  });
}

export async function decisionWithAwards(core: Core, w: World) {
  const register = await createRegister(core);
  const decision = await createDecision(core, w.conferenceId, register.id);
  await call(core, 'decisions.assign', {
    decisionId: decision.id,
    revision: decision.revision,
    nomineeIds: w.ids,
  });
  return decision;
}

/** Rows of a unit's list as the importer reads them (a header row, then people). */
export const IMPORTED_NAMES = ['Nguyễn Thị Phượng', 'Trương Quang Vĩnh', 'Hồ Sỹ Đức'];

export async function honoreeListXlsx(names: string[] = IMPORTED_NAMES): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Danh sách');
  sheet.addRow(['STT', 'Họ và tên', 'Chức vụ', 'Đơn vị', 'Hình thức khen thưởng']);
  names.forEach((name, i) => sheet.addRow([i + 1, name, 'Chuyên viên', 'Phường Sông Trí', 'Giấy khen']));
  return Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
}

export async function openImport(core: Core, conferenceId: number, names?: string[]) {
  return call(core, 'imports.open', {
    conferenceId,
    fileName: 'danh-sach-phuong-song-tri.xlsx',
    contentBase64: await honoreeListXlsx(names),
  });
}

export const auditRows = (core: Core) =>
  core.context.store.db.selectFrom('audit_log').selectAll().orderBy('id').execute();
