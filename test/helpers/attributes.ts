import type { AttributeLookup } from '../../src/facts/types.ts';

/** A repository whose .gitattributes marks nothing generated or vendored. */
export const noAttributes: AttributeLookup = () => ({ generated: false, vendored: false });
