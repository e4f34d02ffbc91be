/** Cells of a markdown table row, split on pipes that are not escaped (as GFM does). */
export const tableCells = (row: string): string[] =>
  row
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split(/(?<!\\)\|/);

/** Every table in a markdown text, as lists of rows of cells. */
export function markdownTables(md: string): string[][][] {
  const tables: string[][][] = [];
  let current: string[][] | undefined;
  for (const line of md.split('\n')) {
    if (line.startsWith('|')) (current ??= (tables.push([]), tables.at(-1)!)).push(tableCells(line));
    else current = undefined;
  }
  return tables;
}

/** Asserts-ready: true when every row of every table has as many cells as its header. */
export const tablesAreWellFormed = (md: string): boolean =>
  markdownTables(md).every((t) => t.every((row) => row.length === t[0]!.length));

/** The markdown with code spans removed: what is left is rendered as markdown/HTML, not literally. */
export const withoutCodeSpans = (md: string): string => md.replace(/(`+)(?!`)[\s\S]*?(?<!`)\1(?!`)/g, '');
