import { describe, expect, it, vi } from 'vitest';
import { isAppUrl } from '../../src/main/electron/security';

// Electron's binary is not installed where the tests run; isAppUrl does not need it.
vi.mock('electron', () => ({}));

// The projector window loads the app's own page with #/projector; its calls must be trusted
// like the main window's, and nothing else may borrow that trust.
describe('isAppUrl and the projector window', () => {
  it.each([
    {
      url: 'file:///app/out/renderer/index.html#/projector',
      app: 'file:///app/out/renderer/index.html',
      trusted: true,
    },
    { url: 'file:///app/out/renderer/index.html', app: 'file:///app/out/renderer/index.html', trusted: true },
    { url: 'file:///tmp/other.html#/projector', app: 'file:///app/out/renderer/index.html', trusted: false },
    { url: 'http://localhost:5173/#/projector', app: 'http://localhost:5173', trusted: true },
    { url: 'http://localhost:5174/#/projector', app: 'http://localhost:5173', trusted: false },
  ])('$url → $trusted', ({ url, app, trusted }) => {
    expect(isAppUrl(url, app)).toBe(trusted);
  });
});
