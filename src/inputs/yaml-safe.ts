/**
 * YAML to plain data without the library's crash path: an alias bomb (nested aliases that expand
 * to millions of nodes) becomes one sentence with the line of its first alias. Pure.
 */
import { isAlias, parseDocument, visit, type Document } from 'yaml';

/** Aliases a document may expand before it is refused (the library's own default is 100). */
const MAX_ALIASES = 100;

const lineAt = (text: string, offset: number): number => text.slice(0, offset).split('\n').length;

/** The first alias's line, for the error sentence. */
function firstAliasLine(doc: Document, text: string): number | undefined {
  let line: number | undefined;
  visit(doc, {
    Alias(_key, node) {
      if (isAlias(node) && node.range) line = lineAt(text, node.range[0]);
      return visit.BREAK;
    },
  });
  return line;
}

/** `doc.toJS()`, or a sentence ("line 3: too many aliases …") when expanding it would be an alias bomb. */
export function yamlToJs(doc: Document, text: string): unknown {
  try {
    return doc.toJS({ maxAliasCount: MAX_ALIASES }) as unknown;
  } catch (e) {
    if (!/alias/i.test((e as Error).message)) throw e;
    const line = firstAliasLine(doc, text);
    return new YamlAliasError(
      `${line ? `line ${line}: ` : ''}too many aliases to expand (more than ${MAX_ALIASES} nodes from aliases, as in a YAML alias bomb)`,
      line,
    );
  }
}

export class YamlAliasError {
  readonly message: string;
  readonly line: number | undefined;
  constructor(message: string, line: number | undefined) {
    this.message = message;
    this.line = line;
  }
}

/** The first thing wrong with a YAML text: where (when known) and what, in one sentence without the position. */
export interface YamlProblem {
  line?: number;
  column?: number;
  what: string;
}

/** `line 3, column 7` (or `line 3`, or empty) for an error sentence. */
export const yamlWhere = (p: YamlProblem): string =>
  p.line ? `line ${p.line}${p.column ? `, column ${p.column}` : ''}` : '';

/** A YAML text as a document and plain data, or its first problem: a syntax error or an alias bomb. */
export function readYaml(text: string): { doc: Document; js: unknown } | { problem: YamlProblem } {
  const doc = parseDocument(text);
  const err = doc.errors[0];
  if (err) {
    const pos = err.linePos?.[0];
    const what = err.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    return { problem: { ...(pos ? { line: pos.line, column: pos.col } : {}), what } };
  }
  const js = yamlToJs(doc, text);
  if (js instanceof YamlAliasError)
    return { problem: { ...(js.line ? { line: js.line } : {}), what: js.message.replace(/^line \d+: /, '') } };
  return { doc, js };
}
