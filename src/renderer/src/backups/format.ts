const two = (n: number) => String(n).padStart(2, '0');

/** "21/11/2026 09:30:05" in the laptop's time, as Vietnamese tables write dates. */
export function formatTakenAt(iso: string): string {
  const d = new Date(iso);
  return `${two(d.getDate())}/${two(d.getMonth() + 1)}/${d.getFullYear()} ${two(d.getHours())}:${two(d.getMinutes())}:${two(d.getSeconds())}`;
}

/** "1,5 MB" in Vietnamese (comma for decimals), "1.5 MB" in English. */
export function formatSize(bytes: number, language: string): string {
  const locale = language === 'vi' ? 'vi-VN' : 'en-GB';
  const [value, unit] =
    bytes >= 1024 * 1024 ? [bytes / 1024 / 1024, 'MB'] : bytes >= 1024 ? [bytes / 1024, 'KB'] : [bytes, 'B'];
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value)} ${unit}`;
}
