/**
 * Language-aware hunk headers for self-review's `git diff`: git names the enclosing function in each
 * hunk header (`@@ … @@ public function ddBody($key = null)`) only for files whose attributes pick a
 * diff driver. Without one it names the nearest unindented line (often the class). This lends git an
 * attributes file that picks its built-in php, python, ruby, rust and golang drivers and a JS/TS
 * pattern of our own, so a change deep inside a method still knows the method's name. A repository's
 * own .gitattributes still wins.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const JS_DRIVER = 'selfreviewjs';
const BUILT_IN: Record<string, string> = { php: 'php', py: 'python', rb: 'ruby', rs: 'rust', go: 'golang' };
const JS_EXTENSIONS = ['js', 'jsx', 'mjs', 'cjs', 'ts', 'tsx', 'mts', 'cts', 'vue', 'svelte'];

const NAME = '[A-Za-z_$#][A-Za-z0-9_$]*';
/** Lines that are never a function's head: control flow. Git skips lines matching a `!` pattern. */
const NOT_A_HEAD = '!^[ \t]*(if|else|for|while|switch|catch|return|do|try|with)([ \t(]|$)';
/** A function, a const/let/var holding one, a method or class head; the group is what git reports. */
const HEAD = [
  '(export[ \t]+)?(default[ \t]+)?(async[ \t]+)?function([ \t*]|$).*',
  `(export[ \t]+)?(const|let|var)[ \t]+${NAME}[ \t]*=[ \t]*(async[ \t]+)?(function([ \t*(]|$)|\\(|${NAME}[ \t]*=>).*`,
  `((public|private|protected|static|async|get|set|override|readonly)[ \t]+)*${NAME}[ \t]*\\(.*\\)[ \t]*(:[^;{]*)?\\{[ \t]*`,
  '(export[ \t]+)?(default[ \t]+)?(abstract[ \t]+)?class([ \t]|$).*',
].join('|');
const JS_FUNCNAME = `${NOT_A_HEAD}\n^[ \t]*(${HEAD})$`;

let attributesFile: string | undefined;

function funcnameAttributesFile(): string {
  if (attributesFile) return attributesFile;
  const lines = [
    ...Object.entries(BUILT_IN).map(([ext, driver]) => `*.${ext} diff=${driver}`),
    ...JS_EXTENSIONS.map((ext) => `*.${ext} diff=${JS_DRIVER}`),
  ];
  const file = join(mkdtempSync(join(tmpdir(), 'self-review-')), 'attributes');
  writeFileSync(file, `${lines.join('\n')}\n`);
  attributesFile = file;
  return file;
}

/** `git -c …` options that make `git diff` name the enclosing function in its hunk headers. */
export function funcnameOptions(): string[] {
  return [
    ...['-c', `core.attributesFile=${funcnameAttributesFile()}`],
    ...['-c', `diff.${JS_DRIVER}.xfuncname=${JS_FUNCNAME}`],
  ];
}
