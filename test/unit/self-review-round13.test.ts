// Round 13 of issue #17: output styled for a terminal reader (chalk, picocolors, kleur, colors, util.styleText),
// deliberate in held-out sets 17 and 18 (an agent server's operator log, a bot's developer commands, a CLI's
// telemetry notice). Retold in lines we wrote ourselves. Counts: README (self-review section) and field-runs.tsv.
import { describe, expect, it } from 'vitest';
import { added, facts, found } from '../helpers/self-review.ts';

describe('a console call whose first argument is styled for a terminal is written for a reader', () => {
  it('chalk, picocolors, kleur, colors and styleText, on one line or the next, are not reported', () => {
    const f = facts(
      added('src/report.ts', 'console.log(chalk.bold("Reply to the query:"));'),
      added('src/agent/socket.js', 'console.log(', '  chalk.blue("[agent]"),', '  `skill ${name} approved`', ');'),
      added('src/telemetry.ts', "console.log(styleText('bold', 'Shop telemetry'));"),
      added('src/help.js', "console.log(colors.green('--=[ ') + colors.white('Help'));"),
      added('src/cart.ts', "console.log(pc.dim(JSON.stringify(cart)), kleur.red('x'));"),
      added('src/util.ts', "console.log(util.styleText('green', 'done'));"),
    );
    expect(found(f)).toEqual([]);
  });

  it('a value named like a colour library, or one that only holds a style, is still reported', () => {
    const f = facts(
      added('src/a.ts', 'console.log(chalkboard);'),
      added('src/b.ts', 'console.log(theme.chalk);'),
      added('src/c.ts', 'console.log(colors);'),
    );
    expect(found(f)).toEqual([
      'debug-output@src/a.ts:10:warning',
      'debug-output@src/b.ts:10:warning',
      'debug-output@src/c.ts:10:warning',
    ]);
  });
});

describe('a blank line printed beside a message for a person spaces that message', () => {
  it('console.log() within four lines of a message is not reported; alone, or beside a value, it is', () => {
    const f = facts(
      added(
        'src/proxy.js',
        'console.log();',
        "console.log('Using the proxy at', url, 'for every request.');",
        'console.log();',
      ),
      added('src/telemetry.ts', "console.log(styleText('bold', 'Shop telemetry'));", 'console.log() // a gap'),
      added('src/page.tsx', 'export default function Page() {', '  console.log();', '  return null;', '}'),
      added('src/dump.js', 'console.log();', 'console.log(order);'),
    );
    expect(found(f)).toEqual([
      'debug-output@src/page.tsx:11:warning',
      'debug-output@src/dump.js:10:warning',
      'debug-output@src/dump.js:11:warning',
    ]);
  });
});
