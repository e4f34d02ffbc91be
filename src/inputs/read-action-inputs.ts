import * as core from '@actions/core';

/** The one place action inputs are read. The runner passes every input, defaults included. */
export const readActionInput = (name: string): string => core.getInput(name);
