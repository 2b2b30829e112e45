/**
 * Code tables of the two pre-Unicode Vietnamese encodings still found in Excel lists, as their
 * bytes appear once Excel has read them as Windows-1252 (byte 0xNN = U+00NN for 0xA0..0xFF).
 */

/** The Vietnamese vowels and đ, each vowel as: no tone, huyền, hỏi, ngã, sắc, nặng. */
export const VIETNAMESE_LETTERS = [
  'aàảãáạ',
  'ăằẳẵắặ',
  'âầẩẫấậ',
  'eèẻẽéẹ',
  'êềểễếệ',
  'iìỉĩíị',
  'oòỏõóọ',
  'ôồổỗốộ',
  'ơờởỡớợ',
  'uùủũúụ',
  'ưừửữứự',
  'yỳỷỹýỵ',
  'đ',
].join('');

/**
 * TCVN3 (TCVN 5712:1993 VN3, the "ABC" fonts .VnTime…) in the same order as VIETNAMESE_LETTERS.
 * VN3 codes only lower-case toned letters; 0xAD (ư) is the soft hyphen under Windows-1252.
 */
export const TCVN3_LETTERS = [
  'aµ¶·¸¹',
  '¨»¼½¾Æ',
  '©ÇÈÉÊË',
  'eÌÎÏÐÑ',
  'ªÒÓÔÕÖ',
  'i×ØÜÝÞ',
  'oßáâãä',
  '«åæçèé',
  '¬êëìíî',
  'uïñòóô',
  '\u00adõö÷øù',
  'yúûüýþ',
  '®',
].join('');

/** The only capitals VN3 codes (0xA1..0xA7); toned capitals need the .VnTimeH fonts instead. */
export const TCVN3_CAPITALS: Readonly<Record<string, string>> = {
  '¡': 'Ă',
  '¢': 'Â',
  '£': 'Ê',
  '¤': 'Ô',
  '¥': 'Ơ',
  '¦': 'Ư',
  '§': 'Đ',
};

const TONE_GRAVE = '\u0300';
const TONE_HOOK = '\u0309';
const TONE_TILDE = '\u0303';
const TONE_ACUTE = '\u0301';
const TONE_DOT = '\u0323';
const CIRCUMFLEX = '\u0302';
const BREVE = '\u0306';

/**
 * VNI-Windows types a vowel as its base letter followed by one mark character; the mark carries
 * the tone, the vowel shape (circumflex, breve) or both. Upper-case marks are the same marks drawn
 * higher for capitals. Values are combining sequences, composed with the base by NFC.
 */
export const VNI_MARKS: Readonly<Record<string, string>> = {
  ø: TONE_GRAVE,
  û: TONE_HOOK,
  õ: TONE_TILDE,
  ù: TONE_ACUTE,
  ï: TONE_DOT,
  â: CIRCUMFLEX,
  à: CIRCUMFLEX + TONE_GRAVE,
  å: CIRCUMFLEX + TONE_HOOK,
  ã: CIRCUMFLEX + TONE_TILDE,
  á: CIRCUMFLEX + TONE_ACUTE,
  ä: CIRCUMFLEX + TONE_DOT,
  ê: BREVE,
  è: BREVE + TONE_GRAVE,
  ú: BREVE + TONE_HOOK,
  ü: BREVE + TONE_TILDE,
  é: BREVE + TONE_ACUTE,
  ë: BREVE + TONE_DOT,
};

/** Which marks each VNI base letter takes: only a has the breve; a, e, o the circumflex. */
export const VNI_BASE_MARKS: Readonly<Record<string, string>> = {
  a: 'øûõùïâàåãáäêèúüéë',
  e: 'øûõùïâàåãáä',
  o: 'øûõùïâàåãáä',
  u: 'øûõùï',
  y: 'øûõùï',
  ơ: 'øûõùï',
  ư: 'øûõùï',
};

/**
 * VNI characters that stand for a whole letter: ơ and ư (which then take tone marks like a base),
 * đ, the toned i (typed as one character), and ỵ, the one toned y with its own code.
 */
export const VNI_SINGLES: Readonly<Record<string, string>> = {
  ô: 'ơ',
  ö: 'ư',
  ñ: 'đ',
  ì: 'ì',
  æ: 'ỉ',
  ó: 'ĩ',
  í: 'í',
  ò: 'ị',
  î: 'ỵ',
};
