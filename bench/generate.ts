import ExcelJS from 'exceljs';

const FAMILY = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Hoàng',
  'Huỳnh',
  'Phan',
  'Vũ',
  'Võ',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Hồ',
  'Ngô',
  'Dương',
  'Lý',
  'Đinh',
];
const MIDDLE = ['Văn', 'Thị', 'Hữu', 'Đức', 'Ngọc', 'Minh', 'Thanh', 'Quốc', 'Kim', 'Xuân', 'Hồng'];
const GIVEN = [
  'An',
  'Ân',
  'Bình',
  'Cường',
  'Diên',
  'Dũng',
  'Đạt',
  'Đông',
  'Hà',
  'Hiếu',
  'Huệ',
  'Liên',
  'Linh',
  'Mến',
  'Nhung',
  'Phương',
  'Sơn',
  'Tâm',
  'Thắng',
  'Thơm',
  'Thủy',
  'Toàn',
  'Trung',
  'Ưng',
  'Yến',
];
const POSITIONS = [
  'Đảng viên',
  'Cán bộ',
  'Bác sĩ',
  'Trưởng thôn',
  'Bí thư Chi bộ',
  'Phó Chủ tịch UBND xã',
  'Chi hội trưởng Hội Cựu chiến binh',
];
const UNITS = [
  'Đảng bộ xã Kỳ Hoa',
  'Đảng bộ Công an thị xã',
  'Chi bộ Khối dân',
  'Đảng bộ phường Kỳ Phương',
  'Đảng bộ xã Kỳ Liên',
  'Đảng bộ phường Sông Trí',
  'Hội Chữ thập đỏ thị xã Kỳ Anh',
];
const ACHIEVEMENTS = [
  'Đã có thành tích xuất sắc trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh giai đoạn 2016 - 2021',
  'Tích cực vận động Nhân dân hiến đất, góp công xây dựng đường giao thông nông thôn',
  'Điển hình tiên tiến trong xây dựng nông thôn mới, đô thị văn minh',
  'Có mô hình “làm theo” thiết thực, hiệu quả, có sức lan tỏa',
];
const FORMS = ['Giấy khen', 'Biểu dương', 'Bằng khen'];

const pick = <T>(list: T[], i: number): T => list[i % list.length] as T;

/** A deterministic Vietnamese person, different for each i. */
export function personAt(i: number) {
  return {
    fullName: `${pick(FAMILY, i)} ${pick(MIDDLE, Math.floor(i / 17))} ${pick(GIVEN, Math.floor(i / 187))} ${i}`,
    position: pick(POSITIONS, i),
    unitName: pick(UNITS, Math.floor(i / 3)),
    achievement: pick(ACHIEVEMENTS, i),
    form: pick(FORMS, i),
  };
}

/**
 * An honoree list in the official layout (issuer header, title, "Kèm theo" line, table with
 * "I. TẬP THỂ" / "II. CÁ NHÂN" sections, count line, signature block) with `count` rows.
 */
export async function officialList(count: number): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Danh sach');
  sheet.addRow(['BAN CHẤP HÀNH ĐẢNG BỘ THỊ XÃ KỲ ANH', '', '', '', 'ĐẢNG CỘNG SẢN VIỆT NAM']);
  sheet.addRow(['*']);
  sheet.addRow(['DANH SÁCH TẬP THỂ, CÁ NHÂN ĐƯỢC KHEN THƯỞNG']);
  sheet.addRow(['(Kèm theo Quyết định số 123-QĐ/ThU ngày 19 tháng 5 năm 2021)']);
  sheet.addRow([]);
  sheet.addRow([
    'STT',
    'Họ và tên / Tên tập thể',
    'Chức vụ',
    'Đơn vị',
    'Thành tích',
    'Hình thức khen thưởng',
    'Ghi chú',
  ]);
  const collectives = Math.floor(count / 10);
  sheet.addRow(['I. TẬP THỂ']);
  for (let i = 0; i < collectives; i++) {
    const p = personAt(i);
    sheet.addRow([i + 1, `Chi bộ thôn ${i + 1} ${p.unitName}`, '', '', p.achievement, p.form]);
  }
  sheet.addRow(['II. CÁ NHÂN']);
  for (let i = collectives; i < count; i++) {
    const p = personAt(i);
    sheet.addRow([i + 1, p.fullName, p.position, p.unitName, p.achievement, p.form]);
  }
  sheet.addRow([]);
  sheet.addRow([`(Danh sách có ${collectives} tập thể và ${count - collectives} cá nhân)`]);
  sheet.addRow(['', '', '', '', 'T/M BAN THƯỜNG VỤ']);
  sheet.addRow(['', '', '', '', 'BÍ THƯ']);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
