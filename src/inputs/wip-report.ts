import * as z from 'zod/mini';
import { uniqueNames } from '../checks/names.ts';
import type { SizeBucket } from '../checks/sizes.ts';
import { prSizeInputs } from './pr-size.ts';
import { parseReviewLatencySettings, reviewLatencyInputs, type ReviewLatencySettings } from './review-latency.ts';
import { tokenInput } from './shared.ts';
import { booleanInput, fromString, parseInputs, problem, type InputSpec } from './spec.ts';

const wholeNumber = (min: number, max: number) =>
  fromString((s, ctx) => {
    const n = Number(s.trim());
    return !Number.isInteger(n) || n < min || n > max ? problem(ctx, `not a whole number from ${min} to ${max}`) : n;
  });

const REPO = /^[A-Za-z0-9-]+\/[A-Za-z0-9._-]+$/;

export const wipReportInputs = {
  'github-token': tokenInput(
    'Token that can read pull requests, issues and milestones of every repository in `repositories`.',
  ),
  repositories: {
    description: 'owner/name of each repository to report on, comma- or newline-separated. Default: this repository.',
    default: '',
    allowed: 'owner/name pairs separated by commas or newlines (a repeat, in any case, is read once)',
    schema: fromString((s, ctx) => {
      const repos = s.split(/[\s,]+/).filter(Boolean);
      const bad = repos.find((r) => !REPO.test(r));
      if (bad) return problem(ctx, `${JSON.stringify(bad)} is not owner/name`);
      return uniqueNames(repos); // GitHub's owner and repository names are case-insensitive: each is read once
    }),
  } satisfies InputSpec<string[]>,
  'window-days': {
    description:
      'Days the report looks back for merges and sprint goals (the previous window of the same length gives trends).',
    default: '7',
    allowed: 'a whole number of days from 1 to 90',
    schema: wholeNumber(1, 90),
  } satisfies InputSpec<number>,
  'stale-days': {
    description: 'An open PR with no activity for this many days is flagged stale.',
    default: '7',
    allowed: 'a whole number of days from 1 to 365',
    schema: wholeNumber(1, 365),
  } satisfies InputSpec<number>,
  'wip-limit': {
    description: 'Open, ready PRs per author above which the author is flagged.',
    default: '3',
    allowed: 'a whole number from 1 to 100',
    schema: wholeNumber(1, 100),
  } satisfies InputSpec<number>,
  'scraped-threshold': {
    description:
      'Percent of a sprint goal (milestone) closed by its due date that counts as "Scraped it" (100% is "Nailed it").',
    default: '80',
    allowed: 'a whole number from 1 to 99',
    schema: wholeNumber(1, 99),
  } satisfies InputSpec<number>,
  'previous-report': {
    description:
      "Path to last week's report.json (e.g. from actions/download-artifact): each headline figure then shows its change.",
    default: '',
    allowed: 'a path to a report.json, or empty',
    schema: z.string().check(z.trim()),
  } satisfies InputSpec<string>,
  'output-dir': {
    description: 'Folder for report.md, report.json and report.html.',
    default: 'wip-report',
    allowed: 'a folder path',
    schema: z.string().check(z.trim(), z.minLength(1, 'empty')),
  } satisfies InputSpec<string>,
  'artifact-name': {
    actionOnly: true,
    description: 'Name of the uploaded artifact. Default: wip-report-YYYY-MM-DD.',
    default: '',
    allowed: 'an artifact name without / \\ : * ? " < > | or newlines',
    schema: z.string().check(
      z.trim(),
      z.refine((s) => !/[\\/:*?"<>|\r\n]/.test(s), 'has a character artifacts cannot use'),
    ),
  } satisfies InputSpec<string>,
  upload: {
    actionOnly: true,
    description: 'Upload the report files as an artifact.',
    default: 'true',
    allowed: 'true or false',
    schema: booleanInput,
  } satisfies InputSpec<boolean>,
  sizes: prSizeInputs.sizes,
  'label-prefix': prSizeInputs['label-prefix'],
  'sla-hours': reviewLatencyInputs['sla-hours'],
  'business-hours': reviewLatencyInputs['business-hours'],
  'business-days': reviewLatencyInputs['business-days'],
  timezone: reviewLatencyInputs.timezone,
  holidays: reviewLatencyInputs.holidays,
  'ignore-users': reviewLatencyInputs['ignore-users'],
};

export interface WipReportSettings {
  repositories: string[];
  windowDays: number;
  staleDays: number;
  wipLimit: number;
  scrapedThreshold: number;
  previousReport: string;
  outputDir: string;
  artifactName: string;
  upload: boolean;
  sizes: SizeBucket[];
  labelPrefix: string;
  latency: ReviewLatencySettings;
}

export function parseWipReportSettings(read: (name: string) => string | undefined): WipReportSettings {
  const { 'github-token': _t, ...specs } = wipReportInputs;
  const raw = parseInputs(specs, read);
  return {
    repositories: raw.repositories,
    windowDays: raw['window-days'],
    staleDays: raw['stale-days'],
    wipLimit: raw['wip-limit'],
    scrapedThreshold: raw['scraped-threshold'],
    previousReport: raw['previous-report'],
    outputDir: raw['output-dir'],
    artifactName: raw['artifact-name'],
    upload: raw.upload,
    sizes: raw.sizes,
    labelPrefix: raw['label-prefix'],
    latency: parseReviewLatencySettings(read),
  };
}
