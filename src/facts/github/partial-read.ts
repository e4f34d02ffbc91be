/**
 * GraphQL's partial answers: GitHub returns `null` for items the token can't see, usually with an
 * `errors` entry (FORBIDDEN, "Resource not accessible by integration") beside the rest of `data`.
 * @octokit/graphql throws a GraphqlResponseError carrying that `data`: we use it, skip the nulls,
 * count what was skipped, and say so in one sentence that names the permission to give the job.
 */
import type { Octokit } from './octokit.ts';

export interface GraphqlProblem {
  type?: string;
  message: string;
  path?: readonly (string | number)[];
}

export type Permission = 'pull-requests: read' | 'issues: read';

/** A query's data, partial when GitHub answered with `errors` beside it. */
export async function readGraphql<T>(
  octokit: Octokit,
  query: string,
  variables: Record<string, unknown>,
): Promise<{ data: T; errors: GraphqlProblem[] }> {
  try {
    return { data: await octokit.graphql<T>(query, variables), errors: [] };
  } catch (e) {
    const err = e as { data?: unknown; errors?: GraphqlProblem[] };
    if (err.data && typeof err.data === 'object' && Array.isArray(err.errors))
      return { data: err.data as T, errors: err.errors };
    throw e;
  }
}

const plural = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`;
const describe = (p: GraphqlProblem): string => `${p.type ? `${p.type}: ` : ''}${p.message.split('\n')[0]}`;

/** What a read skipped, by kind, and GitHub's errors: one sentence for the report. */
export class SkippedItems {
  private readonly counts = new Map<string, { n: number; permission: Permission }>();
  private readonly errors: GraphqlProblem[] = [];

  /** The non-null items of a GraphQL list; each null is counted as one `noun` needing `permission`. */
  nonNull<T>(nodes: readonly (T | null | undefined)[] | null | undefined, noun: string, permission: Permission): T[] {
    const list = nodes ?? [];
    const kept = list.filter((n): n is T => n !== null && n !== undefined);
    if (kept.length < list.length) this.count(noun, permission, list.length - kept.length);
    return kept;
  }

  /**
   * The non-null nodes of a connection. A null connection (hidden from the token) counts as one
   * skipped `noun` list; a missing one is not GitHub's answer and throws.
   */
  nodesOf<T>(
    conn: { nodes: readonly (T | null)[] | null } | null | undefined,
    noun: string,
    permission: Permission,
  ): T[] {
    if (conn === null) {
      this.count(`${noun} list`, permission);
      return [];
    }
    const nodes: readonly (T | null)[] | null | undefined = typeof conn === 'object' ? conn.nodes : undefined;
    if (nodes === undefined || (nodes !== null && !Array.isArray(nodes)))
      throw new Error(`GitHub's answer has no list of ${noun}s where the query asked for one.`);
    return this.nonNull<T>(nodes, noun, permission);
  }

  count(noun: string, permission: Permission, n = 1): void {
    const c = this.counts.get(noun) ?? { n: 0, permission };
    c.n += n;
    this.counts.set(noun, c);
  }

  problems(errors: readonly GraphqlProblem[]): void {
    this.errors.push(...errors);
  }

  get any(): boolean {
    return this.counts.size > 0 || this.errors.length > 0;
  }

  /** e.g. "Some data could not be read and was skipped: 1 open pull request (FORBIDDEN: …). Give the job 'pull-requests: read' …" */
  sentence(): string | undefined {
    if (!this.any) return undefined;
    const what = [...this.counts].map(([noun, c]) => plural(c.n, noun));
    const perms = [...new Set([...this.counts.values()].map((c) => c.permission))];
    const why = this.errors.length
      ? ` (GitHub: ${describe(this.errors[0]!)}${this.errors.length > 1 ? `, and ${this.errors.length - 1} more errors` : ''})`
      : '';
    const head = what.length
      ? `Some data could not be read and was skipped: ${what.join(', ')}${why}.`
      : `GitHub answered with errors beside the data${why}; what it returned was used.`;
    const give = perms.length ? perms : (['pull-requests: read'] as Permission[]);
    return `${head} If the token should see them, give the job ${give.map((p) => `'${p}'`).join(' and ')} in its permissions: block.`;
  }
}
