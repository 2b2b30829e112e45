/**
 * Numbers as Vietnamese documents write them: a dot between thousands and a comma before the
 * decimals (1.567; 37,50). Done by hand rather than with Intl so that the output does not
 * depend on the ICU data of the Node or Electron that runs it.
 */

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/**
 * Rounds half away from zero to `decimals` places. The product is cut to 15 significant digits
 * first, so that float noise such as 28.999999999999996 (from 0.29 × 100) or 1.0049999999999999
 * (the double nearest 1.005) rounds the way the decimal number it stands for does.
 */
function roundedDigits(value: number, decimals: number): string {
  const scaled = Number((Math.abs(value) * 10 ** decimals).toPrecision(15));
  return Math.round(scaled)
    .toString()
    .padStart(decimals + 1, '0');
}

/** 1567 → "1.567"; 37.5 with 2 decimals → "37,50"; -1234.5 with 1 → "-1.234,5". */
export function formatNumber(value: number, decimals = 0): string {
  if (!Number.isFinite(value)) return '';
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 10) throw new RangeError('decimals');
  if (Math.abs(value) * 10 ** decimals >= 1e15) throw new RangeError('value too large to format exactly');
  const digits = roundedDigits(value, decimals);
  const whole = groupThousands(decimals > 0 ? digits.slice(0, -decimals) : digits);
  const fraction = decimals > 0 ? `,${digits.slice(-decimals)}` : '';
  // A value that rounds to zero prints without a sign ("-0,001" → "0,00").
  const sign = value < 0 && /[1-9]/.test(digits) ? '-' : '';
  return `${sign}${whole}${fraction}`;
}

/** A count: 1567 → "1.567". */
export const formatInteger = (value: number): string => formatNumber(value, 0);

/** A percentage with two places, without the sign: 70 → "70,00", 200/3 → "66,67". */
export const formatPercent = (value: number): string => formatNumber(value, 2);

/** A serial number padded to the width of the largest one: (7, 300) → "007". */
export function formatSerial(value: number, largest: number): string {
  return String(value).padStart(String(largest).length, '0');
}
