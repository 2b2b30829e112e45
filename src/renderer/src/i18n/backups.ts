/** Texts of the backups pages. */
export const backupsVi = {
  title: 'Sao lưu dữ liệu',
};

export const backupsEn: typeof backupsVi = {
  title: 'Backups',
};
