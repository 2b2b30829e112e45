import { homedir } from 'node:os';
import { join } from 'node:path';

const APP_FOLDER = 'hoi-nghi';

/**
 * The per-user data folder of the web host: the same place the desktop app's userData would
 * be on each system, never the repository.
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (env.HOI_NGHI_DATA_DIR) return env.HOI_NGHI_DATA_DIR;
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), APP_FOLDER);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', APP_FOLDER);
  return join(env.XDG_DATA_HOME ?? join(homedir(), '.local', 'share'), APP_FOLDER);
}
