import { describe, expect, it } from 'vitest';
import { actionWord, entityWord } from '../../src/shared/audit';
import { auditLines, auditSummary, dayStart } from '../../src/shared/audit-format';

describe('audit values as readable lines', () => {
  it.each([
    ['nothing', null, []],
    ['a bare poll state', 'counting', ['Đang kiểm phiếu']],
    ['a bare unknown code', 'something_new', ['something_new']],
    [
      'an award change',
      { fullName: 'Đinh Thị Thơm', awardForm: 'Giấy khen', status: 'duoc_duyet' },
      ['Họ và tên: Đinh Thị Thơm', 'Hình thức khen thưởng: Giấy khen', 'Trạng thái: Được duyệt'],
    ],
    // A code word only where a code is stored: a name reading "rut" stays a name.
    [
      'a name that looks like a code',
      { fullName: 'rut', status: 'rut' },
      ['Họ và tên: rut', 'Trạng thái: Rút'],
    ],
    ['no award form', { awardForm: null }, ['Hình thức khen thưởng: (trống)']],
    [
      'numbers in Vietnamese',
      { nextNumber: 1567, percent: 66.666 },
      ['Số tiếp theo: 1.567', 'Tỷ lệ %: 66,67'],
    ],
    ['yes and no', { secret: true, strict: false }, ['Bỏ phiếu kín: Có', 'Phải vượt ngưỡng: Không']],
    ['a list of ids', { nomineeIds: [3, 1, 2] }, ['Mã đối tượng: 3, 1, 2']],
    ['an empty list', { nomineeIds: [] }, ['Mã đối tượng: (trống)']],
    [
      'nested objects',
      { attendance: { totalMembers: 9, present: 7 } },
      ['Tham dự:', '  Tổng số thành viên: 9', '  Có mặt: 7'],
    ],
    [
      'a list of objects',
      { votes: [{ nomineeId: 4, agree: 7 }] },
      ['Số phiếu:', '  – Mã đối tượng: 4; Đồng ý: 7'],
    ],
    ['a key this version does not know', { colour: 'đỏ' }, ['colour: đỏ']],
    ['a list of bulk changes', [{ fullName: 'A', status: 'rut' }], ['– Họ và tên: A; Trạng thái: Rút']],
  ] as const)('%s', (_name, value, lines) => {
    expect(auditLines(value)).toEqual(lines);
  });

  it('names entities and actions in Vietnamese, unknown codes as they are', () => {
    expect(entityWord('poll')).toBe('Cuộc bỏ phiếu');
    expect(actionWord('reopen')).toBe('Mở lại bỏ phiếu');
    expect(entityWord('toString')).toBe('toString');
    expect(actionWord('later')).toBe('later');
  });

  it.each([
    ['2026-03-01', 0, new Date(2026, 2, 1).toISOString()],
    ['2026-02-28', 1, new Date(2026, 2, 1).toISOString()],
    ['2026-12-31', 1, new Date(2027, 0, 1).toISOString()],
    ['01/03/2026', 0, null],
    ['', 0, null],
  ] as const)('the day %s plus %i starts at %s', (day, plus, expected) => {
    expect(dayStart(day, plus)).toBe(expected);
  });
});

describe('the content column', () => {
  const entry = (detail: string, before: unknown, after: unknown, entityId: number | null = 7) => ({
    detail,
    entityId,
    before,
    after,
  });
  it.each([
    ['the detail first', entry('Nhập nhầm', null, { title: 'Bình xét' }), 'Nhập nhầm'],
    ['a decision number', entry('', null, { number: '123-QĐ/ThU', issuer: 'Thị ủy' }), '123-QĐ/ThU'],
    ['a title after', entry('', { title: 'Cũ' }, { title: 'Mới' }), 'Mới'],
    ['before when nothing after', entry('', { fullName: 'Võ Thị Sáu' }, null), 'Võ Thị Sáu'],
    ['a register name', entry('', null, { name: 'Sổ vàng 2021', nextNumber: 1 }), 'Sổ vàng 2021'],
    ['the id at last', entry('', 'draft', 'voting'), '#7'],
    ['nothing without an id', entry('', null, null, null), ''],
  ] as const)('%s', (_name, value, expected) => {
    expect(auditSummary(value)).toBe(expected);
  });
});
