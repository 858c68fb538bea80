import { describe, expect, it } from 'vitest';
import { headerPolicy, META_POLICY } from './csp';

const directives = (policy: string) =>
  Object.fromEntries(
    policy.split(';').map((d) => {
      const [name = '', ...values] = d.trim().split(/\s+/);
      return [name, values];
    }),
  );

describe('Content-Security-Policy', () => {
  it.each<[string, string, Record<string, string[]>]>([
    [
      'API on another origin',
      'https://linkage.pref.nagasaki.example/gw/',
      { 'connect-src': ["'self'", 'https://linkage.pref.nagasaki.example'] },
    ],
    ['API on the page origin', '.', { 'connect-src': ["'self'"] }],
    ['API at the root of the page origin', '', { 'connect-src': ["'self'"] }],
    [
      'a local mock broker',
      'http://127.0.0.1:9090',
      { 'connect-src': ["'self'", 'http://127.0.0.1:9090'] },
    ],
  ])('%s', (_n, apiBaseUrl, expected) => {
    const d = directives(headerPolicy({ apiBaseUrl, basemap: { kind: 'offline' } }));
    expect(d).toMatchObject(expected);
    expect(d['default-src']).toEqual(["'none'"]);
    expect(d['frame-ancestors']).toEqual(["'none'"]);
  });

  it('adds the @context host to connect-src (the document is read to compact type IRIs)', () => {
    const d = directives(
      headerPolicy({
        apiBaseUrl: 'https://broker.example/gw',
        contextUrl: 'https://context.example/nagasaki.jsonld',
        basemap: { kind: 'offline' },
      }),
    );
    expect(d['connect-src']).toEqual([
      "'self'",
      'https://broker.example',
      'https://context.example',
    ]);
  });

  it('adds QuantumLeap’s host and the identity provider to connect-src', () => {
    const d = directives(
      headerPolicy({
        apiBaseUrl: 'https://orion.example/gw',
        temporalBaseUrl: 'https://ql.example:8668',
        auth: {
          kind: 'oidc',
          issuer: 'https://idp.example/realms/nagasaki',
          clientId: 'dashboard',
          scope: 'openid',
        },
        basemap: { kind: 'offline' },
      }),
    );
    expect(d['connect-src']).toEqual([
      "'self'",
      'https://orion.example',
      'https://ql.example:8668',
      'https://idp.example',
    ]);
  });

  it('adds an online basemap host to connect-src and img-src', () => {
    const d = directives(
      headerPolicy({
        apiBaseUrl: '.',
        basemap: { kind: 'style', styleUrl: 'https://tiles.example.jp/style.json' },
      }),
    );
    expect(d['connect-src']).toEqual(["'self'", 'https://tiles.example.jp']);
    expect(d['img-src']).toContain('https://tiles.example.jp');
  });

  it.each([META_POLICY, headerPolicy({ apiBaseUrl: '.', basemap: { kind: 'offline' } })])(
    'never allows inline code or eval: %s',
    (policy) => {
      expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|unsafe-hashes|wasm-unsafe-eval|\*/);
      expect(directives(policy)['script-src']).toEqual(["'self'"]);
      expect(directives(policy)['object-src']).toEqual(["'none'"]);
    },
  );

  it('keeps directives a meta tag cannot carry out of the meta policy', () => {
    expect(META_POLICY).not.toMatch(/frame-ancestors|report-uri|sandbox/);
    expect(META_POLICY).not.toMatch(/connect-src|default-src/);
  });
});
