/**
 * Facts for formatter-enforced: which formatters the checkout uses (or the input names), and what
 * each says about the changed files. The only code of this check that runs tools or reads files.
 */
import { detectFormatters, type Detection } from '../../checks/formatters/detect.ts';
import {
  checkEditorConfig,
  editorConfigFor,
  type EditorConfigViolation,
} from '../../checks/formatters/editorconfig.ts';
import { formatterFor, formatterNamed, type FormatterName } from '../../checks/formatters/registry.ts';
import { editorConfigReader, readChangedFile, readRepoFiles } from './repo-files.ts';
import { runFormatter, type FormatterRun } from './run-tool.ts';

export interface FormatterFacts {
  detected: Detection[];
  /** Set when the `formatters` input chose them instead of detection. */
  fromInput: boolean;
  runs: FormatterRun[];
  editorconfig: { path: string; violations: EditorConfigViolation[] }[];
  /** Changed files no formatter (nor EditorConfig) covers. */
  unchecked: string[];
  /** Every change is whitespace only; undefined when it could not be told (base not in the checkout). */
  formattingOnly?: boolean;
}

export interface FormatterFactsInput {
  root: string;
  /** Changed files that exist at head (added, modified, renamed), after the ignore rules. */
  files: string[];
  formatters: FormatterName[] | undefined;
  timeoutMs: number;
  pathEnv: string | undefined;
  whitespaceOnly: () => Promise<boolean | undefined>;
}

const isBinary = (b: Buffer): boolean => b.subarray(0, 8000).includes(0);

export async function gatherFormatterFacts(i: FormatterFactsInput): Promise<FormatterFacts> {
  const detected = i.formatters
    ? i.formatters.map((name) => ({ name, why: 'the formatters input' }))
    : detectFormatters(readRepoFiles(i.root));
  const names = detected.map((d) => d.name);
  const byTool = new Map<FormatterName, string[]>();
  const rest: string[] = [];
  for (const f of i.files) {
    const tool = formatterFor(f, names);
    if (tool) byTool.set(tool.name, [...(byTool.get(tool.name) ?? []), f]);
    else rest.push(f);
  }
  const runs: FormatterRun[] = [];
  for (const [name, files] of byTool) {
    const tool = formatterNamed(name)!;
    runs.push(await runFormatter(i.root, tool, files, { timeoutMs: i.timeoutMs, pathEnv: i.pathEnv }));
  }
  const editorconfig: FormatterFacts['editorconfig'] = [];
  const unchecked: string[] = [];
  if (names.includes('editorconfig')) {
    const configs = editorConfigReader(i.root);
    for (const path of rest) {
      const props = editorConfigFor(path, configs(path));
      const content = readChangedFile(i.root, path);
      if (!content || isBinary(content) || !Object.keys(props).length) {
        unchecked.push(path);
        continue;
      }
      const violations = checkEditorConfig(content, props);
      if (violations.length) editorconfig.push({ path, violations });
    }
  } else unchecked.push(...rest);
  const formattingOnly = await i.whitespaceOnly();
  return {
    detected,
    fromInput: !!i.formatters,
    runs,
    editorconfig,
    unchecked,
    ...(formattingOnly !== undefined ? { formattingOnly } : {}),
  };
}
