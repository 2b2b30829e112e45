/**
 * Before and after values of the audit log as lines a secretary can read ("Trạng thái: Được
 * duyệt"), not JSON. Pure, so the page and the Excel export say the same thing.
 */

const FIELD_LABELS: Record<string, string> = {
  title: 'Tiêu đề',
  rule: 'Quy tắc',
  nomineeIds: 'Mã đối tượng',
  nomineeId: 'Mã đối tượng',
  ballotsIssued: 'Phiếu phát ra',
  ballotsReturned: 'Phiếu thu vào',
  valid: 'Phiếu hợp lệ',
  invalid: 'Phiếu không hợp lệ',
  votes: 'Số phiếu',
  agree: 'Đồng ý',
  disagree: 'Không đồng ý',
  abstain: 'Không biểu quyết',
  attendance: 'Tham dự',
  totalMembers: 'Tổng số thành viên',
  present: 'Có mặt',
  writtenOpinions: 'Ý kiến bằng văn bản',
  results: 'Kết quả',
  percent: 'Tỷ lệ %',
  thresholdMet: 'Đạt ngưỡng',
  rank: 'Thứ hạng',
  verdict: 'Kết quả',
  fullName: 'Họ và tên',
  name: 'Tên',
  awardForm: 'Hình thức khen thưởng',
  status: 'Trạng thái',
  proxyName: 'Người nhận thay',
  state: 'Trạng thái',
  nominees: 'Đối tượng',
  position: 'Chức vụ',
  unit: 'Đơn vị',
  role: 'Vai trò',
  presence: 'Điểm danh',
  number: 'Số quyết định',
  date: 'Ngày',
  issuer: 'Cơ quan ban hành',
  signerCapacity: 'Hình thức ký',
  signerTitle: 'Chức vụ người ký',
  signerName: 'Người ký',
  placeName: 'Địa danh',
  registerId: 'Mã sổ vàng',
  numbered: 'Số sổ vàng đã cấp',
  first: 'Từ số',
  last: 'Đến số',
  nextBefore: 'Số tiếp theo trước đó',
  nextAfter: 'Số tiếp theo sau đó',
  awardCount: 'Số khen thưởng',
  added: 'Số khen thưởng được gán',
  prefix: 'Tiền tố',
  suffix: 'Hậu tố',
  padding: 'Số chữ số',
  nextNumber: 'Số tiếp theo',
  certificates: 'Số giấy khen',
  decisions: 'Số quyết định khen thưởng',
  template: 'Mẫu giấy khen',
  templateVersion: 'Phiên bản mẫu',
  jobId: 'Mã lệnh in',
  threshold: 'Ngưỡng',
  numerator: 'Tử số',
  denominator: 'Mẫu số',
  strict: 'Phải vượt ngưỡng',
  quorum: 'Tỷ lệ có mặt tối thiểu',
  writtenOpinionsCount: 'Tính ý kiến bằng văn bản',
  quota: 'Giới hạn số lượng',
  secret: 'Bỏ phiếu kín',
  method: 'Cách biểu quyết',
  sheet: 'Trang tính',
  created: 'Số dòng đã ghi',
  skipped: 'Số dòng bỏ qua',
  reward: 'Tiền thưởng',
  baseSalary: 'Mức lương cơ sở (đồng)',
  paid: 'Số khen thưởng kèm tiền thưởng',
  total: 'Tổng tiền thưởng (đồng)',
  withoutAmount: 'Số khen thưởng không kèm tiền thưởng',
  effectiveFrom: 'Áp dụng từ ngày',
  amount: 'Mức lương (đồng)',
  amountText: 'Bằng số',
  source: 'Căn cứ',
};

// Stored codes and their words; codes are unique across these lists, so one map serves all.
const CODE_WORDS: Record<string, string> = {
  de_nghi: 'Đề nghị',
  duoc_duyet: 'Được duyệt',
  khong_duoc_duyet: 'Không được duyệt',
  rut: 'Rút',
  draft: 'Đang soạn',
  voting: 'Đang bỏ phiếu',
  counting: 'Đang kiểm phiếu',
  closed: 'Đã kết thúc',
  present: 'Có mặt',
  absent: 'Vắng mặt',
  written_opinion: 'Có ý kiến bằng văn bản',
  chu_tich: 'Chủ tịch',
  pho_chu_tich: 'Phó Chủ tịch',
  thu_ky: 'Thư ký',
  thanh_vien: 'Thành viên',
  kiem_phieu: 'Kiểm phiếu',
  passed: 'Đạt',
  failed: 'Không đạt',
  tie_at_quota: 'Bằng phiếu ở giới hạn số lượng',
  received: 'Đã nhận',
  proxy: 'Nhận thay',
};
// Only these fields hold codes: a name that happens to read "rut" stays as written.
const CODED_FIELDS = new Set(['status', 'state', 'presence', 'role', 'verdict', '']);

const numberFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });

const label = (key: string): string => FIELD_LABELS[key] ?? key;

function scalar(value: unknown, key: string): string {
  if (value === null || value === undefined || value === '') return '(trống)';
  if (typeof value === 'boolean') return value ? 'Có' : 'Không';
  if (typeof value === 'number') return numberFormat.format(value);
  if (typeof value === 'string') return CODED_FIELDS.has(key) ? (CODE_WORDS[value] ?? value) : value;
  return JSON.stringify(value);
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isScalar = (value: unknown): boolean => !isRecord(value) && !Array.isArray(value);

/** An object of scalars on one line: "Họ và tên: A; Trạng thái: Được duyệt". */
function inline(record: Record<string, unknown>): string {
  return Object.entries(record)
    .map(([k, v]) => `${label(k)}: ${isScalar(v) ? scalar(v, k) : JSON.stringify(v)}`)
    .join('; ');
}

function linesOf(value: unknown, key: string, indent: string): string[] {
  if (Array.isArray(value)) {
    if (value.every(isScalar)) return [value.map((v) => scalar(v, key)).join(', ') || '(trống)'];
    return value.map((item) => `${indent}– ${isRecord(item) ? inline(item) : scalar(item, key)}`);
  }
  if (isRecord(value)) {
    const lines: string[] = [];
    for (const [k, v] of Object.entries(value)) {
      if (isScalar(v) || (Array.isArray(v) && v.every(isScalar))) {
        lines.push(`${indent}${label(k)}: ${linesOf(v, k, '')[0] ?? ''}`);
      } else {
        lines.push(`${indent}${label(k)}:`, ...linesOf(v, k, `${indent}  `));
      }
    }
    return lines;
  }
  return [`${indent}${scalar(value, key)}`];
}

/** The lines of one before or after value; none for a missing value. */
export function auditLines(value: unknown): string[] {
  if (value === null || value === undefined) return [];
  return linesOf(value, '', '');
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** "22/11/2026 09:08:36" in this machine's time zone, the secretariat's own clock. */
export function localTimeText(iso: string): string {
  const d = new Date(iso);
  return (
    `${pad(d.getDate())}/${pad(d.getMonth() + 1)}/${d.getFullYear()} ` +
    `${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`
  );
}

/** A local calendar day "YYYY-MM-DD" as the instant it starts, plus `days`; null when not a day. */
export function dayStart(day: string, days = 0): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return null;
  const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]) + days);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

// The fields that name what a row is about, in order of preference.
const NAMING_FIELDS = ['number', 'title', 'fullName', 'name'];

/** What the "Nội dung" column shows: the detail, else the name of the thing changed, else its id. */
export function auditSummary(entry: {
  detail: string;
  entityId: number | null;
  before: unknown;
  after: unknown;
}): string {
  if (entry.detail) return entry.detail;
  for (const value of [entry.after, entry.before]) {
    if (!isRecord(value)) continue;
    for (const key of NAMING_FIELDS) {
      const text = value[key];
      if (typeof text === 'string' && text !== '') return text;
    }
  }
  return entry.entityId === null ? '' : `#${entry.entityId}`;
}
