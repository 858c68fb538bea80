import type { IncomingMessage, ServerResponse } from 'node:http';

/** A Fetch Request for a Node request; its signal aborts when the client goes away. */
export async function toFetchRequest(
  req: IncomingMessage,
  res: ServerResponse,
  origin: string,
): Promise<Request> {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (Array.isArray(value)) for (const v of value) headers.append(name, v);
    else if (value !== undefined) headers.set(name, value);
  }
  const method = req.method ?? 'GET';
  const chunks: Buffer[] = [];
  if (method !== 'GET' && method !== 'HEAD')
    for await (const chunk of req) chunks.push(Buffer.from(chunk));
  const abort = new AbortController();
  res.on('close', () => {
    if (!res.writableFinished) abort.abort();
  });
  return new Request(new URL(req.url ?? '/', origin), {
    method,
    headers,
    body: chunks.length > 0 ? Buffer.concat(chunks) : undefined,
    signal: abort.signal,
  });
}

/** Writes a Fetch Response (plus extra headers) to a Node response, unless the client left. */
export async function writeFetchResponse(
  res: ServerResponse,
  response: Response,
  extra: Record<string, string>,
): Promise<void> {
  const body = Buffer.from(await response.arrayBuffer());
  if (res.destroyed) return;
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  res.writeHead(response.status, { ...headers, ...extra });
  res.end(body);
}
