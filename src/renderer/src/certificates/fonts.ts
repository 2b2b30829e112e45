import type { FontKey } from '../../../shared/certificates';
import './certificateFonts.css';

/** CSS families of the bundled faces (certificateFonts.css), with a generic fallback. */
export const FONT_FAMILY: Record<FontKey, string> = {
  serif: "'HN Cert Serif', serif",
  serif_italic: "'HN Cert Serif Italic', serif",
  serif_bold: "'HN Cert Serif Bold', serif",
  script: "'HN Cert Script', cursive",
};

/** Points to millimetres: the SVG's user unit is the millimetre. */
export const ptToMm = (pt: number): number => (pt * 25.4) / 72;

/** Positions snap to half millimetres, the finest step a printer offset is set in. */
export const snapMm = (mm: number): number => Math.round(mm * 2) / 2;
