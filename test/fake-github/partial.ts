/** GraphQL answers with `errors` beside partial `data`, as GitHub gives them to a token that can't see everything. */
/** A GraphQL answer with `errors` beside partial `data`, as GitHub sends for items the token can't see. */
export class PartialAnswer {
  readonly data: unknown;
  readonly errors: { type?: string; path?: (string | number)[]; message: string }[];
  constructor(data: unknown, errors: PartialAnswer['errors']) {
    this.data = data;
    this.errors = errors;
  }
}

/** The error GitHub gives for a node the token may not read (the node itself comes back null). */
export const forbidden = (path: (string | number)[]) => ({
  type: 'FORBIDDEN',
  path,
  message: 'Resource not accessible by integration',
});
