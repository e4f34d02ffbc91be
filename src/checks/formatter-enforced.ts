/**
 * formatter-enforced — handbook §5 "Code reviews": "Things we do not care about during review:
 * Syntax. If we're arguing about syntax, that means we should install a code formatter." And §2:
 * "There's nothing more annoying than an extra 30min review cycle that starts with 'Almost there,
 * just it's all black now…'".
 *
 * Pure: (facts, settings) -> Verdict. The facts (src/facts/formatters/) ran the repository's own
 * formatters in check mode on the PR's changed files; this decides what that means.
 */
import type { FormatterFacts } from '../facts/formatters/formatter-facts.ts';
import { HANDBOOK } from '../handbook.ts';
import type { FormatterEnforcedSettings } from '../inputs/formatter-enforced.ts';
import { noLabelChanges, type Annotation, type Block, type Conclusion, type Text, type Verdict } from '../verdict.ts';
import { formatterNamed } from './formatters/registry.ts';
import { isSyntaxNit } from './formatters/syntax-nits.ts';

export interface Unformatted {
  path: string;
  formatter: string;
  line?: number;
  fix: string;
  detail?: string;
}

const quote = `Handbook ${HANDBOOK.syntax.section}: "${HANDBOOK.syntax.quote}"`;

export function unformattedFiles(facts: FormatterFacts): Unformatted[] {
  const out: Unformatted[] = [];
  for (const run of facts.runs) {
    const tool = formatterNamed(run.name)!;
    for (const [path, line] of run.findings)
      out.push({ path, formatter: run.name, ...(line !== undefined ? { line } : {}), fix: tool.fix(path) });
  }
  for (const e of facts.editorconfig) {
    const first = e.violations[0]!;
    out.push({
      path: e.path,
      formatter: 'editorconfig',
      line: first.line,
      fix: 'fix it in an editor with EditorConfig support',
      detail: e.violations.map((v) => `line ${v.line}: ${v.message}`).join('; '),
    });
  }
  return out.sort((a, b) => a.path.localeCompare(b.path));
}

export function formatterVerdict(
  facts: FormatterFacts,
  s: FormatterEnforcedSettings,
): Verdict<{ unformatted: Unformatted[] }> {
  const unformatted = unformattedFiles(facts);
  const annotations: Annotation[] = [];
  const level = s.failOnUnformatted ? 'error' : 'warning';
  for (const u of unformatted) {
    annotations.push({
      level,
      file: u.path,
      ...(u.line !== undefined ? { line: u.line } : {}),
      title: `Not formatted (${u.formatter})`,
      message: `${u.detail ? `${u.detail}. ` : ''}Fix locally: ${u.fix}. ${quote}`,
    });
  }
  /** What kept files from being checked; a timeout is an error (the check fails), the rest warnings. */
  const problems: { level: 'error' | 'warning'; message: string }[] = [];
  const warn = (message: string): void => void problems.push({ level: 'warning', message });
  for (const run of facts.runs) {
    const tool = formatterNamed(run.name)!;
    const why = facts.detected.find((d) => d.name === run.name)?.why ?? run.name;
    if (run.missing)
      warn(
        `${run.name} is configured (${why}) but not installed, so ${run.files.length} file(s) were not checked. Install it before this step: ${tool.install}.`,
      );
    if (run.timedOut)
      problems.push({
        level: 'error',
        message: `${run.name} did not finish within timeout-seconds (${s.timeoutSeconds} s), so its files are not known to be formatted. Raise timeout-seconds or check fewer files.`,
      });
    if (run.error) warn(`${run.name} failed (${run.error}), so ${run.files.length} file(s) were not checked.`);
    if (run.skipped.length)
      warn(
        `${run.skipped.length} file(s) with a line break in the name were not checked by ${run.name}, which names files one per line.`,
      );
  }
  annotations.push(...problems);

  const timedOut = facts.runs.some((r) => r.timedOut);
  const conclusion: Conclusion = (unformatted.length && s.failOnUnformatted) || timedOut ? 'failure' : 'success';
  const names = facts.detected.map((d) => d.name);
  const summary: Block[] = [
    {
      kind: 'heading',
      level: 2,
      text: unformatted.length
        ? `Formatting: ${unformatted.length} changed file(s) not formatted`
        : 'Formatting: every checked file is formatted',
    },
    { kind: 'quote', text: `${HANDBOOK.syntax.section}: "${HANDBOOK.syntax.quote}"` },
    {
      kind: 'paragraph',
      text: facts.detected.length
        ? [
            facts.fromInput ? 'Formatters from the input: ' : 'Formatters detected: ',
            facts.detected.map((d) => `${d.name} (${d.why})`).join(', '),
            '.',
          ]
        : 'No formatter detected (no .prettierrc, biome.json, pyproject [tool.black]/[tool.ruff], go.mod, Cargo.toml, .clang-format or .editorconfig). Install one: handbook §5.',
    },
  ];
  if (facts.formattingOnly !== undefined)
    summary.push({
      kind: 'paragraph',
      text: facts.formattingOnly
        ? 'This PR changes whitespace and formatting only: a safe, fast review.'
        : 'This PR changes more than formatting.',
    });
  if (unformatted.length) {
    summary.push({
      kind: 'table',
      header: ['File', 'Formatter', 'First line', 'Fix'],
      rows: unformatted.map((u): Text[] => [
        { code: u.path },
        u.formatter,
        u.line === undefined ? '' : String(u.line),
        { code: u.fix },
      ]),
    });
  }
  if (problems.length) summary.push({ kind: 'list', items: problems.map((p) => p.message) });
  if (facts.unchecked.length)
    summary.push({
      kind: 'paragraph',
      text: `${facts.unchecked.length} changed file(s) have no formatter here and were not checked.`,
    });
  return {
    check: 'formatter-enforced',
    conclusion,
    annotations,
    labels: noLabelChanges(),
    outputs: {
      'unformatted-files': JSON.stringify(unformatted.map((u) => u.path)),
      formatters: JSON.stringify(names),
      'formatting-only': facts.formattingOnly === undefined ? '' : String(facts.formattingOnly),
    },
    summary,
    details: { unformatted },
  };
}

/** A review (or review comment) body: a notice when it argues about syntax. */
export function syntaxNitVerdict(
  body: string,
  where: { file?: string; line?: number; url?: string },
): Verdict<{ nit: boolean }> {
  const nit = isSyntaxNit(body);
  const annotations: Annotation[] = nit
    ? [
        {
          level: 'notice',
          title: 'Formatter territory',
          ...(where.file ? { file: where.file } : {}),
          ...(where.line ? { line: where.line } : {}),
          message: `This review comment is about syntax: formatter territory. ${quote}`,
        },
      ]
    : [];
  return {
    check: 'formatter-enforced',
    conclusion: 'success',
    annotations,
    labels: noLabelChanges(),
    outputs: { 'syntax-nits': nit ? '1' : '0' },
    summary: [
      {
        kind: 'heading',
        level: 2,
        text: nit ? 'A review comment argues about syntax' : 'The review comment is not about syntax',
      },
      ...(nit
        ? [{ kind: 'paragraph' as const, text: `Let the formatter decide and review the behaviour instead. ${quote}` }]
        : []),
    ],
    details: { nit },
  };
}
