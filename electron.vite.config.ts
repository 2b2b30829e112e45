import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import { readFileSync } from 'node:fs';
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

const { version } = JSON.parse(readFileSync(resolve('package.json'), 'utf8')) as { version: string };

export default defineConfig({
  main: {
    define: { __APP_VERSION__: JSON.stringify(version) },
    build: {
      // Bundled rather than loaded from node_modules at start: Kysely is hundreds of small
      // files and zod dozens, and finding and compiling each one was most of the core's start.
      externalizeDeps: { exclude: ['kysely', 'zod'] },
      rollupOptions: {
        input: {
          index: resolve('src/main/index.ts'),
          host: resolve('src/main/host/index.ts'),
          // The core in its own thread (web host) or utilityProcess (desktop): src/main/process/.
          'core-worker': resolve('src/main/process/worker-entry.ts'),
          'core-process': resolve('src/main/process/utility-entry.ts'),
          // The certificate batch draws in a worker thread (src/main/certificates/runner.ts).
          'certificate-worker': resolve('src/main/certificates/print-worker.ts'),
          // Import commits and large exports run in a worker on their own connection (src/main/jobs/).
          'job-worker': resolve('src/main/app/job-worker.ts'),
        },
      },
    },
  },
  preload: {},
  renderer: {
    plugins: [react(), contentSecurityPolicy()],
  },
});
