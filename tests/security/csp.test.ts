import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY_HEADER } from '../../src/main/host/csp';

const ROOT = resolve(__dirname, '../..');
const BUILT_PAGE = resolve(ROOT, 'out/renderer/index.html');

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name = '', ...sources]) => [name, sources]),
  );
}

describe.each([
  ['the page’s <meta> policy', CONTENT_SECURITY_POLICY],
  ['the web host’s header', CONTENT_SECURITY_POLICY_HEADER],
])('%s', (_, policy) => {
  const csp = directives(policy);

  it('runs only the app’s own scripts: no inline script, no eval, no plugins', () => {
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(policy).not.toContain("'unsafe-eval'");
    expect(policy).not.toContain("'wasm-unsafe-eval'");
    expect(csp.get('script-src')).not.toContain("'unsafe-inline'");
  });

  it('talks only to its own origin and cannot be re-based or post forms away', () => {
    expect(csp.get('connect-src')).toEqual(["'self'"]);
    expect(csp.get('base-uri')).toEqual(["'none'"]);
    expect(csp.get('form-action')).toEqual(["'none'"]);
  });

  it('loads no remote image, font or style', () => {
    for (const name of ['img-src', 'font-src', 'style-src']) {
      const remote = (csp.get(name) ?? []).filter((s) => /^(https?:|\*|http:|ws)/.test(s));
      expect(remote, name).toEqual([]);
    }
  });
});

describe('framing', () => {
  it('the web host forbids being framed (frame-ancestors works only in a header)', () => {
    expect(directives(CONTENT_SECURITY_POLICY_HEADER).get('frame-ancestors')).toEqual(["'none'"]);
  });
});

describe('the renderer page', () => {
  it('has no inline script in its source', () => {
    const html = readFileSync(resolve(ROOT, 'src/renderer/index.html'), 'utf8');
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes = '', body = ''] of scripts) {
      expect(attributes).toMatch(/\bsrc=/);
      expect(body.trim()).toBe('');
    }
  });

  // The policy is written into the page at build time (electron.vite.config.ts); this checks
  // the built page when there is one (`npx electron-vite build`).
  it.skipIf(!existsSync(BUILT_PAGE))('carries the policy in the built page, before any script', () => {
    const html = readFileSync(BUILT_PAGE, 'utf8');
    const meta = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]*)"/);
    expect(meta?.[1]).toBe(CONTENT_SECURITY_POLICY);
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script'));
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  });
});
