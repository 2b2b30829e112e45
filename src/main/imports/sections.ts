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

// "II.", "B)", "III -": how a section title starts, numbered in Roman numerals or capitals.
const SECTION_NUMBER = /^\s*(?:[IVX]{1,4}|[A-D])\s*[.):-]\s*(\S.*)$/u;

/**
 * A row that reads like a section title ("II. CAá NHÂN") whatever its words: it must never pass
 * as a nominee, nor leave the kind of the rows below it unchecked.
 */
export function looksLikeSection(text: string): boolean {
  const title = SECTION_NUMBER.exec(text.normalize('NFC'))?.[1];
  if (!title || /\d/.test(title)) return false;
  if (title.trim().split(/\s+/).length > 6) return false;
  // Titles are in capitals; a letter decoded wrongly may be small ("CAá"), a name's mostly are.
  const letters = [...title].filter((c) => c.toLowerCase() !== c.toUpperCase());
  const capitals = letters.filter((c) => c === c.toUpperCase()).length;
  return capitals >= (letters.length * 2) / 3;
}

/** The kind a kind column gives: a code of other commendation software or the words themselves. */
export function kindOfCode(text: string): NomineeKind | null {
  const folded = foldVietnamese(text).replace(/[\s_.-]+/g, '');
  if (folded.startsWith('tapthe')) return 'tap_the';
  if (folded.startsWith('canhan')) return 'ca_nhan';
  if (folded.startsWith('hogiadinh') || folded === 'ho' || folded === 'giadinh') return 'ho_gia_dinh';
  return null;
}

/** "(Danh sách có 23 tập thể và 31 cá nhân)", "Tổng cộng: 54": the list is over. */
export const isCountLine = (text: string): boolean => isFoldedCountLine(foldVietnamese(text));

/** isCountLine of text already folded. */
export function isFoldedCountLine(folded: string): boolean {
  return /^(danh sach (nay )?(co|gom)|tong cong|tong so|cong:|an dinh danh sach)/.test(
    folded.replace(/^[(\s]+/, ''),
  );
}

/** The signature block under a list: "T/M BAN THƯỜNG VỤ", "KT. CHỦ TỊCH", "NGƯỜI LẬP BIỂU". */
export const isSignatureLine = (text: string): boolean => isFoldedSignatureLine(foldVietnamese(text));

/** isSignatureLine of text already folded. */
export function isFoldedSignatureLine(folded: string): boolean {
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

// Ranks of the army and the police, longest first. "uý" is the older placement of the same tone.
const RANKS = [
  'Chuẩn Đô đốc',
  'Phó Đô đốc',
  'Đô đốc',
  'Đại tướng',
  'Thượng tướng',
  'Trung tướng',
  'Thiếu tướng',
  'Đại tá',
  'Thượng tá',
  'Trung tá',
  'Thiếu tá',
  'Đại úy',
  'Thượng úy',
  'Trung úy',
  'Thiếu úy',
  'Chuẩn úy',
  'Thượng sĩ',
  'Trung sĩ',
  'Hạ sĩ',
  'Binh nhất',
  'Binh nhì',
];
const RANK = new RegExp(`^(${RANKS.map((r) => r.replace(/úy$/u, '(?:úy|uý)')).join('|')})\\s+(?=\\S)`, 'iu');

/**
 * Splits a military or police rank off a person's name: "Đại tá Lê Văn Tiến" → ("Đại tá", "Lê
 * Văn Tiến"). Only with its marks, as for "Ông": "Trung Ta" could be a name.
 */
export function splitRank(name: string): { rank: string | null; name: string } {
  const text = name.normalize('NFC').trim();
  const match = RANK.exec(text);
  if (!match?.[1]) return { rank: null, name: text };
  const rank = RANKS.find((r) => foldVietnamese(r) === foldVietnamese(match[1] as string)) ?? match[1];
  return { rank, name: text.slice(match[0].length) };
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
