import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import { resolve } from 'node:path';
import { CONTENT_SECURITY_POLICY } from './src/main/host/csp';

/** The strict policy goes into the built page only; Vite's dev server needs inline scripts. */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: (html: string) =>
      html.replace(
        '<head>',
        `<head>\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`,
      ),
  };
}

export default defineConfig({
  main: {
    build: {
      rollupOptions: {
        input: {
          index: resolve('src/main/index.ts'),
          host: resolve('src/main/host/index.ts'),
        },
      },
    },
  },
  preload: {},
  renderer: {
    plugins: [react(), contentSecurityPolicy()],
  },
});
