/**
 * The label routes of the fake GitHub API, with GitHub's own rules: label names are compared
 * case-insensitively (adding `size/l` to a repository that has `Size/L` attaches `Size/L`), a name
 * is at most 50 characters (422 otherwise), and adding a label the repository lacks creates it.
 */
import type { FakePull } from './server.ts';

/** GitHub's limit on a label name. */
export const LABEL_MAX = 50;

export interface LabelAnswer {
  status: number;
  body: unknown;
}

const same = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();
const tooLong = (): LabelAnswer => ({
  status: 422,
  body: {
    message: 'Validation Failed',
    errors: [
      {
        resource: 'Label',
        code: 'invalid',
        field: 'name',
        message: `name is too long (maximum is ${LABEL_MAX} characters)`,
      },
    ],
  },
});

/** The repository's labels as GitHub keeps them: one spelling per name, looked up case-insensitively. */
export class RepoLabels {
  readonly names = new Set<string>();
  constructor(initial: readonly string[] = []) {
    for (const n of initial) this.names.add(n);
  }
  find(name: string): string | undefined {
    return [...this.names].find((n) => same(n, name));
  }
  has(name: string): boolean {
    return this.find(name) !== undefined;
  }

  /** POST /repos/o/r/labels */
  create(body: { name: string; color?: string }): LabelAnswer {
    if ([...body.name].length > LABEL_MAX) return tooLong();
    if (this.has(body.name))
      return {
        status: 422,
        body: { message: 'Validation Failed', errors: [{ resource: 'Label', code: 'already_exists', field: 'name' }] },
      };
    this.names.add(body.name);
    return { status: 201, body: { name: body.name, color: body.color ?? 'ededed' } };
  }

  /** GET /repos/o/r/labels/:name */
  get(name: string): LabelAnswer {
    const found = this.find(name);
    return found
      ? { status: 200, body: { name: found, color: 'ededed' } }
      : { status: 404, body: { message: 'Not Found' } };
  }

  /** POST /repos/o/r/issues/:n/labels: existing labels keep their spelling; missing ones are created. */
  add(pull: FakePull, names: readonly string[]): LabelAnswer {
    const long = names.find((n) => [...n].length > LABEL_MAX);
    if (long !== undefined) return tooLong();
    for (const name of names) {
      const label = this.find(name) ?? name;
      this.names.add(label);
      if (!pull.labels.some((l) => same(l, label))) pull.labels.push(label);
    }
    return { status: 200, body: pull.labels.map((n) => ({ name: n })) };
  }

  /** DELETE /repos/o/r/issues/:n/labels/:name */
  remove(pull: FakePull, name: string): LabelAnswer {
    if (!pull.labels.some((l) => same(l, name))) return { status: 404, body: { message: 'Label does not exist' } };
    pull.labels = pull.labels.filter((l) => !same(l, name));
    return { status: 200, body: pull.labels.map((n) => ({ name: n })) };
  }
}
