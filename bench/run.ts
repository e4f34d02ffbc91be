// `npm run bench`: builds nothing, runs the built bundles and the rules, prints one table of figures.
import { printFigures } from './figures.ts';
import { docsRequiredFigures } from './docs-required.ts';
import { prSizeFigures } from './pr-size.ts';

const figures = [...(await prSizeFigures()), ...docsRequiredFigures()];
printFigures(figures);
