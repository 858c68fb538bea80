/**
 * A real OpenID Provider (node-oidc-provider) on loopback, for the tests and the gated mock:
 * one public client (no secret; PKCE S256 required), authorization code flow, JWT access
 * tokens for one API (RFC 8707 resource indicator, the token's `aud`), refresh tokens (rotated,
 * as for any public client). Any login and password are accepted on its development login page;
 * consent is given on first sign-in, as a platform's own client would have it.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { exportJWK, generateKeyPair } from 'jose';
import Provider, { type Configuration, type KoaContextWithOIDC } from 'oidc-provider';

const HOST = '127.0.0.1';

export interface OidcProviderOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  clientId: string;
  /** The dashboard's address(es), exactly as it sends redirect_uri. */
  redirectUris: string[];
  /** The API the access tokens are for (their audience). */
  resource: string;
  /** Access token lifetime in seconds (default 120). */
  accessTokenTtl?: number;
  /** Refresh token lifetime in seconds (default 1 day). */
  refreshTokenTtl?: number;
}

export interface RunningOidcProvider {
  /** `http://127.0.0.1:PORT`, the issuer. */
  issuer: string;
  /** Every token endpoint call by grant type (tests count renewals with it). */
  tokenRequests: { grant: string; at: number; ok: boolean }[];
  /** Stops answering (connection refused) and starts again on the same port. */
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Revokes every grant: refresh tokens stop working, as after an administrator's logout. */
  revokeAll(): Promise<void>;
  close(): Promise<void>;
}

export async function startOidcProvider(
  options: OidcProviderOptions,
): Promise<RunningOidcProvider> {
  const sockets = new Set<Socket>();
  const grants = new Set<string>();
  const tokenRequests: RunningOidcProvider['tokenRequests'] = [];
  // The provider needs its issuer, which needs the port: the server listens first.
  const ready: { provider?: Provider } = {};
  const server: Server = createServer((req, res) => {
    if (!ready.provider) return res.writeHead(503).end();
    void ready.provider.callback()(req, res);
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  const listen = (port: number) =>
    new Promise<number>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, HOST, () => {
        server.off('error', reject);
        resolve((server.address() as AddressInfo).port);
      });
    });
  const port = await listen(options.port ?? 0);
  const issuer = `http://${HOST}:${port}`;

  // Signing keys of its own, made at each start (a test provider keeps nothing).
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  const signing = { ...(await exportJWK(privateKey)), alg: 'RS256', use: 'sig', kid: 'mock-rs256' };
  const configuration: Configuration = {
    jwks: { keys: [signing] },
    clients: [
      {
        client_id: options.clientId,
        token_endpoint_auth_method: 'none',
        redirect_uris: options.redirectUris,
        grant_types: ['authorization_code', 'refresh_token'],
        response_types: ['code'],
      },
    ],
    async findAccount(_ctx, id) {
      return { accountId: id, claims: () => ({ sub: id }) };
    },
    features: {
      devInteractions: { enabled: true },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => options.resource,
        useGrantedResource: () => true,
        getResourceServerInfo: (_ctx, indicator) => {
          if (indicator !== options.resource) throw new Error(`unknown resource ${indicator}`);
          return {
            scope: 'ngsi:read',
            audience: options.resource,
            accessTokenFormat: 'jwt',
            accessTokenTTL: options.accessTokenTtl ?? 120,
          };
        },
      },
    },
    issueRefreshToken: async (_ctx, client) => client.grantTypeAllowed('refresh_token'),
    ttl: {
      RefreshToken: options.refreshTokenTtl ?? 24 * 3600,
      IdToken: 3600,
      Session: 24 * 3600,
      Grant: 24 * 3600,
    },
    // Consent is the platform's: the dashboard gets openid and read access to the API.
    async loadExistingGrant(ctx: KoaContextWithOIDC) {
      const { client, session } = ctx.oidc;
      if (!client || !session?.accountId) return undefined;
      const existing = session.grantIdFor(client.clientId);
      if (existing) return ctx.oidc.provider.Grant.find(existing);
      const grant = new ctx.oidc.provider.Grant({
        clientId: client.clientId,
        accountId: session.accountId,
      });
      grant.addOIDCScope('openid');
      grant.addResourceScope(options.resource, 'ngsi:read');
      const id = await grant.save();
      grants.add(id);
      return grant;
    },
    cookies: { keys: ['nagasaki-mock-oidc-cookie-key'] },
    pkce: { required: () => true },
  };
  const provider = new Provider(issuer, configuration);
  ready.provider = provider;
  const record = (ctx: KoaContextWithOIDC, ok: boolean) =>
    tokenRequests.push({
      grant: String(ctx.oidc.params?.['grant_type'] ?? ''),
      at: Date.now(),
      ok,
    });
  provider.on('grant.success', (ctx: KoaContextWithOIDC) => record(ctx, true));
  provider.on('grant.error', (ctx: KoaContextWithOIDC) => record(ctx, false));
  provider.on('grant.saved', (grant: { jti: string }) => grants.add(grant.jti));

  const close = () =>
    new Promise<void>((resolve) => {
      if (!server.listening) return resolve();
      server.close(() => resolve());
      for (const s of sockets) s.destroy();
    });
  return {
    issuer,
    tokenRequests,
    stop: close,
    start: async () => {
      await listen(port);
    },
    async revokeAll() {
      for (const id of grants) {
        const grant = await provider.Grant.find(id);
        await grant?.destroy();
      }
    },
    close,
  };
}
