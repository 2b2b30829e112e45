import type { CertificateText } from '../../shared/certificates';
import { formatDocumentDate, parseLocalDateTime } from '../../shared/dates';
import type { Honorific, NomineeKind } from '../../shared/nominees';
import { foldVietnamese } from '../../shared/text';

/** One award as the database gives it: the nominee, the form and the decision. */
export interface AwardSource {
  kind: NomineeKind;
  honorific: Honorific | null;
  fullName: string;
  position: string;
  unitName: string;
  achievement: string;
  registerNumber: string;
  formName: string;
  decisionNumber: string;
  /** "YYYY-MM-DD". */
  decisionDate: string;
  issuer: string;
  signerCapacity: string;
  signerTitle: string;
  signerName: string;
  placeName: string;
}

/** What the decision leaves empty comes from the conference and the installation's settings. */
export interface TextDefaults {
  issuer: string;
  placeName: string;
  signerTitle: string;
  signerName: string;
}

const nfc = (value: string): string => value.normalize('NFC').replace(/\s+/g, ' ').trim();
const upper = (value: string): string => nfc(value).toLocaleUpperCase('vi');
const HONORIFIC_WORDS: Record<Honorific, string> = { ong: 'Ông', ba: 'Bà' };

/** "Ông Nguyễn Văn Mến"; a name already written with its honorific is not given a second one. */
export function recipientOf(kind: NomineeKind, honorific: Honorific | null, fullName: string): string {
  const name = nfc(fullName);
  if (kind !== 'ca_nhan' || honorific === null) return name;
  if (/^(ong|ba) /.test(foldVietnamese(name))) return name;
  return `${HONORIFIC_WORDS[honorific]} ${name}`;
}

/** Fewest words the end of a position and the start of a unit must share to be one name. */
const MIN_OVERLAP_WORDS = 2;

/**
 * The position and the unit as one phrase when the position already names the unit: "Chủ tịch Hội
 * Chữ thập đỏ thị xã" + "Hội Chữ thập đỏ thị xã Kỳ Anh" → "Chủ tịch Hội Chữ thập đỏ thị xã Kỳ
 * Anh". Compared folded; one shared word ("Cán bộ" + "Bộ Công an") is a coincidence.
 */
function joinPositionUnit(position: string, unit: string): string | null {
  const folded = (text: string) => foldVietnamese(text.replace(/[,;]/g, ' ')).split(' ');
  const positionWords = folded(position);
  const unitWords = folded(unit);
  if (` ${positionWords.join(' ')} `.includes(` ${unitWords.join(' ')} `)) return position;
  const unitTokens = unit.split(' ');
  for (let shared = Math.min(positionWords.length, unitWords.length); shared >= MIN_OVERLAP_WORDS; shared--) {
    const tail = positionWords.slice(-shared).join(' ');
    if (tail === unitWords.slice(0, shared).join(' ') && unitTokens.length === unitWords.length) {
      return [position, ...unitTokens.slice(shared)].join(' ');
    }
  }
  return null;
}

/** "Bí thư Chi bộ, Đảng bộ xã Kỳ Hoa"; a collective named after its unit does not repeat it. */
export function positionUnitOf(
  source: Pick<AwardSource, 'kind' | 'fullName' | 'position' | 'unitName'>,
): string {
  const position = nfc(source.position);
  let unit = nfc(source.unitName);
  if (source.kind !== 'ca_nhan' && foldVietnamese(unit) === foldVietnamese(source.fullName)) unit = '';
  if (position !== '' && unit !== '') return joinPositionUnit(position, unit) ?? `${position}, ${unit}`;
  return [position, unit].filter((part) => part !== '').join(', ');
}

/**
 * "Quyết định số 123-QĐ/ThU ngày 19 tháng 5 năm 2021": the long date, as DOMAIN.md's
 * certificate and the decision itself write it (the short 19/5/2021 is for tables).
 */
export function decisionLineOf(number: string, date: string): string {
  const day = parseLocalDateTime(date) ? ` ${formatDocumentDate(date)}` : '';
  const cleanNumber = nfc(number);
  return nfc(cleanNumber === '' ? `Quyết định${day}` : `Quyết định số ${cleanNumber}${day}`);
}

/** "Kỳ Anh, ngày 19 tháng 5 năm 2021", or the date alone when no place is known. */
export function datedLineOf(placeName: string, date: string): string {
  const day = parseLocalDateTime(date) ? formatDocumentDate(date) : '';
  const place = nfc(placeName);
  if (day === '') return place;
  return place === '' ? day.charAt(0).toLocaleUpperCase('vi') + day.slice(1) : `${place}, ${day}`;
}

const or = (value: string, fallback: string): string => (nfc(value) === '' ? fallback : value);

/** The text every field of one certificate prints, NFC whatever the input was. */
export function certificateText(source: AwardSource, defaults: TextDefaults): CertificateText {
  return {
    issuer: upper(or(source.issuer, defaults.issuer)),
    formTitle: upper(source.formName),
    recipient: recipientOf(source.kind, source.honorific, source.fullName),
    positionUnit: positionUnitOf(source),
    achievement: nfc(source.achievement),
    decisionLine: decisionLineOf(source.decisionNumber, source.decisionDate),
    registerNumber: nfc(source.registerNumber),
    datedLine: datedLineOf(or(source.placeName, defaults.placeName), source.decisionDate),
    signerCapacity: upper(source.signerCapacity),
    signerTitle: upper(or(source.signerTitle, defaults.signerTitle)),
    signerName: nfc(or(source.signerName, defaults.signerName)),
  };
}

/** What the preview shows before any award exists: a typical Giấy khen of Kỳ Anh. */
export const SAMPLE_SOURCE: AwardSource = {
  kind: 'ca_nhan',
  honorific: 'ong',
  fullName: 'Nguyễn Văn Mến',
  position: 'Bí thư Chi bộ',
  unitName: 'Đảng bộ xã Kỳ Hoa',
  achievement:
    'Đã có thành tích xuất sắc trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh năm 2021',
  registerNumber: '125/KT',
  formName: 'Giấy khen',
  decisionNumber: '123-QĐ/ThU',
  decisionDate: '2021-05-19',
  issuer: 'Ban Thường vụ Thị ủy Kỳ Anh',
  signerCapacity: 'T/M Ban Thường vụ',
  signerTitle: 'Bí thư',
  signerName: 'Hoàng Văn Bình',
  placeName: 'Kỳ Anh',
};

export const SAMPLE_TEXT: CertificateText = certificateText(SAMPLE_SOURCE, {
  issuer: '',
  placeName: '',
  signerTitle: '',
  signerName: '',
});

/** The sample honoree as a decision would award it: its number, date, issuer and signer, not invented ones. */
export function sampleSourceFor(decision: {
  number: string;
  date: string;
  issuer: string;
  signerCapacity: string;
  signerTitle: string;
  signerName: string;
  placeName: string;
}): AwardSource {
  return {
    ...SAMPLE_SOURCE,
    decisionNumber: decision.number,
    decisionDate: decision.date,
    issuer: decision.issuer,
    signerCapacity: decision.signerCapacity,
    signerTitle: decision.signerTitle,
    signerName: decision.signerName,
    placeName: decision.placeName,
  };
}
