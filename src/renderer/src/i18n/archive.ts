/** Texts of the conference archive pages. */
export const archiveVi = {
  title: 'Tệp hội nghị',
};

export const archiveEn: typeof archiveVi = {
  title: 'Conference archive',
};
