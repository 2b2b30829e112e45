/** Texts of a written file's panel: where it was saved and what can be done with it. */
export const filesVi = {
  title: 'Tệp vừa xuất',
  size: 'Dung lượng: {{size}}',
  savedIn: 'Đã lưu tại',
  open: 'Mở tệp',
  reveal: 'Mở thư mục',
  close: 'Đóng',
  downloaded: 'Trình duyệt đã tải tệp xuống (xem mục Tải xuống của trình duyệt).',
  onceOnly: 'Liên kết tải chỉ dùng được một lần, trong 10 phút; muốn tải lại, hãy xuất lại.',
  notOpened: 'Ứng dụng chạy trong trình duyệt không mở được tệp trên máy. Tệp nằm tại: {{path}}',
};

export const filesEn: typeof filesVi = {
  title: 'Last exported file',
  size: 'Size: {{size}}',
  savedIn: 'Saved in',
  open: 'Open file',
  reveal: 'Open folder',
  close: 'Close',
  downloaded: "The browser has downloaded the file (see the browser's Downloads).",
  onceOnly: 'A download link works once, for 10 minutes; to download again, export again.',
  notOpened: 'The app in a browser cannot open files on this computer. The file is at: {{path}}',
};
