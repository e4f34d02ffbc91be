/**
 * YAML to plain data without the library's crash path: an alias bomb (nested aliases that expand
 * to millions of nodes) becomes one sentence with the line of its first alias. Pure.
 */
import { isAlias, visit, type Document } from 'yaml';

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
