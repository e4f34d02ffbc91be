// nodeHttpFetch answers as Node's own fetch does for everything Octokit asks of it: each case is sent through
// both, to a real local HTTP server, and the answers compared.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeHttpFetch, type FetchInit } from '../../src/facts/github/node-http-fetch.ts';

type Handler = (req: IncomingMessage, body: string, res: ServerResponse) => void;
const seen: { method: string; path: string; body: string; auth?: string }[] = [];
const routes: Record<string, Handler> = {
  '/json': (_q, _b, res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{"a":[1,2]}'),
  '/gzip': (req, _b, res) => {
    const gz = /gzip/.test(req.headers['accept-encoding'] ?? '');
    res.writeHead(200, { 'content-type': 'application/json', ...(gz ? { 'content-encoding': 'gzip' } : {}) });
    res.end(gz ? gzipSync('{"zipped":true}') : '{"zipped":false}');
  },
  '/br': (_q, _b, res) =>
    res.writeHead(200, { 'content-encoding': 'br', 'content-type': 'text/plain' }).end(brotliCompressSync('brotli')),
  '/echo': (req, body, res) =>
    res.writeHead(201, { 'content-type': 'application/json' }).end(JSON.stringify({ method: req.method, body })),
  '/cookies': (_q, _b, res) =>
    res
      .writeHead(200, [
        ['set-cookie', 'a=1'],
        ['set-cookie', 'b=2'],
        ['x-n', '3'],
      ])
      .end(),
  '/empty': (_q, _b, res) => res.writeHead(204).end(),
  '/missing': (_q, _b, res) => res.writeHead(404, 'Not Found', { 'content-type': 'application/json' }).end('{}'),
  '/bytes': (_q, _b, res) =>
    res.writeHead(200, { 'content-type': 'application/octet-stream' }).end(Buffer.from([0, 255, 7])),
  '/r307': (_q, _b, res) => res.writeHead(307, { location: '/echo' }).end(),
  '/r303': (_q, _b, res) => res.writeHead(303, { location: '/echo' }).end(),
  '/r302': (_q, _b, res) => res.writeHead(302, { location: '/echo' }).end(),
  '/loop': (_q, _b, res) => res.writeHead(302, { location: '/loop' }).end(),
  '/away': (_q, _b, res) => res.writeHead(302, { location: `${other}/whoami` }).end(),
  '/whoami': (req, _b, res) => res.writeHead(200).end(req.headers.authorization ?? 'anonymous'),
  '/slow': () => undefined,
};

let base = '';
let connections = 0;
let other = '';
const servers: ReturnType<typeof createServer>[] = [];
async function listen(): Promise<string> {
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      seen.push({
        method: req.method ?? '',
        path,
        body,
        ...(req.headers.authorization ? { auth: req.headers.authorization } : {}),
      });
      (routes[path] ?? ((_q, _b, r) => r.writeHead(500).end()))(req, body, res);
    });
  });
  server.on('connection', () => connections++);
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}
beforeAll(async () => {
  [base, other] = [await listen(), (await listen()).replace('127.0.0.1', 'localhost')];
});
afterAll(() => servers.forEach((s) => s.closeAllConnections() ?? s.close()));

interface Seen {
  status: number;
  ok: boolean;
  url: string;
  redirected: boolean;
  headers: Record<string, string>;
  text: string;
}
async function both(path: string, init: FetchInit = {}): Promise<[Seen, Seen]> {
  const read = async (r: Awaited<ReturnType<typeof nodeHttpFetch>> | Response): Promise<Seen> => {
    const headers = Object.fromEntries(
      [...r.headers].filter(([k]) => !['date', 'connection', 'keep-alive', 'transfer-encoding'].includes(k)),
    );
    return { status: r.status, ok: r.ok, url: r.url, redirected: r.redirected, headers, text: await r.text() };
  };
  return [
    await read(await nodeHttpFetch(`${base}${path}`, init)),
    await read(await fetch(`${base}${path}`, init as RequestInit)),
  ];
}

describe('nodeHttpFetch answers as fetch does', () => {
  it.each([
    ['a JSON body', '/json', {}],
    ['a gzip body it asked for', '/gzip', {}],
    ['a brotli body', '/br', {}],
    [
      'a POST with a JSON body',
      '/echo',
      { method: 'POST', body: '{"x":1}', headers: { 'Content-Type': 'application/json' } },
    ],
    ['repeated headers', '/cookies', {}],
    ['204 No Content', '/empty', { method: 'DELETE' }],
    ['an error status', '/missing', {}],
    ['307: same method and body at the new place', '/r307', { method: 'POST', body: 'keep' }],
    ['303: a GET without body', '/r303', { method: 'PUT', body: 'drop' }],
    ['302 after POST: a GET', '/r302', { method: 'POST', body: 'drop' }],
    ['302 left alone when asked (redirect: manual)', '/r302', { redirect: 'manual' as const }],
  ])('%s', async (_what, path, init) => {
    const [ours, theirs] = await both(path, init);
    expect(ours).toEqual(theirs);
  });

  it('gives binary bodies byte for byte', async () => {
    const ours = new Uint8Array(await (await nodeHttpFetch(`${base}/bytes`)).arrayBuffer());
    expect([...ours]).toEqual([...new Uint8Array(await (await fetch(`${base}/bytes`)).arrayBuffer())]);
  });

  it('does not carry credentials to another origin on a redirect', async () => {
    const auth = { headers: { authorization: 'token secret' } };
    const [ours, theirs] = await both('/away', auth);
    expect(ours.text).toBe('anonymous');
    expect(ours).toEqual(theirs);
  });

  it('fails as fetch fails: a refused connection, a redirect loop, redirect: error, an abort', async () => {
    const refused = await nodeHttpFetch('http://127.0.0.1:9/').catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(TypeError);
    expect(refused).toMatchObject({ message: 'fetch failed', cause: { code: 'ECONNREFUSED' } });
    await expect(nodeHttpFetch(`${base}/loop`)).rejects.toThrow(TypeError);
    await expect(nodeHttpFetch(`${base}/r302`, { redirect: 'error' })).rejects.toThrow('fetch failed');
    const controller = new AbortController();
    const pending = nodeHttpFetch(`${base}/slow`, { signal: controller.signal });
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('sends one request after another over one kept-alive connection', async () => {
    await nodeHttpFetch(`${base}/json`);
    const [before, requests] = [connections, seen.length];
    for (let i = 0; i < 3; i++) await nodeHttpFetch(`${base}/json`);
    expect([connections - before, seen.length - requests]).toEqual([0, 3]);
  });
});
