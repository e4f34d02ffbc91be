// Round 14 of issue #17: false-positive kinds of held-out sets 20 and 21, each retold in lines we wrote ourselves.
// Counts per kind: README (self-review section) and field-runs.tsv.
import { describe, expect, it } from 'vitest';
import { CODE, lexLine } from '../../src/checks/self-review-lexer.ts';
import { added, facts, found } from '../helpers/self-review.ts';

describe('heredocs are strings: a linter spec feeding binding.pry to the linter is test input', () => {
  it('Ruby <<~, <<- and <<ID heredocs and PHP <<< heredocs hide their lines until the closing word', () => {
    const spec = [
      'it "flags a leftover breakpoint" do',
      '  source = <<~RUBY',
      '    def total',
      '      binding.pry',
      '    end',
      '  RUBY',
      '  binding.pry',
      'end',
    ];
    const php = ['$code = <<<EOT', 'var_dump($cart);', 'EOT;', 'var_dump($order);'];
    const f = facts(added('spec/models/linter/cart_spec.rb', ...spec), added('src/Render.php', ...php));
    expect(found(f)).toEqual([
      'debugger@spec/models/linter/cart_spec.rb:16:warning',
      'debug-output@src/Render.php:13:warning',
    ]);
  });

  it('an array push (`rows << ROW`) opens no heredoc', () => {
    const first = lexLine('ruby', 'rows << ROW', CODE);
    expect(first.state).toEqual(CODE);
    expect(found(facts(added('app/cart.rb', 'rows << ROW', 'binding.pry')))).toEqual([
      'debugger@app/cart.rb:11:warning',
    ]);
  });
});

describe('self-signed and test-environment keys, and folders named example-*, are samples', () => {
  it('a key in self-signed-key.pem, self_signed_certs/ or .env.test is not reported; in config/ it is', () => {
    const key = [
      '-----BEGIN RSA PRIVATE KEY-----',
      'MIIEowIBAAKCAQEAwrittenByUsForThisTestOnlyNotAKeyAtAll+',
      '-----END RSA PRIVATE KEY-----',
    ];
    const f = facts(
      added('plugins/shop-plugin/self-signed-key.pem', ...key),
      added('demo/self_signed_certs/key.pem', ...key),
      added('.env.test', `APP_PEM="${key.join('\\n')}"`),
      added('config/shop/signing.key', ...key),
    );
    expect(found(f)).toEqual(['private-key@config/shop/signing.key:10:error']);
  });

  it('output in example-plugins/ or a shop-example/ folder is not reported', () => {
    const f = facts(
      added('example-plugins/shop-sample/index.js', 'console.log(context);'),
      added('docs/shop-example/index.js', 'console.log(context);'),
      added('plugins/shop/index.js', 'console.log(context);'),
    );
    expect(found(f)).toEqual(['debug-output@plugins/shop/index.js:10:warning']);
  });
});
