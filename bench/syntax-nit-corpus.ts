// The real review comments the syntax-nit model is trained and measured on. They are third-party text, so they
// live outside this repository: one JSON object a line with id, repo, text, label ("nit"|"not") and split.
// Training data (round 4: all of it):
//   DEV_PROCESS_NITS_CORPUS  else /work/research/nits/corpus.jsonl     the first corpus (604, tuning/heldout)
//   DEV_PROCESS_NITS_FRESH   else /work/research/nits2/fresh.jsonl     round 2's fresh set (195, fresh)
//   DEV_PROCESS_NITS_FRESH3  else /work/research/nits3/fresh.jsonl     round 3's blind set, scored once (228, fresh3)
//   DEV_PROCESS_NITS_TRAIN4A, _TRAIN4B  else /work/research/nits4/train-{a,b}.jsonl   round 4's two collectors
// The fourth, blind held-out set (DEV_PROCESS_NITS_FRESH4, else /work/research/nits4h/fresh.jsonl) is never read
// here; only its repository names (DEV_PROCESS_NITS_HELDOUT_REPOS, else /work/research/nits4h/repos.txt) are, so
// that no training comment comes from a held-out repository.
import { existsSync, readFileSync } from 'node:fs';

export interface Comment {
  id: string;
  repo: string;
  text: string;
  nit: boolean;
  split: string;
}

const env = process.env;
export const CORPUS_PATHS = {
  first: env.DEV_PROCESS_NITS_CORPUS || '/work/research/nits/corpus.jsonl',
  fresh: env.DEV_PROCESS_NITS_FRESH || '/work/research/nits2/fresh.jsonl',
  fresh3: env.DEV_PROCESS_NITS_FRESH3 || '/work/research/nits3/fresh.jsonl',
  train4a: env.DEV_PROCESS_NITS_TRAIN4A || '/work/research/nits4/train-a.jsonl',
  train4b: env.DEV_PROCESS_NITS_TRAIN4B || '/work/research/nits4/train-b.jsonl',
  fresh4: env.DEV_PROCESS_NITS_FRESH4 || '/work/research/nits4h/fresh.jsonl',
  heldOutRepos: env.DEV_PROCESS_NITS_HELDOUT_REPOS || '/work/research/nits4h/repos.txt',
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

/** The repositories of the held-out set (lower case), empty when its list is not on this machine. */
export function heldOutRepos(path = CORPUS_PATHS.heldOutRepos): Set<string> {
  if (!existsSync(path)) return new Set();
  const names = readFileSync(path, 'utf8').split('\n');
  return new Set(names.map((n) => n.trim().toLowerCase()).filter((n) => n && !n.startsWith('#')));
}

export interface TrainingSet {
  comments: Comment[];
  /** comments left out because their repository is in the held-out set */
  dropped: number;
}

/**
 * The training comments: every training corpus, less the comments of held-out repositories; undefined when
 * one of the corpora is absent (round 4's files are all needed, so that a retrain means the same data).
 */
export function trainingSet(): TrainingSet | undefined {
  const paths = [
    CORPUS_PATHS.first,
    CORPUS_PATHS.fresh,
    CORPUS_PATHS.fresh3,
    CORPUS_PATHS.train4a,
    CORPUS_PATHS.train4b,
  ];
  if (!paths.every((p) => existsSync(p))) return undefined;
  const held = heldOutRepos();
  const all = paths.flatMap((p) => readCorpus(p));
  const comments = all.filter((c) => !held.has(c.repo.toLowerCase()));
  return { comments, dropped: all.length - comments.length };
}

/** The training comments alone (see trainingSet). */
export function trainingComments(): Comment[] | undefined {
  return trainingSet()?.comments;
}
