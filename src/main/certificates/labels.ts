import type { FieldKey } from '../../shared/certificates';

/** Vietnamese names of the fields, for messages that say which box is wrong. */
export const FIELD_LABELS: Readonly<Record<FieldKey, string>> = {
  emblem: 'Quốc huy / Đảng huy',
  motto: 'Quốc hiệu',
  issuer: 'Cơ quan khen thưởng',
  tang: 'TẶNG',
  formTitle: 'Hình thức khen thưởng',
  recipient: 'Người nhận',
  positionUnit: 'Chức vụ, đơn vị',
  achievement: 'Thành tích',
  decisionLine: 'Số quyết định',
  registerNumber: 'Số sổ vàng',
  datedLine: 'Địa danh, ngày tháng',
  signerCapacity: 'Thẩm quyền ký',
  signerTitle: 'Chức vụ người ký',
  signerName: 'Người ký',
};
