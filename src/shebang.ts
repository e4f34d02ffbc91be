/**
 * A shebang line (`#!/usr/bin/env node`): the file is a script run by hand or by a tool. Rust's inner attributes
 * (`#![forbid(unsafe_code)]`) start with the same two characters and are not one. Pure; shared by facts and rules.
 */
export const isShebang = (line: string): boolean => /^#!(?!\[)/.test(line);
