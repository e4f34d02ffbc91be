// Every input of every action and every report.json problem, fed a battery of values: the parsed value or the
// one-line message a user reads, compared with a reviewed golden file. It pins behaviour across a change of the
// validation library (zod → zod/mini): messages come from our specs and from zod's English locale alike.
// UPDATE_GOLDEN=1 rewrites the file; review the diff before committing it.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readReportJson } from '../../src/facts/previous-report.ts';
import { parseConfigFile } from '../../src/inputs/config-file.ts';
import { docsRequiredInputs } from '../../src/inputs/docs-required.ts';
import { formatterEnforcedInputs } from '../../src/inputs/formatter-enforced.ts';
import { handbookSpecs } from '../../src/inputs/handbook.ts';
import { issueLinkedInputs } from '../../src/inputs/issue-linked.ts';
import { prSizeInputs } from '../../src/inputs/pr-size.ts';
import { reviewLatencyInputs } from '../../src/inputs/review-latency.ts';
import { selfReviewInputs } from '../../src/inputs/self-review.ts';
import { parseInputs, quoteValue, type InputSpecs } from '../../src/inputs/spec.ts';
import { wipReportInputs } from '../../src/inputs/wip-report.ts';
import { reportSchema } from '../../src/report-file/schema.ts';
import { buildWipReport } from '../../src/report/wip-report.ts';
import { rootInputs } from '../../src/runtime/root-inputs.ts';
import { facts, NOW, pull, settings } from '../helpers/wip-fixtures.ts';

const GOLDEN = join(import.meta.dirname, '../fixtures/golden/validation-messages.txt');

const SPECS: Record<string, InputSpecs> = {
  'pr-size': prSizeInputs,
  'docs-required': docsRequiredInputs,
  'review-latency': reviewLatencyInputs,
  'formatter-enforced': formatterEnforcedInputs,
  'issue-linked': issueLinkedInputs,
  'self-review': selfReviewInputs,
  'wip-report': wipReportInputs,
  handbook: handbookSpecs,
  root: rootInputs,
};

const VALUES = [
  ...['', ' ', 'x', 'true', 'FALSE', '0', '1', '-1', '1.5', '90', '3600', '3601', 'NaN', 'Infinity', '1e3'],
  ...['XL', 'docs', 'tests', 'neutral', 'warn', 'pr-size', 'none', 'prettier, black', 'nope'],
  ...['Mon-Fri', 'Sun', '09:00-17:00', '17:00-09:00', 'Europe/Berlin', 'Mars/Base', '2026-02-29', '2024-02-29'],
  ...['@alice, bob[bot]', 'a b', 'o/r, O/R', 'o/r/x', 'src/**\n!a', 'a[', 'S=0,M=10', 'S=10', 'wip/x:y'],
  ...['all: legacy/**', 'debug-output: [tools/**]', 'x: [a[]', '[1', 'https://x.example/h', 'http://x'],
  ...['- code: [1]', '- code: ["src/**"]\n  docs: [null]', '- code: []', '- 3', 'x: 1', '- code: ["a"]\n  foo: 1'],
  ...['- code: ["a["]', '[]', 'line1\nline2', 'a'.repeat(41), 'é'.repeat(51), 'x'.repeat(501)],
];

/** Sets and Maps as sorted lists, so a parsed value prints the same whatever built it. */
const replacer = (_k: string, v: unknown): unknown =>
  v instanceof Set ? [...v].sort() : v instanceof Map ? [...v.entries()].sort() : v;

/**
 * One line per input and outcome, listing the values that lead to it. An error line shows the problem only when
 * the message is exactly `Input 'NAME' is "VALUE": PROBLEM. Allowed: ALLOWED.` (ALLOWED is on the input's line).
 */
function inputLines(): string[] {
  const out: string[] = [];
  for (const [check, specs] of Object.entries(SPECS))
    for (const [name, spec] of Object.entries(specs)) {
      out.push(`${check}.${name}: allowed ${spec.allowed}`);
      const byOutcome = new Map<string, string[]>();
      for (const value of VALUES) {
        const outcome = outcomeOf({ [name]: spec }, name, value);
        byOutcome.set(outcome, [...(byOutcome.get(outcome) ?? []), shown(value)]);
      }
      for (const [outcome, values] of byOutcome) out.push(`  ${values.join(' ')} → ${outcome}`);
    }
  return out;
}

const shown = (value: string): string =>
  value.length > 60 ? `${JSON.stringify(value.slice(0, 8))}…(${[...value].length} characters)` : JSON.stringify(value);

function outcomeOf(specs: InputSpecs, name: string, value: string): string {
  try {
    const parsed = parseInputs(specs, () => value)[name];
    return parsed === value ? 'ok, unchanged' : `ok ${JSON.stringify(parsed, replacer)}`;
  } catch (e) {
    const { message } = e as Error;
    const head = `Input '${name}' is ${quoteValue(value)}: `;
    const tail = `. Allowed: ${specs[name]!.allowed}.`;
    const short = message.startsWith(head) && message.endsWith(tail);
    return `${(e as Error).name}: ${short ? message.slice(head.length, -tail.length) : message}`;
  }
}

type Json = Record<string, any>;

const REPORT_CASES: Record<string, (r: Json) => unknown> = {
  'generatedAt not a date': (r) => ({ ...r, generatedAt: 'yesterday' }),
  'a number as text': (r) => ({ ...r, headline: { ...r.headline, openPrs: '3' } }),
  'an unknown key': (r) => ({ ...r, extra: 1 }),
  'not one of the enum': (r) => ({ ...r, openPrs: [{ ...r.openPrs[0], waitingOn: 'me' }] }),
  'an unknown version': (r) => ({ ...r, schemaVersion: 3 }),
  '13 weeks of history': (r) => ({ ...r, history: Array(13).fill(r.history[0]) }),
  'a short weekday list': (r) => ({ ...r, merged: { ...r.merged, byWeekday: [1] } }),
  'notices missing': ({ notices: _n, ...r }) => r,
  'null dueOn accepted, a number not': (r) => ({ ...r, sprintGoals: [{ ...goal, dueOn: 5 }] }),
  'version 1 with version 2 keys': (r) => ({ ...r, schemaVersion: 1 }),
  'a string instead of a report': () => 'report',
  'null instead of a report': () => null,
};

const goal = {
  repo: 'o/r',
  title: 'g',
  url: 'https://github.com/o/r/milestone/1',
  dueOn: null,
  closedByDue: 1,
  total: 2,
  percent: 50,
  outcome: 'Scraped it',
};

function reportLines(): string[] {
  const good = JSON.parse(JSON.stringify(buildWipReport(facts({ open: [pull(1)] }), settings(), NOW))) as Json;
  const dir = mkdtempSync(join(tmpdir(), 'validation-golden-'));
  const out = [`good report → ${'report' in readReportJsonOf(dir, good) ? 'ok' : 'rejected'}`];
  for (const [name, make] of Object.entries(REPORT_CASES)) {
    const bad = make(structuredClone(good));
    const read = readReportJsonOf(dir, bad);
    out.push(`${name} → ${'reason' in read ? read.reason : 'ok'}`);
  }
  rmSync(dir, { recursive: true });
  try {
    reportSchema.parse({ ...good, generatedAt: 'yesterday', headline: { ...good.headline, openPrs: -Infinity } });
    out.push('parse of a bad report → ok');
  } catch (e) {
    out.push(`parse of a bad report → ${(e as Error).message.replace(/\s+/g, ' ')}`);
  }
  return out;
}

function readReportJsonOf(dir: string, json: unknown) {
  const file = join(dir, 'report.json');
  writeFileSync(file, JSON.stringify(json));
  return readReportJson(file);
}

function configLines(): string[] {
  const files = ['pr-size:\n  sizes: 3', 'docs-required:\n  rules:\n    - code: 1', 'wip-report:\n  wip-limit: [1, 2]'];
  return files.map((text) => {
    try {
      return `${JSON.stringify(text)} → ok ${JSON.stringify(parseConfigFile(text))}`;
    } catch (e) {
      return `${JSON.stringify(text)} → ${(e as Error).message}`;
    }
  });
}

describe('validation golden file', () => {
  it('every input, report.json and config problem reads exactly as reviewed', () => {
    const text = [...inputLines(), ...reportLines(), ...configLines()].join('\n') + '\n';
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(GOLDEN, text);
    expect(text.split('\n')).toEqual(readFileSync(GOLDEN, 'utf8').split('\n'));
    expect(text).toContain('Invalid input: expected number, received string');
  });
});
