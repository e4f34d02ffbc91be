/**
 * The part of `fetch` Octokit uses, over Node's own http/https modules. Node's fetch (undici) compiles a
 * WebAssembly HTTP parser and a large module on first use: that costs more than a whole small check run
 * (issue #14; `npm run bench`). This keeps what a GitHub API client needs from fetch: keep-alive connections,
 * gzip/deflate/brotli bodies, redirects (method and credentials handled as fetch does), aborts, a 5-minute
 * stall limit and fetch's error shape (TypeError "fetch failed" with the cause). Anything else (a stream body,
 * a Request object) goes to the real fetch.
 */
import type { Agent, IncomingMessage, RequestOptions } from 'node:http';

type Http = typeof import('node:http');
type Zlib = typeof import('node:zlib');

export interface FetchInit {
  method?: string;
  body?: unknown;
  headers?: Record<string, string>;
  redirect?: 'follow' | 'manual' | 'error';
  signal?: AbortSignal | null;
}

const STALL_MS = 300_000; // undici's headers and body timeouts
const MAX_REDIRECTS = 20; // fetch's limit

// getBuiltinModule gives the CommonJS module: an ES import of node:http reads its lazy WebSocket getters,
// which load undici, the very thing this file avoids.
const builtin = <T>(id: string): T => process.getBuiltinModule(id) as T;
const agents = new Map<string, Agent>();
function agentFor(protocol: string): { http: Http; agent: Agent } {
  const http = builtin<Http>(protocol === 'https:' ? 'node:https' : 'node:http');
  let agent = agents.get(protocol);
  if (!agent) agents.set(protocol, (agent = new http.Agent({ keepAlive: true })));
  return { http, agent };
}

/** Response headers as fetch shows them: lower-case names in order, repeated values joined by ", " (each
 * set-cookie on its own when iterated, as fetch's Headers does). */
export class ResponseHeaders implements Iterable<[string, string]> {
  readonly #raw: IncomingMessage['headers'];
  constructor(raw: IncomingMessage['headers']) {
    this.#raw = raw;
  }
  get(name: string): string | null {
    const v = this.#raw[name.toLowerCase()];
    return v === undefined ? null : Array.isArray(v) ? v.join(', ') : v;
  }
  has(name: string): boolean {
    return this.#raw[name.toLowerCase()] !== undefined;
  }
  *[Symbol.iterator](): IterableIterator<[string, string]> {
    for (const name of Object.keys(this.#raw).sort()) {
      const v = this.#raw[name];
      if (name === 'set-cookie' && Array.isArray(v)) for (const c of v) yield [name, c];
      else if (v !== undefined) yield [name, Array.isArray(v) ? v.join(', ') : v];
    }
  }
}

export interface ResponseParts {
  status: number;
  statusText: string;
  url: string;
  headers: IncomingMessage['headers'];
  redirected: boolean;
  bytes: Buffer;
}

export class NodeResponse {
  readonly status: number;
  readonly statusText: string;
  readonly url: string;
  readonly redirected: boolean;
  readonly ok: boolean;
  readonly headers: ResponseHeaders;
  readonly body = null;
  readonly #bytes: Buffer;
  constructor(p: ResponseParts) {
    [this.status, this.statusText, this.url, this.redirected] = [p.status, p.statusText, p.url, p.redirected];
    this.ok = p.status >= 200 && p.status < 300;
    this.headers = new ResponseHeaders(p.headers);
    this.#bytes = p.bytes;
  }
  text(): Promise<string> {
    return Promise.resolve(this.#bytes.toString('utf8'));
  }
  json(): Promise<unknown> {
    return this.text().then((t) => JSON.parse(t) as unknown);
  }
  arrayBuffer(): Promise<ArrayBuffer> {
    return Promise.resolve(new Uint8Array(this.#bytes).buffer);
  }
}

function decode(bytes: Buffer, encoding: string | undefined): Buffer {
  const zlib = builtin<Zlib>('node:zlib');
  switch (encoding?.trim().toLowerCase()) {
    case 'gzip':
    case 'x-gzip':
      return zlib.gunzipSync(bytes);
    case 'deflate':
      return zlib.inflateSync(bytes);
    case 'br':
      return zlib.brotliDecompressSync(bytes);
    default:
      return bytes;
  }
}

interface Exchange {
  res: IncomingMessage;
  bytes: Buffer;
}

/** One request and its whole response body; rejects as fetch does. */
function exchange(
  url: URL,
  method: string,
  headers: Record<string, string>,
  body: Buffer | undefined,
  signal?: AbortSignal | null,
): Promise<Exchange> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(abortError(signal));
    const { http, agent } = agentFor(url.protocol);
    const options: RequestOptions = { method, headers, agent };
    const fail = (cause: unknown): void => reject(new TypeError('fetch failed', { cause }));
    const req = http.request(url, options, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('error', fail);
      res.on('end', () => {
        signal?.removeEventListener('abort', onAbort);
        try {
          resolve({ res, bytes: decode(Buffer.concat(chunks), res.headers['content-encoding']) });
        } catch (e) {
          fail(e);
        }
      });
    });
    const onAbort = (): void => {
      req.destroy();
      reject(abortError(signal!));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    req.setTimeout(STALL_MS, () => req.destroy(new Error(`no data for ${STALL_MS / 1000} s`)));
    req.on('error', fail);
    req.end(body);
  });
}

const abortError = (signal: AbortSignal): Error =>
  signal.reason instanceof Error ? signal.reason : new DOMException('This operation was aborted', 'AbortError');

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/** fetch(url, init) for string/URL targets and string/byte bodies; everything else is handed to the real fetch. */
export async function nodeHttpFetch(input: string | URL, init: FetchInit = {}): Promise<NodeResponse> {
  const simpleBody =
    init.body === undefined || init.body === null || typeof init.body === 'string' || init.body instanceof Uint8Array;
  if ((typeof input !== 'string' && !(input instanceof URL)) || !simpleBody)
    return (await fetch(input, init as RequestInit)) as unknown as NodeResponse;
  let url = new URL(input);
  let method = (init.method ?? 'GET').toUpperCase();
  let body = init.body === undefined || init.body === null ? undefined : Buffer.from(init.body as string | Uint8Array);
  const headers: Record<string, string> = { 'accept-encoding': 'gzip, deflate, br', ...lowerCased(init.headers) };
  for (let hops = 0; ; hops++) {
    if (body) headers['content-length'] = String(body.length);
    else delete headers['content-length'];
    const { res, bytes } = await exchange(url, method, headers, body, init.signal);
    const status = res.statusCode ?? 0;
    const location = res.headers.location;
    if (!REDIRECTS.has(status) || !location || init.redirect === 'manual')
      return new NodeResponse({
        status,
        statusText: res.statusMessage ?? '',
        url: url.href,
        headers: res.headers,
        redirected: hops > 0,
        bytes,
      });
    if (init.redirect === 'error' || hops >= MAX_REDIRECTS)
      throw new TypeError('fetch failed', { cause: new Error(`redirect to ${location} not followed`) });
    const next = new URL(location, url);
    if (next.origin !== url.origin) for (const h of ['authorization', 'cookie']) delete headers[h];
    if (status === 303 ? method !== 'HEAD' : (status === 301 || status === 302) && method === 'POST') {
      [method, body] = ['GET', undefined];
      delete headers['content-type'];
    }
    url = next;
  }
}

const lowerCased = (h: Record<string, string> | undefined): Record<string, string> =>
  Object.fromEntries(Object.entries(h ?? {}).map(([k, v]) => [k.toLowerCase(), v]));
