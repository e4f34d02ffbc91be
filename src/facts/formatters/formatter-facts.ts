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
import { detectPackageManager, type PackageManager } from '../../checks/formatters/package-manager.ts';
import { formatterFor, formatterNamed, type FormatterName } from '../../checks/formatters/registry.ts';
import {
  blackForceExclude,
  clangFormatIgnored,
  rustEdition,
  type ToolConfig,
} from '../../checks/formatters/tool-config.ts';
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
  runs: FormatterRun[];
  editorconfig: { path: string; violations: EditorConfigViolation[] }[];
  /** The repository's JavaScript package manager, for install advice and fix commands (npm when absent). */
  packageManager?: PackageManager;
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

/** How the repository's own config says its tools must be run on named files. */
function toolConfig(root: string, pyproject: string | undefined): ToolConfig {
  const edition = rustEdition(
    readRootText(root, 'rustfmt.toml') ?? readRootText(root, '.rustfmt.toml'),
    readRootText(root, 'Cargo.toml'),
  );
  return { forceExclude: blackForceExclude(pyproject), ...(edition ? { edition } : {}) };
}

export async function gatherFormatterFacts(i: FormatterFactsInput): Promise<FormatterFacts> {
  const repo = readRepoFiles(i.root);
  const detected = i.formatters
    ? i.formatters.map((name) => ({ name, why: 'the formatters input' }))
    : detectFormatters(repo);
  const names = detected.map((d) => d.name);
  const byTool = new Map<FormatterName, string[]>();
  const rest: string[] = [];
  const clangIgnore = clangFormatIgnoreReader(i.root);
  for (const f of i.files) {
    const tool = formatterFor(f, names);
    if (tool?.name === 'clang-format' && clangFormatIgnored(f, clangIgnore(f))) continue;
    if (tool) byTool.set(tool.name, [...(byTool.get(tool.name) ?? []), f]);
    else rest.push(f);
  }
  const runs: FormatterRun[] = [];
  const config = toolConfig(i.root, repo.pyproject);
  for (const [name, files] of byTool) {
    const tool = formatterNamed(name)!;
    runs.push(await runFormatter(i.root, tool, files, { timeoutMs: i.timeoutMs, pathEnv: i.pathEnv, config }));
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
    packageManager: detectPackageManager(repo.root, repo.packageJson),
    unchecked,
    ...(formattingOnly !== undefined ? { formattingOnly } : {}),
  };
}
