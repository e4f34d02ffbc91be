/**
 * Language-aware hunk headers for self-review's `git diff`. Git names the enclosing function in each
 * hunk header (`@@ … @@ public function ddBody($key = null)`), but without a diff driver only as the
 * nearest unindented line above: for PHP that is the class, so a change deep inside a helper method
 * (`ddBody`) does not know the method. This lends git an attributes file that picks its built-in php
 * driver. JS/TS keeps git's default on purpose: its unindented line is the top-level function
 * (`export const showRoutes = …`), where a pattern of indented heads would name a closure that already
 * ended above the change. A repository's own .gitattributes still wins.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

let attributesFile: string | undefined;

function funcnameAttributesFile(): string {
  if (attributesFile) return attributesFile;
  const file = join(mkdtempSync(join(tmpdir(), 'self-review-')), 'attributes');
  writeFileSync(file, '*.php diff=php\n');
  attributesFile = file;
  return file;
}

/** `git -c …` options that make `git diff` name the enclosing PHP method in its hunk headers. */
export function funcnameOptions(): string[] {
  return ['-c', `core.attributesFile=${funcnameAttributesFile()}`];
}
