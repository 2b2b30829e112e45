import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** Starts the host's server on a free port of 127.0.0.1 and says which. */
export async function listenOnFreePort(server: Server): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

/** Stops the server, cutting any connection a test left open. */
export function stopServer(server: Server): Promise<void> {
  return new Promise<void>((resolve) => {
    server.closeAllConnections();
    server.close(() => resolve());
  });
}
