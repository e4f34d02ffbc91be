import type { ChangedFile } from '../../src/facts/types.ts';

/** A changed file with `lines` additions, for rule tests. */
export const file = (path: string, additions = 1, deletions = 0, extra: Partial<ChangedFile> = {}): ChangedFile => ({
  path,
  status: 'modified',
  additions,
  deletions,
  ...extra,
});
