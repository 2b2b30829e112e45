/** package.json's version, written into the bundle by electron.vite.config.ts. */
declare const __APP_VERSION__: string;
