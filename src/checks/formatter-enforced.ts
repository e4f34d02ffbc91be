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
import { HANDBOOK, quoteOf } from '../handbook.ts';
import type { FormatterEnforcedSettings } from '../inputs/formatter-enforced.ts';
import { noLabelChanges, type Annotation, type Block, type Conclusion, type Text, type Verdict } from '../verdict.ts';
import { isSyntaxNit } from './formatters/syntax-nits.ts';

export interface Unformatted {
  path: string;
  formatter: string;
  line?: number;
  fix: string;
  detail?: string;
}

const quote = quoteOf(HANDBOOK.syntax);

export function unformattedFiles(facts: FormatterFacts): Unformatted[] {
  const out: Unformatted[] = [];
  for (const run of facts.runs) {
    for (const [path, line] of run.findings)
      out.push({
        path,
        formatter: run.name,
        ...(line !== undefined ? { line } : {}),
        fix: run.advice.fix(path),
      });
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

/**
 * What kept files from being checked. A formatter that is configured but not installed fails the check
 * unless on-missing-formatter is `warn`; one that crashed or timed out always fails it: a check that
 * could not look is never green by accident.
 */
function runProblems(
  facts: FormatterFacts,
  s: FormatterEnforcedSettings,
): { level: 'error' | 'warning'; message: string }[] {
  const problems: { level: 'error' | 'warning'; message: string }[] = [];
  const add = (level: 'error' | 'warning', message: string): void => void problems.push({ level, message });
  for (const run of facts.runs) {
    const why = facts.detected.find((d) => d.name === run.name)?.why ?? run.name;
    if (run.missing)
      add(
        s.onMissingFormatter === 'fail' ? 'error' : 'warning',
        `${run.name} is configured (${why}) but not installed, so ${run.files.length} file(s) were not checked. Install it before this step: ${run.advice.install}.`,
      );
    if (run.timedOut)
      add(
        'error',
        `${run.name} did not finish within timeout-seconds (${s.timeoutSeconds} s), so its files are not known to be formatted. Raise timeout-seconds or check fewer files.`,
      );
    if (run.error)
      add(
        'error',
        `${run.name} failed (${run.error}), so ${run.files.length} file(s) were not checked. Check that it runs: ${run.advice.install}.`,
      );
    if (run.skipped.length)
      add(
        'warning',
        `${run.skipped.length} file(s) with a line break in the name were not checked by ${run.name}, which names files one per line.`,
      );
  }
  return problems;
}

/** One annotation per unformatted file and per file its formatter could not read. */
function fileAnnotations(facts: FormatterFacts, unformatted: Unformatted[], level: 'error' | 'warning'): Annotation[] {
  const annotations: Annotation[] = unformatted.map((u) => ({
    level,
    file: u.path,
    ...(u.line !== undefined ? { line: u.line } : {}),
    title: `Not formatted (${u.formatter})`,
    message: `${u.detail ? `${u.detail}. ` : ''}Fix locally: ${u.fix}. ${quote}`,
  }));
  for (const run of facts.runs)
    for (const e of run.errors)
      annotations.push({
        level,
        file: e.path,
        ...(e.line !== undefined ? { line: e.line } : {}),
        title: `Could not format (${run.name})`,
        message: `${run.name} could not read this file, so it is not known to be formatted: ${e.message}`,
      });
  return annotations;
}

/** Which formatters ran (detected or from the input), with the version each reported. */
function formattersParagraph(facts: FormatterFacts): Text {
  if (!facts.detected.length)
    return 'No formatter detected (no .prettierrc, biome.json, pyproject [tool.black]/[tool.ruff], go.mod, Cargo.toml, .clang-format or .editorconfig). Install one: handbook §5.';
  const named = facts.detected.map((d) => {
    const version = facts.runs.find((r) => r.name === d.name)?.version;
    return `${d.name}${version ? ` ${version}` : ''} (${d.why})`;
  });
  return [facts.fromInput ? 'Formatters from the input: ' : 'Formatters detected: ', named.join(', '), '.'];
}

function formatterSummary(facts: FormatterFacts, unformatted: Unformatted[], problems: { message: string }[]): Block[] {
  const unreadable = facts.runs.some((r) => r.errors.length);
  const summary: Block[] = [
    {
      kind: 'heading',
      level: 2,
      text: unformatted.length
        ? `Formatting: ${unformatted.length} changed file(s) not formatted`
        : unreadable
          ? 'Formatting: some changed files could not be read by their formatter'
          : 'Formatting: every checked file is formatted',
    },
    { kind: 'quote', text: quote },
    { kind: 'paragraph', text: formattersParagraph(facts) },
  ];
  if (facts.formattingOnly !== undefined)
    summary.push({
      kind: 'paragraph',
      text: facts.formattingOnly
        ? 'This PR changes whitespace and formatting only: a safe, fast review.'
        : 'This PR changes more than formatting.',
    });
  if (unformatted.length)
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
  const errors = facts.runs.flatMap((r) => r.errors.map((e) => ({ ...e, name: r.name })));
  if (errors.length)
    summary.push({
      kind: 'list',
      items: errors.map((e) => `${e.path}${e.line ? `:${e.line}` : ''}: ${e.name} could not read it (${e.message})`),
    });
  if (problems.length) summary.push({ kind: 'list', items: problems.map((p) => p.message) });
  if (facts.unchecked.length)
    summary.push({
      kind: 'paragraph',
      text: `${facts.unchecked.length} changed file(s) have no formatter here and were not checked.`,
    });
  return summary;
}

export function formatterVerdict(
  facts: FormatterFacts,
  s: FormatterEnforcedSettings,
): Verdict<{ unformatted: Unformatted[] }> {
  const unformatted = unformattedFiles(facts);
  const problems = runProblems(facts, s);
  const annotations = [...fileAnnotations(facts, unformatted, s.failOnUnformatted ? 'error' : 'warning'), ...problems];
  const unreadable = facts.runs.some((r) => r.errors.length);
  const conclusion: Conclusion =
    ((unformatted.length || unreadable) && s.failOnUnformatted) || problems.some((p) => p.level === 'error')
      ? 'failure'
      : 'success';
  return {
    check: 'formatter-enforced',
    conclusion,
    annotations,
    labels: noLabelChanges(),
    outputs: {
      'unformatted-files': JSON.stringify(unformatted.map((u) => u.path)),
      formatters: JSON.stringify(facts.detected.map((d) => d.name)),
      'formatting-only': facts.formattingOnly === undefined ? '' : String(facts.formattingOnly),
    },
    summary: formatterSummary(facts, unformatted, problems),
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
