import * as z from 'zod/mini';
import './zod-english.ts';
import { InputError } from './input-error.ts';

export { InputError };

/**
 * One definition per input: it documents the input (action.yml and CLI --help are checked against
 * it) and parses it with zod. Errors name the input, the value and what is allowed, on one line.
 */
export interface InputSpec<T> {
  description: string;
  /** The default written in action.yml (may be an expression such as `${{ github.token }}`). */
  default: string;
  /**
   * What an explicitly empty value means (the runner always passes action.yml's default, so an empty
   * input was set empty on purpose); defaults to `default`.
   */
  whenEmpty?: string;
  /** Sentence naming what is allowed, used in error messages. */
  allowed: string;
  schema: z.ZodMiniType<T, string>;
  /** Masked in logs (setSecret) and never accepted as a CLI flag value. */
  secret?: boolean;
  /** Only meaningful inside GitHub Actions; the CLI does not offer it. */
  actionOnly?: boolean;
}

export type InputSpecs = Record<string, InputSpec<unknown>>;
export type ParsedInputs<S extends InputSpecs> = { [K in keyof S]: S[K] extends InputSpec<infer T> ? T : never };

/** Quotes a user value for an error line: one line, bounded length. */
export function quoteValue(value: string): string {
  const shown = value.length > 120 ? `${value.slice(0, 120)}…` : value;
  return JSON.stringify(shown);
}

export function inputError(name: string, value: string, problem: string, allowed: string): InputError {
  return new InputError(`Input '${name}' is ${quoteValue(value)}: ${problem}. Allowed: ${allowed}.`);
}

export function parseInputs<S extends InputSpecs>(
  specs: S,
  read: (name: string) => string | undefined,
): ParsedInputs<S> {
  const out: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(specs)) {
    const given = read(name);
    const value = given === undefined ? spec.default : given.trim() === '' ? (spec.whenEmpty ?? spec.default) : given;
    const result = spec.schema.safeParse(value);
    if (!result.success) {
      const problem = result.error.issues[0]?.message ?? 'invalid value';
      throw inputError(name, given ?? value, problem, spec.allowed);
    }
    out[name] = result.data;
  }
  return out as ParsedInputs<S>;
}

/** Newline-separated list; blank lines and surrounding spaces dropped. */
export const lines = (text: string): string[] =>
  text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');

/** A string schema turned into T by `parse`, or failing with the problem `parse` names (`problem(ctx, …)`). */
export const fromString = <T>(parse: (s: string, ctx: z.core.ParsePayload) => T) =>
  z.pipe(z.string(), z.transform(parse));

/** Records one problem on a transform's payload; the transform returns what this returns (z.NEVER). */
export function problem(ctx: z.core.ParsePayload, message: string): never {
  ctx.issues.push({ code: 'custom', message, input: ctx.value });
  return z.NEVER;
}

export const booleanInput = fromString((s, ctx) => {
  const v = s.trim().toLowerCase();
  if (v === 'true') return true;
  if (v === 'false') return false;
  return problem(ctx, 'not a boolean');
});
