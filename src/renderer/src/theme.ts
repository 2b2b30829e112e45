import { createTheme } from '@mantine/core';

// The bundled Vietnamese-complete face, so the app looks the same on every machine.
const fontFamily = '"Be Vietnam Pro", "Segoe UI", Arial, sans-serif';

export const theme = createTheme({
  fontFamily,
  headings: { fontFamily },
  // Red is kept for the app's name and for errors; a red focus ring would read as an error.
  primaryColor: 'blue',
  defaultRadius: 'sm',
});
