import type { Honorific, NomineeKind } from '../../shared/nominees';
import { foldVietnamese } from '../../shared/text';

// "I.", "II -", "A)", "1." before a section title.
const SECTION_PREFIX = /^\s*(?:[ivxlc]+|[a-d]|\d{1,2})\s*[.):-]\s*/i;

/**
 * The kind a section row announces ("I. TẬP THỂ", "II. Cá nhân", "B. HỘ GIA ĐÌNH"), or null.
 * Section titles are short; a long sentence that happens to mention "tập thể" is not one.
 */
export function sectionKind(text: string): NomineeKind | null {
  const folded = foldVietnamese(text)
    .replace(SECTION_PREFIX, '')
    .replace(/[:.]+$/, '')
    .trim();
  if (folded.split(' ').length > 6) return null;
  if (/^(khen thuong |danh sach )?tap the\b/.test(folded)) return 'tap_the';
  if (/^(khen thuong |danh sach )?ca nhan\b/.test(folded)) return 'ca_nhan';
  if (/^(khen thuong |danh sach )?ho gia dinh\b/.test(folded)) return 'ho_gia_dinh';
  return null;
}

/** "(Danh sách có 23 tập thể và 31 cá nhân)", "Tổng cộng: 54": the list is over. */
export function isCountLine(text: string): boolean {
  const folded = foldVietnamese(text).replace(/^[(\s]+/, '');
  return /^(danh sach (nay )?(co|gom)|tong cong|tong so|cong:|an dinh danh sach)/.test(folded);
}

/** The signature block under a list: "T/M BAN THƯỜNG VỤ", "KT. CHỦ TỊCH", "NGƯỜI LẬP BIỂU". */
export function isSignatureLine(text: string): boolean {
  const folded = foldVietnamese(text);
  return /^(t\/m|tm\.?|kt\.?|q\.|tl\.|th\.|nguoi lap|nguoi ky|xac nhan)\b/.test(folded);
}

// Only the words themselves, with their marks: a bare "Ba" or "Bá" at the start is part of a
// name. (The rare surname Ông cannot be told apart from the honorific.)
const HONORIFIC = /^(ông|bà)\.?\s+(?=\S)/iu;

/** Splits a leading "Ông"/"Bà" off a person's name: "Bà Đinh Thị Thơm" → ("ba", "Đinh Thị Thơm"). */
export function splitHonorific(name: string): { honorific: Honorific | null; name: string } {
  const text = name.normalize('NFC').trim();
  const match = HONORIFIC.exec(text);
  if (!match?.[1]) return { honorific: null, name: text };
  return { honorific: match[1].toLowerCase() === 'ông' ? 'ong' : 'ba', name: text.slice(match[0].length) };
}

/** "Nam" or "Nữ", in any case and with or without marks. */
export function parseGender(text: string): 'nam' | 'nu' | null {
  const folded = foldVietnamese(text);
  if (folded === 'nam' || folded === 'm') return 'nam';
  if (folded === 'nu' || folded === 'f') return 'nu';
  return null;
}

/** "1975", "12/03/1975", "1975-03-12" → "1975" or "1975-03-12"; null when unreadable. */
export function parseBirth(text: string): string | null {
  const value = text.trim();
  if (value === '') return '';
  if (/^\d{4}$/.test(value)) return value;
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(value);
  const [y, m, d] = iso ? [iso[1], iso[2], iso[3]] : dmy ? [dmy[3], dmy[2], dmy[1]] : [];
  if (!y || !m || !d) return null;
  const date = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  const check = new Date(`${date}T00:00:00Z`);
  return Number.isNaN(check.getTime()) || check.toISOString().slice(0, 10) !== date ? null : date;
}
