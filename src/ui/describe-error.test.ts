import { describe, expect, it } from 'vitest';
import {
  HttpError,
  InvalidResponseError,
  NetworkError,
  ProblemDetailsError,
  TimeoutError,
} from '../api/ngsi/errors';
import type { NgsiErrorName } from '../api/ngsi/problem-details';
import { translate } from '../i18n';
import { describeError, explainError } from './describe-error';

const target = '/entities?type=EvacuationShelter';
const t = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) =>
  translate('ja', key, params);
const en = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) =>
  translate('en', key, params);
const context = {
  contextUrl: 'https://nagasaki.example/ngsi-ld/context.jsonld',
  tenant: 'nagasaki',
};

const http = (status: number, excerpt = '', retryAfterMs?: number) =>
  new HttpError({ target, status, statusText: '', retryAfterMs, excerpt });
const problem = (status: number, ngsiError?: NgsiErrorName, retryAfterMs?: number) =>
  new ProblemDetailsError({
    target,
    status,
    problemType: `https://uri.etsi.org/ngsi-ld/errors/${ngsiError ?? 'Other'}`,
    ngsiError,
    title: 'title',
    detail: 'detail',
    retryAfterMs,
  });
const invalid = (reason: 'not-json' | 'truncated' | 'wrong-shape') =>
  new InvalidResponseError({ target, status: 200, reason, excerpt: '', description: '' });

describe('describeError', () => {
  it.each<[string, unknown, string, string]>([
    [
      '500 ProblemDetails',
      problem(500, 'InternalError'),
      'API エラー 500：InternalError',
      'API error 500: InternalError',
    ],
    [
      '503 with Retry-After',
      http(503, '', 3_000),
      'API が 3 秒待つよう求めています（HTTP 503）',
      'The API asked to wait 3 s (HTTP 503)',
    ],
    [
      '429 with Retry-After 1.2 s',
      http(429, '', 1_200),
      'API が 2 秒待つよう求めています（HTTP 429）',
      'The API asked to wait 2 s (HTTP 429)',
    ],
    [
      '429 without Retry-After',
      http(429),
      'API が時間をおいて再試行するよう求めています（HTTP 429）',
      'The API asked to retry later (HTTP 429)',
    ],
    [
      '503 ProblemDetails with Retry-After',
      problem(503, undefined, 10_000),
      'API が 10 秒待つよう求めています（HTTP 503）',
      'The API asked to wait 10 s (HTTP 503)',
    ],
    [
      'bare 401',
      http(401, '{"message":"Unauthorized"}'),
      'API が認証情報（API キー）を拒否しました（HTTP 401）',
      'The API refused the credentials (API key) (HTTP 401)',
    ],
    [
      '401 ProblemDetails',
      problem(401),
      'API が認証情報（API キー）を拒否しました（HTTP 401）',
      'The API refused the credentials (API key) (HTTP 401)',
    ],
    [
      'gateway HTML page',
      http(502, '<!DOCTYPE html><html><head><title>502 Bad Gateway</title>'),
      'ゲートウェイが HTTP 502 のエラーページを返しました（ブローカーまで届いていない可能性があります）',
      'A gateway answered HTTP 502 with an error page (the broker may not have been reached)',
    ],
    [
      'bare 502 without a page',
      http(502, ''),
      'API が HTTP 502 を返しました',
      'The API answered HTTP 502',
    ],
    [
      '403 JSON',
      http(403, '{"message":"Forbidden"}'),
      'API が HTTP 403 を返しました',
      'The API answered HTTP 403',
    ],
    [
      'timeout',
      new TimeoutError({ target, timeoutMs: 3_000 }),
      'API が 3 秒以内に応答しませんでした',
      'The API did not answer within 3 s',
    ],
    [
      'connection refused',
      new NetworkError({ target, cause: new TypeError('Failed to fetch') }),
      'API に接続できません',
      'Cannot reach the API',
    ],
    [
      'truncated JSON',
      invalid('truncated'),
      'API の応答が途中で切れていました',
      'The API response was cut short',
    ],
    [
      'malformed JSON',
      invalid('not-json'),
      'API の応答が JSON ではありません',
      'The API response is not JSON',
    ],
    [
      'wrong shape',
      invalid('wrong-shape'),
      'API の応答を解釈できません',
      'The API response could not be read',
    ],
    [
      'LdContextNotAvailable (even with Retry-After)',
      problem(503, 'LdContextNotAvailable', 5_000),
      'ブローカーが @context https://nagasaki.example/ngsi-ld/context.jsonld を取得できません',
      'The broker cannot load the @context https://nagasaki.example/ngsi-ld/context.jsonld',
    ],
    [
      'NonexistentTenant',
      problem(404, 'NonexistentTenant'),
      'ブローカーにテナント「nagasaki」がありません',
      'The broker has no tenant "nagasaki"',
    ],
    ['not an NGSI error', new Error('x'), '不明なエラー', 'Unknown error'],
  ])('%s', (_name, error, ja, english) => {
    expect(describeError(error, t, context)).toBe(ja);
    expect(describeError(error, en, context)).toBe(english);
  });

  it('says a 401 is the sign-in refused when the dashboard signs in, not an API key', () => {
    const signedIn = { ...context, auth: { kind: 'oidc' as const } };
    expect(describeError(http(401), en, signedIn)).toBe('The API refused the sign-in (HTTP 401)');
    expect(describeError(problem(401), t, signedIn)).toBe(
      'API がサインインを受け付けませんでした（HTTP 401）',
    );
  });

  it('names the tenant only when one is configured', () => {
    expect(describeError(problem(404, 'NonexistentTenant'), t)).toBe(
      'API エラー 404：NonexistentTenant',
    );
  });
});

describe('explainError: what a deployer should check', () => {
  const deployed = {
    ...context,
    apiBaseUrl: 'https://linkage.example/broker',
    authHeader: { name: 'X-Api-Key' },
  };
  const notFound = (path: string) =>
    new HttpError({
      target: path,
      status: 404,
      statusText: '',
      retryAfterMs: undefined,
      excerpt: 'Not Found',
    });
  it.each<[string, unknown, string | undefined]>([
    [
      '404 on a collection path: the URL, the base and the route',
      notFound('/entities?type=EvacuationShelter&limit=1000'),
      'Not found: https://linkage.example/broker/ngsi-ld/v1/entities?type=EvacuationShelter&limit=1000. Check apiBaseUrl in config.json (now "https://linkage.example/broker") and that the gateway routes /broker/ngsi-ld/v1/entities to the broker.',
    ],
    [
      '404 on /types',
      notFound('/types'),
      'Not found: https://linkage.example/broker/ngsi-ld/v1/types. Check apiBaseUrl in config.json (now "https://linkage.example/broker") and that the gateway routes /broker/ngsi-ld/v1/types to the broker.',
    ],
    [
      '404 on one entity is an answer, not a route problem',
      notFound('/entities/urn:x:1'),
      undefined,
    ],
    ['a 500 says enough on its own', http(500), undefined],
    [
      'network failure: the host, and the CORS headers this config needs',
      new NetworkError({ target, cause: new TypeError('Failed to fetch') }),
      'Either https://linkage.example cannot be reached from this browser, or the broker’s CORS refused the request. The broker must allow this origin and the request headers Link, NGSILD-Tenant, X-Api-Key (Access-Control-Allow-Headers), and expose NGSILD-Results-Count, Link (Access-Control-Expose-Headers).',
    ],
    ['not an API error', new Error('x'), undefined],
  ])('%s', (_what, error, expected) => {
    expect(explainError(error, en, deployed)).toBe(expected);
  });

  it('asks CORS to allow Authorization when the dashboard signs in', () => {
    const v2 = { apiBaseUrl: 'https://orion.example', dialect: 'ngsi-v2' as const };
    const error = new NetworkError({ target, cause: undefined });
    expect(explainError(error, en, { ...v2, auth: { kind: 'oidc' } })).toContain(
      'request headers Fiware-Service, Fiware-ServicePath, Authorization (Access-Control-Allow-Headers)',
    );
  });

  it('names the NGSI v2 headers and the /v2 path for Orion', () => {
    const v2 = { apiBaseUrl: 'https://orion.example', dialect: 'ngsi-v2' as const };
    expect(explainError(new NetworkError({ target, cause: undefined }), en, v2)).toContain(
      'request headers Fiware-Service, Fiware-ServicePath (Access-Control-Allow-Headers), and expose Fiware-Total-Count',
    );
    expect(explainError(notFound('/entities?type=X'), en, v2)).toContain(
      'Not found: https://orion.example/v2/entities?type=X.',
    );
  });

  it('names only the headers the config sends', () => {
    const fix = explainError(new NetworkError({ target, cause: undefined }), en, {
      apiBaseUrl: 'https://b.example',
    });
    expect(fix).toContain('request headers Link (');
  });

  it('says it in Japanese too', () => {
    expect(explainError(notFound('/entities?type=X'), t, deployed)).toBe(
      '見つかりません：https://linkage.example/broker/ngsi-ld/v1/entities?type=X。config.json の apiBaseUrl（現在 "https://linkage.example/broker"）と、ゲートウェイが /broker/ngsi-ld/v1/entities をブローカーへ転送しているかを確認してください。',
    );
  });
});
