/** Texts of the audit log pages. */
export const auditVi = {
  title: 'Nhật ký thay đổi',
};

export const auditEn: typeof auditVi = {
  title: 'Audit log',
};
