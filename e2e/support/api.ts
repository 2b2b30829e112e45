import type { APIRequestContext } from '@playwright/test';
import type { WebHost } from './web-host';

/** Calls the web host's HTTP API with this run's token, as a script would; throws on an error. */
export function apiCaller(request: APIRequestContext, host: WebHost) {
  return async (method: string, data: object): Promise<unknown> => {
    const response = await request.post(`${host.origin}/api/${method}`, {
      headers: { authorization: `Bearer ${host.token}` },
      data,
    });
    const body = (await response.json()) as { ok: boolean; value: unknown; error?: unknown };
    if (!body.ok) throw new Error(`${method}: ${JSON.stringify(body.error)}`);
    return body.value;
  };
}
