import { describe, expect, it } from 'vitest';
import { matchDelegateHeading } from '../../src/main/delegates/import-rows';
import { matchHeading } from '../../src/main/imports/headings';

describe('delegate list headings', () => {
  it.each([
    ['Họ và tên', 'fullName'],
    ['HỌ VÀ TÊN ĐẠI BIỂU', 'fullName'],
    ['Chức vụ', 'title'],
    ['Chức danh', 'title'],
    ['Đơn vị', 'unit'],
    ['Cơ quan', 'unit'],
    ['Cơ quan, đơn vị', 'unit'],
    ['Nhóm', 'group'],
    ['Thành phần', 'group'],
    ['Đoàn', 'group'],
    ['Ghế', 'seat'],
    ['Số ghế', 'seat'],
    ['Vị trí ngồi', 'seat'],
    ['Số thẻ', 'badge'],
    ['Mã đại biểu', 'badge'],
    ['Số thứ tự', 'stt'],
    ['Ghi chú', 'notes'],
    ['Thành tích', null],
    ['', null],
  ] as const)('%j names %s', (heading, field) => {
    expect(matchDelegateHeading(heading)).toBe(field);
  });

  it('leaves the nominee headings as they were', () => {
    expect(matchHeading('Chức vụ')).toBe('position');
    expect(matchHeading('Đơn vị đề nghị')).toBe('proposingUnit');
    expect(matchHeading('Số thẻ')).toBeNull();
  });
});
