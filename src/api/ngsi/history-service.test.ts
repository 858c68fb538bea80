import { describe, expect, it } from 'vitest';
import { HttpError, NetworkError, ProblemDetailsError } from './errors';
import { noHistoryService } from './history-service';

const target = '/temporal/entities';
const problem = (status: number, title: string) =>
  new ProblemDetailsError({
    target,
    status,
    problemType: 'BadRequest',
    ngsiError: 'BadRequestData',
    title,
    detail: undefined,
    retryAfterMs: undefined,
  });
const http = (status: number) =>
  new HttpError({ target, status, statusText: '', retryAfterMs: undefined, excerpt: '' });

describe('noHistoryService', () => {
  it.each<[string, unknown, number | undefined]>([
    ['404 on the path', http(404), 404],
    ['501 Not Implemented', http(501), 501],
    [
      'Orion answering for a QuantumLeap it is not',
      problem(400, 'Service not found. Check your URL as probably it is wrong.'),
      400,
    ],
    ['any other 400 is a real error', problem(400, 'Bad pagination limit'), undefined],
    ['500 is a failure, not an absence', http(500), undefined],
    ['no answer at all', new NetworkError({ target, cause: undefined }), undefined],
  ])('%s → %s', (_what, error, expected) => {
    expect(noHistoryService(error)).toBe(expected);
  });
});
