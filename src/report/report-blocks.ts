/**
 * The weekly report as blocks: the summary blocks every check uses, plus headline cards and charts.
 * HTML draws cards and charts; markdown and the terminal get them as tables (plain-blocks.ts). Every
 * heading and sentence of the report is written once, in wip-summary.ts. Plain data, untrusted text.
 */
import type { Block } from '../verdict.ts';

/** Whether a change is good news for that figure; `none` without last week or a direction. */
export type Tone = 'better' | 'worse' | 'same' | 'none';

export interface Card {
  label: string;
  value: string;
  previous: string | null;
  /** "+3", "−1.5" — with `arrow` and `tone` spelled out, so colour is never the only signal. */
  change: string | null;
  arrow: '▲' | '▼' | '=' | '';
  tone: Tone;
  /** The figure over the weeks of the history, oldest first (null: not recorded that week). */
  weeks: (number | null)[];
}

export interface Bar {
  label: string;
  value: number;
  /** Drawn in the highlight colour (e.g. over the WIP limit). */
  flag?: boolean;
}

export interface BarChart {
  kind: 'bars';
  title: string;
  bars: Bar[];
  /** What each colour means: every chart has a legend. */
  legend: { bar: string; flag?: string };
}

export interface LineChart {
  kind: 'lines';
  title: string;
  /** The week each point ends, e.g. "11-23". */
  weeks: string[];
  values: (number | null)[];
  unit: string;
}

export type ReportBlock =
  | Block
  | { kind: 'cards'; cards: Card[]; legend: string }
  /** `plain` is what markdown and the terminal show instead (absent: nothing). */
  | { kind: 'chart'; chart: BarChart | LineChart; plain?: Block }
  /** With `section`: a section of charts only, under that heading, that markdown and the terminal leave out. */
  | {
      kind: 'charts';
      charts: { chart: BarChart | LineChart; plain?: Block }[];
      section?: string;
      /** What the lines' colour and gaps mean (HTML only, like the section). */
      legend?: string;
    };
