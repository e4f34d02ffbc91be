/**
 * The data every check returns. Rules build it (pure); effects write it (the only code that does).
 * All text in here is plain and untrusted: escaping happens once, in src/effects/.
 */

export type Conclusion = 'success' | 'neutral' | 'failure';

export interface Annotation {
  level: 'error' | 'warning' | 'notice';
  message: string;
  title?: string;
  /** Repository-relative path; omitted for annotations about the whole PR. */
  file?: string;
  line?: number;
}

/** Inline text: plain strings are escaped when rendered; `code` renders as a code span. */
export type Inline = string | { code: string } | { strong: string } | { link: string; href: string };
export type Text = Inline | Inline[];

export type Block =
  | { kind: 'heading'; level: 2 | 3; text: Text }
  | { kind: 'paragraph'; text: Text }
  | { kind: 'quote'; text: Text }
  | { kind: 'list'; items: Text[] }
  | { kind: 'table'; header: string[]; rows: Text[][]; align?: ('left' | 'right')[] };

export interface LabelChanges {
  add: { name: string; color: string; description: string }[];
  remove: string[];
}

export interface Verdict<Details = unknown> {
  check: string;
  conclusion: Conclusion;
  annotations: Annotation[];
  labels: LabelChanges;
  outputs: Record<string, string>;
  summary: Block[];
  details: Details;
}

export const noLabelChanges = (): LabelChanges => ({ add: [], remove: [] });
