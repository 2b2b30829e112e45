/** Millimetres and PDF points (1/72 inch). Templates are in millimetres, pdfkit draws in points. */

const POINTS_PER_MM = 72 / 25.4;

export const mmToPt = (mm: number): number => mm * POINTS_PER_MM;

export const ptToMm = (pt: number): number => pt / POINTS_PER_MM;
