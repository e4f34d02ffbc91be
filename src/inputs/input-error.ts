/** A bad input, flag or settings-file value: one line naming it, the value and what is allowed. */
export class InputError extends Error {
  override name = 'InputError';
}
