// Round 8 of issue #17: signs that a server's console output is its log on purpose (a named tag constant, a
// debug flag, the start-up message, a banner), a styled browser-console message, and a certificate pasted
// under a private-key header. Lines written by us. Counts: README.
import { describe, expect, it } from 'vitest';
import { scriptFilesOfPackage } from '../../src/facts/package-scripts.ts';
import { added, facts, found } from '../helpers/self-review.ts';

describe('a log line opening with a named tag constant follows the project’s log convention', () => {
  it('TAG + text, `${TAG} text` and (TAG, values) are not reported; a constant logged alone is', () => {
    const f = facts(
      added('server/sockets/hub.js', "  console.log(LOG_SOCKET + 'peer joined: ', peer.id);"),
      added('server/sockets/auth.js', '  console.log(`${LOG_ERR} token rejected for`, peer.id);'),
      added('server/sockets/grant.js', '  console.log(LOG_ALLOWED, peer.ip, scope);'),
      added('server/sockets/url.js', '  console.log(BASE_URL);'),
      added('server/sockets/peer.js', '  console.log(peer, LOG_SOCKET);'),
    );
    expect(found(f)).toEqual([
      'debug-output@server/sockets/url.js:10:warning',
      'debug-output@server/sockets/peer.js:10:warning',
    ]);
  });
});

describe('output behind a debug flag is switched on purpose', () => {
  it('if (traceDebug) console.log(…) on one line, or inside an if (verbose) { block, is not reported', () => {
    const f = facts(
      added('lib/charts/bins.js', '  if (chartDebug) console.log(bins);'),
      added(
        'lib/charts/sums.js',
        '  if (opts.verbose) {',
        '    const total = sums.reduce(add, 0);',
        '    const mean = total / sums.length;',
        '    const spread = range(sums);',
        '    console.log(total, mean, spread);',
        '  }',
      ),
      added('lib/charts/axis.js', '  if (axis.ready) console.log(axis);'),
      added('lib/charts/grid.js', '  if (grid.ready) {', '    console.log(grid);', '  }'),
    );
    expect(found(f)).toEqual([
      'debug-output@lib/charts/axis.js:10:warning',
      'debug-output@lib/charts/grid.js:11:warning',
    ]);
  });
});

describe('a %c-styled browser-console message is written for a person', () => {
  it("console.log('%cWait!', css) is not reported", () => {
    const f = facts(
      added('web/console-warning.js', "console.log('%cWait!', titleStyle);"),
      added('web/dump.js', 'console.log(titleStyle);'),
    );
    expect(found(f)).toEqual(['debug-output@web/dump.js:10:warning']);
  });
});

describe('the server’s start-up message is meant', () => {
  it("'listening' with the port, or inside a .listen( callback, is not reported; a word with a value elsewhere is", () => {
    const f = facts(
      added('server/start.js', "  console.log('listening', port);"),
      added('server/boot.js', "  console.log(t('Listening on port'), PORT, host);"),
      added('server/main.js', '  app.listen(port, () => {', "    console.log('up', port);", '  });'),
      added('server/other.js', "  console.log('up', port);"),
    );
    expect(found(f)).toEqual(['debug-output@server/other.js:10:warning']);
  });
});

describe('a banner line of repeated punctuation around a message is part of the message', () => {
  it("console.log('=====') next to a message is not reported; a banner next to a dump is", () => {
    const f = facts(
      added(
        'server/boot.js',
        "  console.log('**********************');",
        "  console.log('Server starting the queue');",
        "  console.log('**********************');",
      ),
      added('server/dump.js', "  console.log('-----------');", '  console.log(rows);'),
    );
    expect(found(f)).toEqual(['debug-output@server/dump.js:10:warning', 'debug-output@server/dump.js:11:warning']);
  });
});

describe('a certificate under a private-key header is no key', () => {
  const CERT_BODY = 'MIIDdzCCAl+gAwIBAgIUQ3bV0nXoPlaceholderCertificateBodyWrittenByUsForTheTest0';
  const KEY_BODY = 'MIIEowIBAAKCAQEAw1tWrittenByUsForTheTestNotARealKeyAtAllJustBase64Shape000';
  it('a body starting like an X.509 certificate is not reported; a key body is', () => {
    const f = facts(
      added(
        'web/forms/cert.tsx',
        `  placeholder={"-----BEGIN PRIVATE KEY-----\\n${CERT_BODY}\\n-----END PRIVATE KEY-----"}`,
      ),
      added('config/key.pem', '-----BEGIN RSA PRIVATE KEY-----', KEY_BODY, '-----END RSA PRIVATE KEY-----'),
    );
    expect(found(f)).toEqual(['private-key@config/key.pem:10:error']);
  });
});

describe('bun run names a script file too', () => {
  it('"eval": "bun run src/evals/run.ts" lists the file; "bun run build" (a script name) lists none', () => {
    const pkg = JSON.stringify({ scripts: { eval: 'bun run src/evals/run.ts', all: 'bun run build' } });
    expect(scriptFilesOfPackage('apps/api/package.json', pkg)).toEqual(['apps/api/src/evals/run.ts']);
  });
});

describe('a new file that says how to run it, or exits with a status, is a script', () => {
  it('a whole added file with a `node file.js` usage comment or process.exit prints; a browser script does not', () => {
    const f = facts(
      added(
        'lib/maps/reproject.js',
        '// Usage: node reproject.js > out.json',
        'const shapes = load();',
        'console.log(shapes);',
      ),
      added('lib/check/run.ts', 'const failed = count();', 'console.log(failed);', 'process.exit(failed ? 1 : 0);'),
      added('static/js/chart.js', 'const shapes = load();', 'console.log(shapes);'),
    );
    for (const file of f.files) file.lines.forEach((l, k) => (l.line = k + 1));
    expect(found(f)).toEqual(['debug-output@static/js/chart.js:2:warning']);
  });
});

describe('a message written for a person may come after a label', () => {
  it("('Cart.tsx', 'Invalid row given. Use Header instead.') and ('sync: ', 'Not allowed', data) are not reported", () => {
    const f = facts(
      added('web/cart/Row.tsx', "  console.log('Cart.tsx', 'Row', 'Invalid row given. Use Header instead.');"),
      added('server/sync/push.js', "  console.log('sync push: ', 'Not allowed', data);"),
      added('server/sync/pull.js', "  console.log('pull', rows, 'rows');"),
    );
    expect(found(f)).toEqual(['debug-output@server/sync/pull.js:10:warning']);
  });
});

describe('a status line opening with a symbol is written for a person', () => {
  it("'✅ queue ready' is not reported; '🔥' with a value, or '🚀 ~ file:' (an editor's dump label) is", () => {
    const f = facts(
      added('server/queue/boot.ts', '  console.log("✅ queue ready");'),
      added('server/queue/hot.ts', '  console.log("🔥", jobs);'),
      added('server/queue/dump.ts', '  console.log("🚀 ~ file: dump.ts:10 ~ jobs:", jobs);'),
    );
    expect(found(f)).toEqual([
      'debug-output@server/queue/hot.ts:10:warning',
      'debug-output@server/queue/dump.ts:10:warning',
    ]);
  });
});

describe('a sentence may open with a product name written with a dot', () => {
  it("'Relay.IO connected to', 'Node.js version is' are messages; 'Store.init called' (a trace) is not", () => {
    const f = facts(
      added('web/live/socket.js', "  console.log('Relay.IO connected to:', url);"),
      added('server/env/check.js', "  console.log('Node.js version is', version);"),
      added('web/live/store.js', "  console.log('Store.init called');"),
    );
    expect(found(f)).toEqual(['debug-output@web/live/store.js:10:warning']);
  });
});

describe('a comment saying the output stays is the author’s word', () => {
  it("'// keep the log, it helps support' or '// intentional' above is allowed; '// keep track of retries' is not", () => {
    const f = facts(
      added('web/modal/open.js', '  // keep the log, it helps support', '  console.log(reason);'),
      added('web/modal/close.js', '  console.log(state); // intentional: shown to the operator'),
      added('web/modal/retry.js', '  // keep track of retries', '  console.log(retries);'),
    );
    expect(found(f)).toEqual(['debug-output@web/modal/retry.js:11:warning']);
  });
});
