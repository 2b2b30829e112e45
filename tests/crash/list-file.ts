import ExcelJS from 'exceljs';

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Đặng', 'Bùi', 'Đinh'];
const GIVEN = ['Thơm', 'Mến', 'Hải', 'Liên', 'Đức', 'Yến', 'Thủy', 'Khánh', 'Ánh'];
const UNITS = ['Đảng bộ xã Kỳ Hoa', 'Văn phòng Thị ủy', 'Chi bộ Khối dân', 'Công an thị xã'];

/**
 * An honoree list of `count` individuals, every name different: the three columns an import
 * needs and no more, which keeps writing and reading it once short.
 */
export async function honoreeList(count: number): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Danh sách');
  sheet.addRow(['Họ và tên', 'Đơn vị', 'Hình thức khen thưởng']);
  for (let i = 0; i < count; i++) {
    const name = `${FAMILY[i % FAMILY.length]} Văn ${GIVEN[Math.floor(i / 8) % GIVEN.length]} ${i + 1}`;
    sheet.addRow([name, UNITS[i % UNITS.length], 'Giấy khen']);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
