/**
 * A local fake of the GitHub API on 127.0.0.1 (port 0) serving one scenario: REST routes the suite
 * uses and a GraphQL endpoint that validates every query against GitHub's published schema
 * (@octokit/graphql-schema). Every request is logged; faults (5xx, 403, rate limits) on demand.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { validate } from '@octokit/graphql-schema';
import { RepoLabels, type LabelAnswer, type LabelLook } from './labels.ts';
import { PartialAnswer } from './partial.ts';

export { forbidden, PartialAnswer } from './partial.ts';

export interface ApiFile {
  sha: string;
  filename: string;
  status: string;
  additions: number;
  deletions: number;
  changes: number;
  previous_filename?: string;
  patch?: string;
}

export interface FakePull {
  files: ApiFile[];
  labels: string[];
}

export interface Fault {
  method?: string;
  /** Matched against the path without the query string. */
  path: RegExp;
  /** Also match on the query string (e.g. /page=2/). */
  query?: RegExp;
  /** Also match on the JSON request body (e.g. a GraphQL cursor). */
  body?: RegExp;
  status: number;
  /** How many matching requests fail; Infinity for a permanent fault. */
  times: number;
  headers?: Record<string, string>;
  message?: string;
}

export interface Scenario {
  owner: string;
  repo: string;
  pulls?: Record<number, FakePull>;
  /** `${ref}:${path}` → file text, for the contents API (`HEAD:` for the default branch). */
  contents?: Record<string, string>;
  repoLabels?: string[];
  /** Colour and description of some of repoLabels (the others are grey with none). */
  labelLooks?: Record<string, LabelLook>;
  faults?: Fault[];
  graphql?: (query: string, variables: Record<string, unknown>) => unknown;
}

export interface LoggedRequest {
  method: string;
  path: string;
  query: string;
  body: unknown;
  status: number;
  authorization?: string;
}

export interface FakeGitHub {
  url: string;
  requests: LoggedRequest[];
  repoLabels: Set<string>;
  /** Colour and description of a repository label, by its spelling there. */
  labelLook: (name: string) => LabelLook;
  pulls: Record<number, FakePull>;
  /** Requests other than those the predicate accepts. */
  count(filter?: (r: LoggedRequest) => boolean): number;
  close(): Promise<void>;
}

/** GitHub lists at most 3,000 files of a PR. */
export const FILES_CAP = 3000;

export function apiFile(
  filename: string,
  additions: number,
  deletions = 0,
  status = 'modified',
  extra: Partial<ApiFile> = {},
): ApiFile {
  return {
    sha: '0'.repeat(40),
    filename,
    status,
    additions,
    deletions,
    changes: additions + deletions,
    patch: '@@ -1 +1 @@',
    ...extra,
  };
}

const json = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): number => {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify(body));
  return status;
};

async function readBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

export async function startFakeGitHub(scenario: Scenario): Promise<FakeGitHub> {
  const requests: LoggedRequest[] = [];
  const labels = new RepoLabels(scenario.repoLabels);
  for (const [name, look] of Object.entries(scenario.labelLooks ?? {})) labels.looks.set(name, look);
  const repoLabels = labels.names;
  const pulls = scenario.pulls ?? {};
  const faults = (scenario.faults ?? []).map((f) => ({ ...f, left: f.times }));
  const repoPath = `/repos/${scenario.owner}/${scenario.repo}`;
  let base = '';

  const labelRoute = (method: string, rest: string, body: unknown): LabelAnswer | undefined => {
    let m: RegExpExecArray | null;
    if (method === 'POST' && rest === '/labels') return labels.create(body as { name: string });
    if (method === 'GET' && (m = /^\/labels\/(.+)$/.exec(rest))) return labels.get(decodeURIComponent(m[1]!));
    if (method === 'PATCH' && (m = /^\/labels\/(.+)$/.exec(rest)))
      return labels.update(decodeURIComponent(m[1]!), body as { color?: string; description?: string });
    const pull = (n: string | undefined) => pulls[Number(n)];
    const missing = { status: 404, body: { message: 'Not Found' } };
    if (method === 'POST' && (m = /^\/issues\/(\d+)\/labels$/.exec(rest)))
      return pull(m[1]) ? labels.add(pull(m[1])!, (body as { labels: string[] }).labels) : missing;
    if (method === 'DELETE' && (m = /^\/issues\/(\d+)\/labels\/(.+)$/.exec(rest)))
      return pull(m[1]) ? labels.remove(pull(m[1])!, decodeURIComponent(m[2]!)) : missing;
    return undefined;
  };

  const route = async (
    req: IncomingMessage,
    res: ServerResponse,
    path: string,
    query: URLSearchParams,
    body: unknown,
  ): Promise<number> => {
    const method = req.method ?? 'GET';
    const fault = faults.find(
      (f) =>
        f.left > 0 &&
        (!f.method || f.method === method) &&
        f.path.test(path) &&
        (!f.query || f.query.test(query.toString())) &&
        (!f.body || f.body.test(JSON.stringify(body ?? null))),
    );
    if (fault) {
      fault.left--;
      return json(
        res,
        fault.status,
        { message: fault.message ?? `fake fault ${fault.status}`, documentation_url: 'https://docs.github.com/rest' },
        fault.headers,
      );
    }
    let m: RegExpExecArray | null;
    if (method === 'POST' && path === '/graphql') {
      const { query: doc, variables } = body as { query: string; variables?: Record<string, unknown> };
      const errors = validate(doc);
      if (errors.length) return json(res, 200, { errors: errors.map((e) => ({ message: e.message })) });
      if (!scenario.graphql) return json(res, 200, { errors: [{ message: 'scenario has no GraphQL data' }] });
      const answer = scenario.graphql(doc, variables ?? {});
      // GitHub answers 200 with `errors` beside partial `data` (e.g. FORBIDDEN items come back as null).
      if (answer instanceof PartialAnswer) return json(res, 200, { data: answer.data, errors: answer.errors });
      return json(res, 200, { data: answer });
    }
    if (!path.startsWith(`${repoPath}/`)) return json(res, 404, { message: 'Not Found' });
    const rest = path.slice(repoPath.length);
    if (method === 'GET' && (m = /^\/pulls\/(\d+)\/files$/.exec(rest))) {
      const pull = pulls[Number(m[1])];
      if (!pull) return json(res, 404, { message: 'Not Found' });
      const perPage = Math.min(100, Number(query.get('per_page') ?? 30));
      const page = Number(query.get('page') ?? 1);
      const listed = pull.files.slice(0, FILES_CAP);
      const last = Math.max(1, Math.ceil(listed.length / perPage));
      const link = (p: number, rel: string): string => `<${base}${path}?per_page=${perPage}&page=${p}>; rel="${rel}"`;
      const links = page < last ? [link(page + 1, 'next'), link(last, 'last')] : [];
      return json(
        res,
        200,
        listed.slice((page - 1) * perPage, page * perPage),
        links.length ? { link: links.join(', ') } : {},
      );
    }
    if (method === 'GET' && (m = /^\/contents\/(.+)$/.exec(rest))) {
      const file = decodeURIComponent(m[1]!);
      const text = scenario.contents?.[`${query.get('ref') ?? 'HEAD'}:${file}`];
      if (text === undefined) return json(res, 404, { message: 'Not Found' });
      return json(res, 200, {
        type: 'file',
        encoding: 'base64',
        path: file,
        name: file.split('/').at(-1),
        content: Buffer.from(text).toString('base64'),
      });
    }
    const labelAnswer = labelRoute(method, rest, body);
    if (labelAnswer) return json(res, labelAnswer.status, labelAnswer.body);
    return json(res, 404, { message: `fake GitHub has no route for ${method} ${path}` });
  };

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    void readBody(req).then(async (body) => {
      const entry: LoggedRequest = {
        method: req.method ?? 'GET',
        path: url.pathname,
        query: url.searchParams.toString(),
        body,
        status: 0,
        ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}),
      };
      requests.push(entry);
      entry.status = await route(req, res, url.pathname, url.searchParams, body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: base,
    requests,
    repoLabels,
    labelLook: (name) => labels.look(name),
    pulls,
    count: (filter) => requests.filter(filter ?? (() => true)).length,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
