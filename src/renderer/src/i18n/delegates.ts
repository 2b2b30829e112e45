/** Texts of the delegates pages. */
export const delegatesVi = {
  title: 'Đại biểu',
};

export const delegatesEn: typeof delegatesVi = {
  title: 'Delegates',
};
