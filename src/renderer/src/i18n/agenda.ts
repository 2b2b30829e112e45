/** Texts of the conference programme pages. */
export const agendaVi = {
  title: 'Chương trình hội nghị',
};

export const agendaEn: typeof agendaVi = {
  title: 'Conference programme',
};
