import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { minimatch } from 'minimatch';
import { expect, it } from 'vitest';
import config from '../../vitest.config.ts';
import { ROOT } from '../helpers/run-dist.ts';

it('every test file runs in one of the vitest projects (source or build), none is left out', () => {
  const projects = (config.test?.projects ?? []) as { test: { name: string; include: string[] } }[];
  const files = (readdirSync(join(ROOT, 'test'), { recursive: true }) as string[])
    .filter((f) => f.endsWith('.test.ts'))
    .map((f) => `test/${f}`);
  expect(files.length).toBeGreaterThan(40);
  const homes = files.map((file) => ({
    file,
    projects: projects.filter((p) => p.test.include.some((g) => minimatch(file, g))).map((p) => p.test.name),
  }));
  expect(homes.filter((h) => h.projects.length !== 1)).toEqual([]);
});
