/** "1,3 MB" or "850 KB" in the interface language's number format. */
export function fileSize(bytes: number, language: string): string {
  const locale = language === 'vi' ? 'vi-VN' : 'en-GB';
  const format = (n: number) => n.toLocaleString(locale, { maximumFractionDigits: 1 });
  return bytes >= 1024 * 1024
    ? `${format(bytes / (1024 * 1024))} MB`
    : `${format(Math.max(1, bytes / 1024))} KB`;
}
