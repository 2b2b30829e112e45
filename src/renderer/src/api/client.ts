import type { DesktopBridge } from '../../../shared/api/bridge';
import type { ApiClient, MethodInput, MethodName, MethodOutput } from '../../../shared/api/contract';
import { ApiError, type ApiResult } from '../../../shared/api/errors';
import type { AppEvent } from '../../../shared/api/events';
import { fileDownloadPath } from '../../../shared/files';
import { errorMessages } from '../../../shared/messages';

declare global {
  interface Window {
    /** Present only in the desktop app (see src/preload). */
    hoiNghi?: DesktopBridge;
  }
}

function unwrap<M extends MethodName>(result: ApiResult<unknown>): MethodOutput<M> {
  if (!result.ok) throw new ApiError(result.error);
  return result.value as MethodOutput<M>;
}

function desktopClient(bridge: DesktopBridge): ApiClient {
  return {
    call: async <M extends MethodName>(method: M, input: MethodInput<M>) =>
      unwrap<M>(await bridge.call(method, input)),
    subscribe: (listener) => bridge.onEvent(listener),
  };
}

const TOKEN_KEY = 'hoi-nghi-token';

/**
 * The web host prints `/?token=...`; the page keeps the token for this tab and removes it
 * from the address bar so it is not bookmarked or shown on a projector.
 */
export function takeToken(location: Location, history: History, storage: Storage): string {
  const params = new URLSearchParams(location.search);
  const fromUrl = params.get('token');
  if (fromUrl) {
    storage.setItem(TOKEN_KEY, fromUrl);
    params.delete('token');
    const query = params.toString();
    history.replaceState(
      history.state,
      '',
      `${location.pathname}${query ? `?${query}` : ''}${location.hash}`,
    );
    return fromUrl;
  }
  return storage.getItem(TOKEN_KEY) ?? '';
}

/**
 * Where a browser opens the projector screen: the same origin with this tab's token, which the
 * new window takes out of its address bar at once (takeToken), so the hall never sees it.
 */
export function projectorWindowUrl(location: Location, storage: Storage): string {
  const token = storage.getItem(TOKEN_KEY) ?? '';
  return `${location.origin}${location.pathname}?token=${encodeURIComponent(token)}#/projector`;
}

function httpClient(token: string): ApiClient {
  return {
    async call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
      let response: Response;
      try {
        response = await fetch(`/api/${method}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify(input ?? {}),
        });
      } catch {
        throw new ApiError({
          code: 'INTERNAL',
          message: 'Không kết nối được tới máy chủ của ứng dụng. Hãy kiểm tra "npm run web" còn chạy.',
        });
      }
      const result = (await response.json().catch(() => null)) as ApiResult<unknown> | null;
      if (!result || typeof result !== 'object' || !('ok' in result)) {
        throw new ApiError({ code: 'INTERNAL', message: errorMessages.vi.INTERNAL });
      }
      return unwrap<M>(result);
    },
    subscribe(listener: (event: AppEvent) => void) {
      const source = new EventSource(`/api/events?token=${encodeURIComponent(token)}`);
      source.onmessage = (message: MessageEvent<string>) => {
        try {
          listener(JSON.parse(message.data) as AppEvent);
        } catch {
          // A malformed event is dropped; the next refetch brings the state back.
        }
      };
      return () => source.close();
    },
    // A link cannot send headers: the token rides in the query, as for the event stream.
    fileUrl: (handle) => `${fileDownloadPath(handle)}?token=${encodeURIComponent(token)}`,
  };
}

/** The desktop bridge when the preload provides it, else HTTP to the web host. */
export function createApiClient(): ApiClient {
  if (window.hoiNghi) return desktopClient(window.hoiNghi);
  return httpClient(takeToken(window.location, window.history, window.sessionStorage));
}
