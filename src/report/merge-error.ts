/** Report files that can't be merged (different windows, settings or versions): one line saying why. */
export class MergeError extends Error {
  override name = 'MergeError';
}
