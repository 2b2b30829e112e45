import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { load } from 'js-yaml';
import { defaultDataDir } from '../../src/main/host/data-dir';
import { describe, expect, it } from 'vitest';

/** The Windows installer's settings, read as electron-builder reads them. */
interface BuilderConfig {
  asar?: boolean;
  asarUnpack?: string[];
  files?: string[];
  electronFuses?: Record<string, boolean>;
  nsis?: { perMachine?: boolean; deleteAppDataOnUninstall?: boolean };
}

const ROOT = resolve(__dirname, '../..');
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

describe('where the installed app keeps its data', () => {
  const main = readFileSync(resolve(ROOT, 'src/main/electron/desktop.ts'), 'utf8');

  it('puts the database in the user’s own data folder, never beside the program', () => {
    expect(main).toMatch(
      /app\.setPath\(\s*'userData',\s*process\.env\.HOI_NGHI_DATA_DIR \?\? join\(app\.getPath\('appData'\), 'hoi-nghi'\)\s*\)/,
    );
    expect(main).toMatch(/startCore\([^{]*\{\s*options: \{\s*dataDir: app\.getPath\('userData'\)/);
    // Program Files is read-only for a per-user install and is replaced on update.
    expect(main).not.toMatch(/dataDir:[^,\n]*(resourcesPath|getAppPath|getPath\('exe'\)|__dirname)/);
  });

  it('uses the same folder as the web host, so both shells see the same conferences', () => {
    const appData = 'C:\\Users\\thu.ky\\AppData\\Roaming';
    expect(defaultDataDir({ APPDATA: appData }, 'win32')).toBe(join(appData, 'hoi-nghi'));
  });
});
