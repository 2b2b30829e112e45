/** Texts of the projector screen pages. */
export const projectorVi = {
  title: 'Màn hình chiếu',
};

export const projectorEn: typeof projectorVi = {
  title: 'Projector screen',
};
