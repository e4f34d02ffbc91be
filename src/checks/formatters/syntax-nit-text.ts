/** The comment's own words: no fenced code, no quoted lines, no links; inline code kept without its backticks. */
export function ownWords(body: string): string {
  return body
    .replace(/```[\s\S]*?(?:```|$)/g, ' ')
    .replace(/`+([^`\n]*)`+/g, '$1')
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/(^|[^\w*])([_*]{1,2})(\w[^_*\n]*?)\2(?=[^\w*]|$)/g, '$1$3')
    .split('\n')
    .filter((l) => !l.trimStart().startsWith('>'))
    .join('\n');
}
