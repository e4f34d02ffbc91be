// `npm run bench`: builds nothing, runs the built bundles and the rules, prints one table of figures.
import { printFigures } from './figures.ts';
import { docsRequiredFigures } from './docs-required.ts';
import { formatterFigures } from './formatter-enforced.ts';
import { prSizeFigures } from './pr-size.ts';
import { reviewLatencyFigures } from './review-latency.ts';
import { selfReviewFigures } from './self-review.ts';
import { wipReportFigures } from './wip-report.ts';

const figures = [
  ...(await prSizeFigures()),
  ...docsRequiredFigures(),
  ...(await reviewLatencyFigures()),
  ...(await formatterFigures()),
  ...(await wipReportFigures()),
  ...(await selfReviewFigures()),
];
printFigures(figures);
