// `npm run bench`: builds nothing, runs the built bundles and the rules, prints one table of figures.
// Optional: SIZE_LABEL_ACTION (the anchor of the pr-size row), BENCH_NPM_TEST=1 (times a whole `npm test`).
import { cliStartFigures } from './cli-start.ts';
import { printFigures } from './figures.ts';
import { npmTestFigure } from './npm-test.ts';
import { packagingFigures } from './packaging.ts';
import { docsRequiredFigures } from './docs-required.ts';
import { formatterFigures } from './formatter-enforced.ts';
import { prSizeFigures } from './pr-size.ts';
import { reviewLatencyFigures } from './review-latency.ts';
import { syntaxNitFigures } from './syntax-nits.ts';
import { selfReviewFigures } from './self-review.ts';
import { wipReportFigures } from './wip-report.ts';

const figures = [
  ...(await prSizeFigures()),
  ...docsRequiredFigures(),
  ...(await reviewLatencyFigures()),
  ...(await formatterFigures()),
  ...syntaxNitFigures(),
  ...(await wipReportFigures()),
  ...(await packagingFigures()),
  ...cliStartFigures(),
  npmTestFigure(),
  ...(await selfReviewFigures()),
];
printFigures(figures);
