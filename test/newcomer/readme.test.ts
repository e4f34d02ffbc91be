/** The README shows exactly the commands the newcomer walk holds, so the two cannot drift. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/run-dist.ts';
import { CLI_EXAMPLES, FROM_GITHUB, readmeCliBlock, SETUP_COMMANDS } from './commands.ts';

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
/** The body of every ```sh block, in order. */
const shBlocks = [...readme.matchAll(/^```sh\n([\s\S]*?)^```$/gm)].map((m) => m[1]!.trimEnd().split('\n'));

describe('README commands come from the newcomer walk', () => {
  it('the first block is the two set-up commands, the ones CI runs after a fresh clone', () => {
    expect(shBlocks[0]).toEqual([...SETUP_COMMANDS]);
    const ci = readFileSync(join(ROOT, '.ci/run'), 'utf8');
    for (const c of SETUP_COMMANDS) expect(ci).toMatch(new RegExp(`^${c}\\b`, 'm'));
  });

  it('the second block is the command that works from another repository today', () => {
    expect(shBlocks[1]).toEqual([FROM_GITHUB]);
  });

  it('the CLI section shows exactly the examples the walk runs', () => {
    expect(shBlocks).toContainEqual(readmeCliBlock());
    expect(CLI_EXAMPLES.filter((e) => !e.runIn).map((e) => e.command)).toEqual([
      'GITHUB_TOKEN=… npx dev-process wip-report --repo owner/name --out wip-report',
    ]);
  });

  it('links the public handbook page it quotes', () => {
    expect(readme).toContain('(https://posthog.com/handbook/engineering/development-process)');
    expect(readme).not.toContain('../shared/handbook');
  });
});
