import { _electron as electron, expect, test } from '@playwright/test';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

/**
 * The Electron binary is fetched on first use from a host that some machines cannot reach.
 * Requiring the `electron` package would try that download, so the files are looked at instead.
 */
function electronBinary(): { path: string | null; reason: string } {
  const packageDir = dirname(createRequire(__filename).resolve('electron/package.json'));
  const pathFile = join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) {
    return { path: null, reason: `the Electron binary was never downloaded (${pathFile} is missing)` };
  }
  const binary = join(packageDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? { path: binary, reason: '' } : { path: null, reason: `${binary} is missing` };
}

/** Set where the binary must be there (the desktop build workflow): a missing one fails the test. */
const REQUIRED = process.env.HOI_NGHI_REQUIRE_ELECTRON === '1';

test('desktop app: the window opens and a conference can be created', async () => {
  const binary = electronBinary();
  if (!binary.path) {
    if (REQUIRED)
      throw new Error(`The Electron binary is required here (HOI_NGHI_REQUIRE_ELECTRON=1): ${binary.reason}`);
    console.log(`Electron smoke test NOT RUN: ${binary.reason}.`);
  }
  test.skip(!binary.path, `Not run: ${binary.reason}. It runs wherever Electron's binary can be installed.`);

  const dataDir = mkdtempSync(join(tmpdir(), 'hoi-nghi-electron-'));
  const app = await electron.launch({
    executablePath: binary.path ?? undefined,
    args: [resolve(__dirname, '../../out/main/index.js'), '--no-sandbox'],
    env: { ...process.env, HOI_NGHI_DATA_DIR: dataDir },
  });
  try {
    const window = await app.firstWindow();
    await expect(window.getByRole('heading', { name: 'Danh sách hội nghị' })).toBeVisible();
    await window.getByRole('button', { name: 'Tạo hội nghị mẫu' }).first().click();
    await expect(window.getByRole('heading', { level: 2 })).toHaveText(
      'Hội nghị sơ kết 5 năm thực hiện Chỉ thị 05-CT/TW của Bộ Chính trị',
    );
    // The page has no Node: the preload exposes only the typed bridge.
    expect(await window.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe(
      'undefined',
    );
  } finally {
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
});
