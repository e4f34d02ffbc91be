/**
 * zod's English messages, which users read when a report.json or a `rules` glob has the wrong shape (e.g. "Invalid
 * input: expected string, received number"). zod/mini loads no locale (every message would read "Invalid input"):
 * spec.ts (every input goes through it) and report-file/schema.ts import this module. Only English is bundled.
 */
import * as z from 'zod/mini';
import { en } from 'zod/locales';

z.config(en());
