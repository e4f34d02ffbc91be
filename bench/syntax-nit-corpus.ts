// The real review comments the syntax-nit model is trained and measured on. They are third-party text, so they
// live outside this repository: one JSON object a line with id, repo, text, label ("nit"|"not") and split.
// The first corpus: DEV_PROCESS_NITS_CORPUS, else /work/research/nits/corpus.jsonl (604, splits tuning/heldout);
// round 2's fresh set: DEV_PROCESS_NITS_FRESH, else /work/research/nits2/fresh.jsonl (195, split fresh).
// Round 3's third fresh set (DEV_PROCESS_NITS_FRESH3, else /work/research/nits3/fresh.jsonl) is never trained on.
import { existsSync, readFileSync } from 'node:fs';

export interface Comment {
  id: string;
  repo: string;
  text: string;
  nit: boolean;
  split: string;
}

export const CORPUS_PATHS = {
  first: process.env.DEV_PROCESS_NITS_CORPUS || '/work/research/nits/corpus.jsonl',
  fresh: process.env.DEV_PROCESS_NITS_FRESH || '/work/research/nits2/fresh.jsonl',
  fresh3: process.env.DEV_PROCESS_NITS_FRESH3 || '/work/research/nits3/fresh.jsonl',
};

export function readCorpus(path: string): Comment[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l, i) => {
      const r = JSON.parse(l) as Record<string, unknown>;
      const { id, repo, text, label, split } = r;
      if (
        typeof id !== 'string' ||
        typeof repo !== 'string' ||
        typeof text !== 'string' ||
        (label !== 'nit' && label !== 'not') ||
        typeof split !== 'string'
      ) {
        throw new Error(`${path} line ${i + 1}: needs "id", "repo", "text", "label" ("nit" or "not") and "split"`);
      }
      return { id, repo, text, nit: label === 'nit', split };
    });
}

/** The training comments (first corpus + round 2's fresh set), or undefined when either file is absent. */
export function trainingComments(): Comment[] | undefined {
  if (!existsSync(CORPUS_PATHS.first) || !existsSync(CORPUS_PATHS.fresh)) return undefined;
  return [...readCorpus(CORPUS_PATHS.first), ...readCorpus(CORPUS_PATHS.fresh)];
}
