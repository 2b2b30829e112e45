import type { CertificateText } from '../../../src/shared/certificates';

/** A real-looking certificate text, with a collective's long name and every kind of mark. */
export const LONG_NAME = 'Trường Trung học cơ sở Nguyễn Thị Minh Khai phường Hưng Trí thị xã Kỳ Anh';

export const SAMPLE: CertificateText = {
  issuer: 'Ban Thường vụ Thị ủy Kỳ Anh',
  formTitle: 'Giấy khen',
  recipient: LONG_NAME,
  positionUnit: 'Chức vụ: Bí thư Chi bộ, Hiệu trưởng; Đơn vị: Đảng bộ phường Hưng Trí',
  achievement:
    'Đã có thành tích xuất sắc trong 5 năm thực hiện Chỉ thị 05-CT/TW của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh giai đoạn 2016 - 2021',
  decisionLine: 'Quyết định số 123-QĐ/ThU ngày 19 tháng 5 năm 2021 của Ban Thường vụ Thị ủy Kỳ Anh',
  registerNumber: '125/KT',
  datedLine: 'Kỳ Anh, ngày 19 tháng 5 năm 2021',
  signerCapacity: 'T/M Ban Thường vụ',
  signerTitle: 'Bí thư',
  signerName: 'Nguyễn Văn Đức',
};

export const withRecipient = (recipient: string): CertificateText => ({ ...SAMPLE, recipient });

/** The 67 lower-case Vietnamese letters with a mark, and their 67 capitals: 134 in all. */
const LOWER = 'àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ';
export const VIETNAMESE_LETTERS = [...LOWER, ...LOWER.toLocaleUpperCase('vi')];
