/** Marker rules: merge-conflict markers and private keys (any text file), TODOs without an issue (comments). Pure. */
import { linesBelow } from './self-review-hunk.ts';
import type { ViewLine } from './self-review-rules.ts';

const first = (re: RegExp, text: string): string | undefined => re.exec(text)?.[0];

export const CONFLICT = /^(<{7}|>{7}|\|{7})(?: |$)/;

/** `=======` alone is a Markdown or reST underline too: only a marker when the file's added lines have others. */
export function conflictMarker(lines: readonly ViewLine[], i: number): string | undefined {
  const raw = lines[i]!.raw;
  const m = first(CONFLICT, raw);
  if (m) return raw.slice(0, 7);
  if (raw !== '=======') return undefined;
  return lines.some((l) => CONFLICT.test(l.raw)) ? raw : undefined;
}

const KEY_HEADER = /-----BEGIN ([A-Z0-9]+ )*PRIVATE KEY( BLOCK)?-----/;
const KEY_BODY = /^[\s"'`+]*[A-Za-z0-9+/]{40,}={0,2}/;

/**
 * An X.509 certificate's DER opening in Base64 (SEQUENCE, SEQUENCE, version [0] and serial INTEGER): a
 * certificate pasted under a key header (a form's sample text), not key material.
 */
const CERTIFICATE_BODY = /^[\s"'`+]*MII[A-Za-z0-9+/]{3}CC[A-Za-z0-9+/]{3}gAwIBAgI/;
const keyMaterial = (body: string): boolean => KEY_BODY.test(body) && !CERTIFICATE_BODY.test(body);

/** A PEM private-key header followed by key material (same line after `\n`, or the next added line). */
export function privateKey(lines: readonly ViewLine[], i: number): string | undefined {
  const raw = lines[i]!.raw;
  const m = KEY_HEADER.exec(raw);
  if (!m) return undefined;
  const after = raw.slice(m.index + m[0].length);
  if (/^\\n/.test(after) && keyMaterial(after.slice(2))) return m[0];
  const next = lines[i + 1];
  if (next && next.line === lines[i]!.line + 1 && (keyMaterial(next.raw) || /Proc-Type:/.test(next.raw)))
    return elided(lines, i) ? undefined : m[0];
  return undefined;
}

/** A key whose body is cut short with `...` before its END line: a placeholder, not a key. */
function elided(lines: readonly ViewLine[], i: number): boolean {
  for (const l of linesBelow(lines, i, 80)) {
    if (/-----END /.test(l.raw)) return false;
    if (/^[\s"'`+]*(\.\.\.|\u2026)[\s"'`+,]*$/.test(l.raw)) return true;
  }
  return false;
}

const ISSUE_REF = /#\d+|\b[A-Z][A-Z0-9]+-\d+\b|\/(issues|pull)\/\d+|\bgh-\d+\b/i;

export function todoWithoutIssue(lines: readonly ViewLine[], i: number): string | undefined {
  const c = lines[i]!.comment;
  const m = /\b(TODO|FIXME)\b/.exec(c);
  return m && !ISSUE_REF.test(c) ? m[0] : undefined;
}
