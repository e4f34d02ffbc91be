/**
 * Facts for formatter-enforced: which formatters the checkout uses (or the input names), and what
 * each says about the changed files. The only code of this check that runs tools or reads files.
 */
import { detectFormatters, type Detection } from './tools/detect.ts';
import { checkEditorConfig, editorConfigFor, type EditorConfigViolation } from './tools/editorconfig.ts';
import { detectPackageManager } from './tools/package-manager.ts';
import { formatterFor, formatterNamed, type FormatterName } from './tools/registry.ts';
import { blackForceExclude, clangFormatIgnored, rustEdition, type ToolConfig } from './tools/tool-config.ts';
import {
  clangFormatIgnoreReader,
  editorConfigReader,
  readChangedFile,
  readRepoFiles,
  readRootText,
} from './repo-files.ts';
import { runFormatter, type FormatterRun } from './run-tool.ts';

export interface FormatterFacts {
  detected: Detection[];
  /** Set when the `formatters` input chose them instead of detection. */
  fromInput: boolean;
  runs: (FormatterRun & { advice: FormatterAdvice })[];
  editorconfig: { path: string; violations: EditorConfigViolation[] }[];
  /** Changed files no formatter (nor EditorConfig) covers. */
  unchecked: string[];
  /** Every change is whitespace only; undefined when it could not be told (base not in the checkout). */
  formattingOnly?: boolean;
}

/** What to tell a person about one formatter, in this repository's package manager's words. */
export interface FormatterAdvice {
  /** How to install (or make runnable) the tool before the step. */
  install: string;
  /** The command that formats one file in place. */
  fix: (path: string) => string;
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

/** How the repository's own config says its tools must be run on named files. */
function toolConfig(root: string, pyproject: string | undefined): ToolConfig {
  const edition = rustEdition(
    readRootText(root, 'rustfmt.toml') ?? readRootText(root, '.rustfmt.toml'),
    readRootText(root, 'Cargo.toml'),
  );
  return { forceExclude: blackForceExclude(pyproject), ...(edition ? { edition } : {}) };
}

export async function gatherFormatterFacts(input: FormatterFactsInput): Promise<FormatterFacts> {
  const repo = readRepoFiles(input.root);
  const detected = input.formatters
    ? input.formatters.map((name) => ({ name, why: 'the formatters input' }))
    : detectFormatters(repo);
  const names = detected.map((d) => d.name);
  const byTool = new Map<FormatterName, string[]>();
  const rest: string[] = [];
  const clangIgnore = clangFormatIgnoreReader(input.root);
  for (const f of input.files) {
    const tool = formatterFor(f, names);
    if (tool?.name === 'clang-format' && clangFormatIgnored(f, clangIgnore(f))) continue;
    if (tool) byTool.set(tool.name, [...(byTool.get(tool.name) ?? []), f]);
    else rest.push(f);
  }
  const runs: FormatterFacts['runs'] = [];
  const config = toolConfig(input.root, repo.pyproject);
  const pm = detectPackageManager(repo.root, repo.packageJson);
  for (const [name, files] of byTool) {
    const tool = formatterNamed(name)!;
    const run = await runFormatter(input.root, tool, files, {
      timeoutMs: input.timeoutMs,
      pathEnv: input.pathEnv,
      config,
    });
    runs.push({ ...run, advice: { install: tool.install(pm), fix: (path) => tool.fix(path, pm.name) } });
  }
  const editorconfig: FormatterFacts['editorconfig'] = [];
  const unchecked: string[] = [];
  if (names.includes('editorconfig')) {
    const configs = editorConfigReader(input.root);
    for (const path of rest) {
      const props = editorConfigFor(path, configs(path));
      const content = readChangedFile(input.root, path);
      if (!content || isBinary(content) || !Object.keys(props).length) {
        unchecked.push(path);
        continue;
      }
      const violations = checkEditorConfig(content, props);
      if (violations.length) editorconfig.push({ path, violations });
    }
  } else unchecked.push(...rest);
  const formattingOnly = await input.whitespaceOnly();
  return {
    detected,
    fromInput: !!input.formatters,
    runs,
    editorconfig,
    unchecked,
    ...(formattingOnly !== undefined ? { formattingOnly } : {}),
  };
}
