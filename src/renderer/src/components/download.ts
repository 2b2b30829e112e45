/**
 * Starts the browser's download of a file the web host serves by handle: a plain link click,
 * so the bytes go from the disk to the download without passing through the page.
 */
export function startDownload(url: string, fileName: string): void {
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
}
