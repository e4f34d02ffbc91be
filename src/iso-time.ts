/** A time as GitHub writes it, to the second: `2026-11-23T08:00:00Z`. Pure; shared by facts, rules and effects. */
export const isoSecond = (ms: number): string => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
