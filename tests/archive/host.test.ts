import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createHostServer } from '../../src/main/host/server';
import { noisyBackground } from '../certificates/engine/image';
import { call, useCores, useTempDir, writtenBase64 } from '../helpers';
import { seedRichConference } from './seed';

const TOKEN = 'archive-token-0123456789abcdef';

describe('archive over the web host', () => {
  const dir = useTempDir();
  const openCore = useCores();
  const servers: Server[] = [];
  afterEach(async () => {
    for (const server of servers.splice(0)) {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });

  it('takes an archive far larger than the default 1 MB body', async () => {
    const source = await openCore({ dataDir: join(dir(), 'source') });
    const { conference, template } = await seedRichConference(source);
    const background = noisyBackground(900, 700);
    await call(source, 'templates.setImage', {
      id: template.id,
      revision: template.revision,
      slot: 'background',
      contentBase64: background.toString('base64'),
    });
    const file = await call(source, 'archive.export', { conferenceId: conference.id });
    expect(file.size).toBeGreaterThan(1024 * 1024);

    const target = await openCore({ dataDir: join(dir(), 'target') });
    const staticDir = join(dir(), 'static');
    mkdirSync(staticDir);
    writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Hội nghị</title>');
    const server = createHostServer({ core: target, staticDir, token: TOKEN });
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;

    const response = await fetch(`http://127.0.0.1:${port}/api/archive.import`, {
      method: 'POST',
      headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({ fileName: file.fileName, contentBase64: writtenBase64(file) }),
    });
    const body = (await response.json()) as { ok: boolean; value?: { conferenceId: number } };
    expect(body.ok).toBe(true);
    const image = await call(target, 'templates.image', {
      id: (await call(target, 'templates.list', {})).find((t) => t.name === template.name)?.id ?? 0,
      slot: 'background',
    });
    expect(image.contentBase64).toBe(background.toString('base64'));
  });
});
