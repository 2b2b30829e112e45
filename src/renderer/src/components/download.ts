import type { GeneratedFile } from '../../../shared/voting';

/** Saves a generated file through the browser's download (the desktop shell shows its save dialog). */
export function downloadFile(file: GeneratedFile, type = 'application/pdf'): void {
  const bytes = Uint8Array.from(atob(file.contentBase64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
