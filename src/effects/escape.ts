/**
 * Escaping for every place untrusted text (titles, branch/file names, review bodies) is written.
 * Pure string functions, called by the writers in this folder and by runtime/gate.ts (its skip notice and
 * bad-payload error are written before the writers load).
 */

// C0 controls except tab, LF and CR (callers fold line breaks), DEL, C1 controls: replaced so nothing is lost silently.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
// Bidi embedding/override/isolate characters can make text read differently from what it is.
const BIDI = /[\u202a-\u202e\u2066-\u2069]/g;
const codePoint = (c: string): string => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** Makes text safe and visible: control characters become U+FFFD, bidi controls become `[U+202E]`. */
export function visible(text: string): string {
  return text.replace(CONTROL, '\uFFFD').replace(BIDI, (c) => `[${codePoint(c)}]`);
}

/** One-line markdown text: no markup, no HTML, no mention pings, no table breaks. */
export function escapeMarkdown(text: string): string {
  // Backslash escapes first, entities last: the entities' own '&', '#' and ';' must stay as they are.
  return visible(text)
    .replace(/\r\n|\r|\n/g, ' ')
    .replace(/[\\`*_{}[\]()#+\-.!|~]/g, '\\$&')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/@/g, '&#64;');
}

/** A markdown code span holding `text` literally, safe inside a table cell. */
export function codeSpan(text: string): string {
  const body = visible(text).replace(/\r\n|\r|\n/g, ' ');
  const longest = Math.max(0, ...(body.match(/`+/g) ?? []).map((r) => r.length));
  const fence = '`'.repeat(longest + 1);
  const pad = body.startsWith('`') || body.endsWith('`') || body.startsWith(' ') ? ' ' : '';
  // GFM splits table cells on '|' even inside code spans; '\|' is the documented escape there.
  return `${fence}${pad}${body.replace(/\|/g, '\\|')}${pad}${fence}`;
}

export function escapeHtml(text: string): string {
  return visible(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Workflow command data (message): control characters made visible, then escaped as @actions/core does. */
export const escapeCommandData = (s: string): string =>
  visible(s).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');

/** Workflow command property (file=, title=): also ':' and ','. */
export const escapeCommandProperty = (s: string): string =>
  escapeCommandData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** Terminal text: no ANSI escapes or other controls from untrusted names. */
export const escapeTerminal = (s: string): string => visible(s).replace(/\r\n|\r|\n/g, ' ');
