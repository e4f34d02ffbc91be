// The README's architecture table, as a test: facts → rules → effects, enforced on every import in src/.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/run-dist.ts';

interface Import {
  from: string; // importing file, relative to the repository
  to: string; // a repository-relative path for our own modules, else the bare specifier
  typeOnly: boolean;
  /** The names it imports (empty for `import * as`, side-effect imports and dynamic imports). */
  names: string[];
}

const SRC = join(ROOT, 'src');
const files = (readdirSync(SRC, { recursive: true }) as string[])
  .filter((f) => f.endsWith('.ts'))
  .map((f) => join(SRC, f));

function importsOf(file: string): Import[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const from = relative(ROOT, file);
  const out: Import[] = [];
  const add = (spec: string, typeOnly: boolean, names: string[] = []): void => {
    const to = spec.startsWith('.') ? relative(ROOT, resolve(dirname(file), spec)) : spec;
    out.push({ from, to, typeOnly, names });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const onlyTypes =
        !!clause &&
        (clause.isTypeOnly ||
          (!clause.name &&
            !!clause.namedBindings &&
            ts.isNamedImports(clause.namedBindings) &&
            clause.namedBindings.elements.every((e) => e.isTypeOnly)));
      const bindings = clause?.namedBindings;
      const names = bindings && ts.isNamedImports(bindings) ? bindings.elements.map((e) => e.name.text) : [];
      add(node.moduleSpecifier.text, onlyTypes, names);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      add(node.moduleSpecifier.text, node.isTypeOnly);
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteral(node.arguments[0])
    ) {
      add(node.arguments[0].text, false);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

const all = files.flatMap(importsOf);
const within = (dir: string) => (path: string) => path.startsWith(`${dir}/`);
const isRule = (p: string) => within('src/checks')(p) || within('src/report')(p);
const isFacts = within('src/facts');
/** Modules that read or write the world: the file system, processes, the network, the Actions runtime. */
const IO = /^(node:)?(fs|fs\/promises|child_process|http|https|net|os|process)$|^@actions\/|^@octokit\//;
/** Starting processes, or raw git commands: the named readers in src/facts/git/ are what the rest calls. */
const runsTools = (i: Import) =>
  /^(node:)?child_process$/.test(i.to) || (i.to.startsWith('src/facts/git/run-git') && i.names.includes('runGit'));
const show = (list: Import[]) => list.map((i) => `${i.from} → ${i.to}`);

describe('architecture: facts → rules → effects (README table)', () => {
  it('reads every source file', () => {
    expect(files.length).toBeGreaterThan(50);
    expect(all.length).toBeGreaterThan(200);
  });

  it('rules (src/checks, src/report) import no I/O, facts, effects, runtime or CLI at run time', () => {
    const bad = all.filter(
      (i) =>
        isRule(i.from) && !i.typeOnly && (IO.test(i.to) || /^src\/(facts|effects|runtime|cli|entries)\//.test(i.to)),
    );
    expect(show(bad)).toEqual([]);
  });

  it('facts import no rules at run time (they gather data; deciding is for rules)', () => {
    const bad = all.filter((i) => isFacts(i.from) && !i.typeOnly && isRule(i.to));
    expect(show(bad)).toEqual([]);
  });

  it('only facts run git or other tools', () => {
    const bad = all.filter((i) => !isFacts(i.from) && !i.typeOnly && runsTools(i));
    expect(show(bad)).toEqual([]);
  });

  it('nothing imports the entry points or the CLI but the entries themselves', () => {
    const bad = all.filter(
      (i) =>
        (within('src/entries')(i.to) && !within('src/entries')(i.from)) ||
        (within('src/cli')(i.to) && !within('src/cli')(i.from) && !within('src/entries')(i.from)),
    );
    expect(show(bad)).toEqual([]);
  });
});
