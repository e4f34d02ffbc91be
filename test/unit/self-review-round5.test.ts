// Round 5 of issue #17: console output is reported when it is shaped like a leftover (values, a label and
// values, a word that is no message) and not when it is a sentence for a person; the error an error handler
// receives may be logged; a class named for debugging is the project's logger. Lines we wrote ourselves.
import { describe, expect, it } from 'vitest';
import { added, facts, found } from '../helpers/self-review.ts';

describe('a sentence for a person is no leftover', () => {
  it('a lone string, template or concatenation of three words or more is a message', () => {
    const f = facts(
      added(
        'src/boot.ts',
        '  console.log("Auto-starting the sync worker")',
        '  console.log(`${name} is already in the basket, skipping`)',
        '  console.debug("cart_store loaded from disk")',
        "  console.log('wrote ' + n + ' rows to the cache')",
      ),
      added(
        'src/setup.ts',
        '    console.log(',
        '      `${missing.join(",")} providers are not set up yet.`,',
        '    );',
      ),
    );
    expect(found(f)).toEqual([]);
  });

  it('values, a label with values, or a word that is no message is still reported', () => {
    const f = facts(
      added(
        'src/cart.ts',
        "console.log('here')",
        'console.log("checkout called")',
        "console.log('///basket///')",
        "console.log('1')",
        "console.log('items:')",
        'console.log("closing socket")',
        "console.log('the basket is', basket)",
        'console.log({ basket, total })',
        'console.log()',
        'console.log("total " + total)',
        'console.log(`${a} ${b}`)',
        'console.log(cart.items?.at(-1))',
        "console.log('the total of this basket is ' + total)",
      ),
    );
    expect(found(f)).toEqual(Array.from({ length: 13 }, (_, k) => `debug-output@src/cart.ts:${10 + k}:warning`));
  });

  it('a sentence split over the next lines is read up to the closing parenthesis', () => {
    const f = facts(
      added('src/serve.mjs', '}).listen(port, () => console.log(', '  `serving the ${kind} page on port ${port}`));'),
      added('src/dump.js', '      console.log(', '        new Date(t),', '        offset(t),', '      );'),
    );
    expect(found(f)).toEqual(['debug-output@src/dump.js:10:warning']);
  });
});

describe('the error an error handler receives', () => {
  it('may be logged alone, even when the handler also reports or rethrows it', () => {
    const f = facts(
      added('src/upload.js', '  onUploadFailed(error) {', "    emit('error', text);", '    console.log(error);'),
      added('src/search.tsx', "socket.on('search:failed', (data: { error: string }) => {", '  console.log(data.error)'),
      added('src/fetch.ts', '    } catch (e) {', '      console.log(e)', '      throw e'),
      added('src/stream.ts', '  .catch((err) => {', '    console.log(err)', '    onError(err)'),
      added('src/upload.ts', "socket.on('upload:failed', (data) => {", '  console.log(data.error)'),
      added('src/save.ts', '  onSaveFailed(error) {', '    console.log(error.response)', '    toast(text)'),
    );
    expect(found(f)).toEqual([]);
  });

  it('an error that no handler above received, or more than the error, is still reported', () => {
    const f = facts(
      added('src/form.ts', 'const err = validate(form);', 'console.log(err)'),
      added('src/job.ts', '  run(job) {', '    console.log(job.error)'),
    );
    expect(found(f)).toEqual(['debug-output@src/form.ts:11:warning', 'debug-output@src/job.ts:11:warning']);
  });
});

describe('a class named for debugging is the project’s logger', () => {
  it('console output inside class Debug… is its purpose; a class merely using debug data is not', () => {
    const f = facts(
      {
        path: 'src/debug.ts',
        lines: [{ line: 40, text: '    console.debug(`[${id}]`, event)', scope: 'class DebugHub {' }],
      },
      added('src/panel.ts', 'export class CartPanel {', '  render(debugInfo) {', '    console.log(debugInfo)'),
    );
    expect(found(f)).toEqual(['debug-output@src/panel.ts:12:warning']);
  });
});
