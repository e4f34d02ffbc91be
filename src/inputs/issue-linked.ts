import { labelName, tokenInput } from './shared.ts';
import { booleanInput, parseInputs, type InputSpec } from './spec.ts';

export const issueLinkedInputs = {
  'github-token': tokenInput(
    'Token to read the PR\u2019s closing references and commit messages (read-only is enough).',
  ),
  'fail-if-missing': {
    description: 'Fail when the PR links no issue (default: a notice only).',
    default: 'false',
    allowed: 'true or false',
    schema: booleanInput,
  } satisfies InputSpec<boolean>,
  'skip-label': {
    description: 'A PR with this label needs no issue. Default: no-issue.',
    default: '',
    allowed: 'a label name of at most 50 characters',
    schema: labelName,
  } satisfies InputSpec<string>,
};

export interface IssueLinkedSettings {
  failIfMissing: boolean;
  skipLabel: string;
}

export function parseIssueLinkedSettings(read: (name: string) => string | undefined): IssueLinkedSettings {
  const { 'github-token': _t, ...specs } = issueLinkedInputs;
  const raw = parseInputs(specs, read);
  return { failIfMissing: raw['fail-if-missing'], skipLabel: raw['skip-label'] || 'no-issue' };
}
