import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';

/** The Windows installer's settings, read as electron-builder reads them. */
interface BuilderConfig {
  asar?: boolean;
  asarUnpack?: string[];
  files?: string[];
  electronFuses?: Record<string, boolean>;
  nsis?: { perMachine?: boolean; deleteAppDataOnUninstall?: boolean };
}

const config = load(readFileSync(resolve(__dirname, '../../electron-builder.yml'), 'utf8')) as BuilderConfig;

describe('the Windows installer configuration', () => {
  it('packs the app into asar with native modules and fonts outside it', () => {
    expect(config.asar).toBe(true);
    expect(config.asarUnpack).toEqual(expect.arrayContaining(['**/*.node', 'resources/**']));
    expect(config.files).toEqual(expect.arrayContaining(['out/**', 'resources/**']));
  });

  it('flips the fuses that would let the binary run other code', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
    });
  });

  it('installs per user and keeps the data folder on uninstall', () => {
    expect(config.nsis).toMatchObject({ perMachine: false, deleteAppDataOnUninstall: false });
  });
});
