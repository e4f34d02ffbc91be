import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { prSizeVerdict } from '../../src/checks/pr-size.ts';
import { noAttributes } from '../helpers/attributes.ts';
import { parsePrSizeSettings, prSizeInputs } from '../../src/inputs/pr-size.ts';
import { docsRequiredVerdict } from '../../src/checks/docs-required.ts';
import { docsRequiredInputs, parseDocsRequiredSettings } from '../../src/inputs/docs-required.ts';
import type { InputSpecs } from '../../src/inputs/spec.ts';
import { CHECK_NAMES } from '../../src/runtime/action-runners.ts';
import { parseWipReportSettings, wipReportInputs } from '../../src/inputs/wip-report.ts';
import { buildWipReport } from '../../src/report/wip-report.ts';
import { wipReportVerdict } from '../../src/report/wip-verdict.ts';
import { reviewLatencyForPull, reviewLatencyReport } from '../../src/checks/review-latency.ts';
import { parseReviewLatencySettings, reviewLatencyInputs } from '../../src/inputs/review-latency.ts';
import { formatterVerdict, syntaxNitVerdict } from '../../src/checks/formatter-enforced.ts';
import { formatterEnforcedInputs, parseFormatterEnforcedSettings } from '../../src/inputs/formatter-enforced.ts';
import { issueLinkedVerdict } from '../../src/checks/issue-linked.ts';
import { issueLinkedInputs, parseIssueLinkedSettings } from '../../src/inputs/issue-linked.ts';
import { selfReviewVerdict } from '../../src/checks/self-review.ts';
import { parseSelfReviewSettings, selfReviewInputs } from '../../src/inputs/self-review.ts';
import { ROOT } from '../helpers/run-dist.ts';

interface ActionYml {
  inputs: Record<string, { description: string; default?: string; required?: boolean }>;
  outputs: Record<string, { description: string }>;
  runs: { using: string; main: string };
}
const load = (path: string): ActionYml => parse(readFileSync(join(ROOT, path), 'utf8')) as ActionYml;

const noChanges = { changes: { files: [], attributes: noAttributes, source: 'git' as const } };
const latency = parseReviewLatencySettings(() => undefined);
const onePull = {
  number: 1,
  title: '',
  url: '',
  author: { login: 'a', bot: false },
  createdAt: 0,
  draft: false,
  events: [],
};
const checks: { name: string; specs: InputSpecs; outputs: string[] }[] = [
  {
    name: 'self-review',
    specs: selfReviewInputs,
    outputs: Object.keys(
      selfReviewVerdict(
        { files: [], unread: [], source: '', attributes: noAttributes },
        parseSelfReviewSettings(() => undefined),
      ).outputs,
    ),
  },
  {
    name: 'issue-linked',
    specs: issueLinkedInputs,
    outputs: Object.keys(
      issueLinkedVerdict(
        {
          repo: 'o/r',
          title: '',
          body: '',
          author: { login: 'a', bot: false },
          labels: [],
          closing: [],
          commitMessages: [],
        },
        parseIssueLinkedSettings(() => undefined),
      ).outputs,
    ),
  },
  {
    name: 'formatter-enforced',
    specs: formatterEnforcedInputs,
    outputs: [
      ...Object.keys(
        formatterVerdict(
          { detected: [], fromInput: false, runs: [], editorconfig: [], unchecked: [] },
          parseFormatterEnforcedSettings(() => undefined),
        ).outputs,
      ),
      ...Object.keys(syntaxNitVerdict('', {}).outputs),
    ],
  },
  {
    name: 'wip-report',
    specs: wipReportInputs,
    outputs: Object.keys(
      wipReportVerdict(
        buildWipReport(
          { repos: ['o/r'], open: [], merged: [], milestones: [], incomplete: [] },
          parseWipReportSettings(() => undefined),
          0,
        ),
        { markdown: '', json: '', html: '' },
      ).outputs,
    ),
  },
  {
    name: 'review-latency',
    specs: reviewLatencyInputs,
    outputs: [
      ...Object.keys(reviewLatencyForPull(onePull, latency, 0).outputs),
      ...Object.keys(reviewLatencyReport([onePull], latency, 0).outputs),
    ],
  },
  {
    name: 'docs-required',
    specs: docsRequiredInputs,
    outputs: Object.keys(
      docsRequiredVerdict(
        noChanges,
        parseDocsRequiredSettings(() => undefined),
      ).outputs,
    ),
  },
  {
    name: 'pr-size',
    specs: prSizeInputs,
    outputs: Object.keys(
      prSizeVerdict(
        noChanges,
        parsePrSizeSettings(() => undefined),
      ).outputs,
    ),
  },
];

describe('action metadata agrees with the code', () => {
  it('every check has an action', () => {
    expect(checks.map((c) => c.name).sort()).toEqual([...CHECK_NAMES].sort());
  });

  for (const c of checks) {
    describe(c.name, () => {
      const yml = load(`actions/${c.name}/action.yml`);
      it('runs node24 from its own bundle', () => {
        expect(yml.runs).toEqual({ using: 'node24', main: `../../dist/${c.name}/index.js` });
        expect(existsSync(join(ROOT, 'actions', c.name, yml.runs.main))).toBe(true);
      });
      it('declares every input with the same default and description as the schema', () => {
        expect(Object.keys(yml.inputs)).toEqual(Object.keys(c.specs));
        for (const [name, spec] of Object.entries(c.specs)) {
          expect(yml.inputs[name], name).toEqual({ description: spec.description, default: spec.default });
        }
      });
      it('declares exactly the outputs the verdict sets', () => {
        expect(Object.keys(yml.outputs).sort()).toEqual([...c.outputs].sort());
      });
      it('the root action offers the same inputs with the same defaults', () => {
        const root = load('action.yml');
        for (const [name, spec] of Object.entries(c.specs)) expect(root.inputs[name]?.default, name).toBe(spec.default);
        for (const o of c.outputs) expect(root.outputs[o], o).toBeDefined();
      });
    });
  }

  it('every check has its one-line entry (the build takes every file of src/entries/)', () => {
    const entries = readdirSync(join(ROOT, 'src/entries')).map((f) => f.replace(/\.ts$/, ''));
    expect(entries.sort()).toEqual([...CHECK_NAMES, 'cli', 'root'].sort());
    for (const name of CHECK_NAMES) {
      const code = readFileSync(join(ROOT, 'src/entries', `${name}.ts`), 'utf8')
        .split('\n')
        .filter((l) => l && !l.startsWith('//') && !l.startsWith('import '));
      expect(code, name).toEqual([`await runCheckAction('${name}', process.env);`]);
    }
  });

  it('the root action runs dist/root and requires check', () => {
    const root = load('action.yml');
    expect(root.runs).toEqual({ using: 'node24', main: 'dist/root/index.js' });
    expect(root.inputs.check?.required).toBe(true);
    expect(existsSync(join(dirname(join(ROOT, 'action.yml')), root.runs.main))).toBe(true);
  });
});
