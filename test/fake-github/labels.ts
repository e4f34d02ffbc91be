/**
 * The label routes of the fake GitHub API, with GitHub's own rules: label names are compared
 * case-insensitively (adding `size/l` to a repository that has `Size/L` attaches `Size/L`), a name
 * is at most 50 characters (422 otherwise), and adding a label the repository lacks creates it, grey (ededed)
 * and with no description (github/docs#35718).
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
export interface LabelLook {
  color: string;
  description: string | null;
}

const GREY: LabelLook = { color: 'ededed', description: null };

export class RepoLabels {
  readonly names = new Set<string>();
  /** Colour and description by the repository's spelling (labels given as names are yellow, no description). */
  readonly looks = new Map<string, LabelLook>();
  constructor(initial: readonly string[] = []) {
    for (const n of initial) {
      this.names.add(n);
      this.looks.set(n, { color: 'fbca04', description: null });
    }
  }
  look(name: string): LabelLook {
    return this.looks.get(name) ?? GREY;
  }
  #json(name: string): unknown {
    return { name, ...this.look(name), default: false };
  }
  find(name: string): string | undefined {
    return [...this.names].find((n) => same(n, name));
  }
  has(name: string): boolean {
    return this.find(name) !== undefined;
  }

  /** POST /repos/o/r/labels */
  create(body: { name: string; color?: string; description?: string }): LabelAnswer {
    if ([...body.name].length > LABEL_MAX) return tooLong();
    if (this.has(body.name))
      return {
        status: 422,
        body: { message: 'Validation Failed', errors: [{ resource: 'Label', code: 'already_exists', field: 'name' }] },
      };
    this.names.add(body.name);
    this.looks.set(body.name, { color: body.color ?? GREY.color, description: body.description ?? null });
    return { status: 201, body: this.#json(body.name) };
  }

  /** GET /repos/o/r/labels/:name */
  get(name: string): LabelAnswer {
    const found = this.find(name);
    return found ? { status: 200, body: this.#json(found) } : { status: 404, body: { message: 'Not Found' } };
  }

  /** PATCH /repos/o/r/labels/:name */
  update(name: string, body: { color?: string; description?: string }): LabelAnswer {
    const found = this.find(name);
    if (!found) return { status: 404, body: { message: 'Not Found' } };
    const was = this.look(found);
    this.looks.set(found, { color: body.color ?? was.color, description: body.description ?? was.description });
    return { status: 200, body: this.#json(found) };
  }

  /** POST /repos/o/r/issues/:n/labels: existing labels keep their spelling; missing ones are created. */
  add(pull: FakePull, names: readonly string[]): LabelAnswer {
    const long = names.find((n) => [...n].length > LABEL_MAX);
    if (long !== undefined) return tooLong();
    for (const name of names) {
      const label = this.find(name) ?? name;
      if (!this.names.has(label)) this.looks.set(label, GREY);
      this.names.add(label);
      if (!pull.labels.some((l) => same(l, label))) pull.labels.push(label);
    }
    return { status: 200, body: pull.labels.map((n) => this.#json(n)) };
  }

  /** DELETE /repos/o/r/issues/:n/labels/:name */
  remove(pull: FakePull, name: string): LabelAnswer {
    if (!pull.labels.some((l) => same(l, name))) return { status: 404, body: { message: 'Label does not exist' } };
    pull.labels = pull.labels.filter((l) => !same(l, name));
    return { status: 200, body: pull.labels.map((n) => this.#json(n)) };
  }
}
