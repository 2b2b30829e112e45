import type { ApiResult } from './errors';
import type { AppEvent } from './events';

/** What the desktop preload exposes as `window.hoiNghi`; the renderer wraps it in an ApiClient. */
export interface DesktopBridge {
  call(method: string, input: unknown): Promise<ApiResult<unknown>>;
  onEvent(listener: (event: AppEvent) => void): () => void;
}

/** IPC channel names, shared by the main process and the preload. */
export const IPC_CALL = 'hoi-nghi:call';
export const IPC_EVENT = 'hoi-nghi:event';
