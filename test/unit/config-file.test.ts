import { describe, expect, it } from 'vitest';
import {
  ConfigError,
  parseConfigFile,
  settingsReader,
  settingsWithConfig,
  CONFIG_PATH,
} from '../../src/inputs/config-file.ts';
import { parsePrSizeSettings, prSizeInputs } from '../../src/inputs/pr-size.ts';

describe('.github/dev-process.yml', () => {
  it('holds settings per check; lists become newline lists, mappings (docs-required rules) stay YAML', () => {
    const c = parseConfigFile(
      'pr-size:\n  fail-at: XL\n  ignore:\n    - "docs/**"\n    - "!docs/api.md"\ndocs-required:\n  rules:\n    - code: ["src/**"]\n      docs: ["docs/**"]\nwip-report:\n  wip-limit: 5\n  upload: false\n',
    );
    expect(c['pr-size']).toEqual({ 'fail-at': 'XL', ignore: 'docs/**\n!docs/api.md' });
    expect(c['wip-report']).toEqual({ 'wip-limit': '5', upload: 'false' });
    expect(c['docs-required']!.rules).toContain('code:');
  });

  it('an empty file is no settings', () => {
    expect(parseConfigFile('')).toEqual({});
    expect(parseConfigFile('# nothing yet\n')).toEqual({});
  });

  it.each([
    ['pr-size:\n  sizes: banana\n', `${CONFIG_PATH}: pr-size.sizes is "banana": `],
    ['pr-sise:\n  fail-at: XL\n', `${CONFIG_PATH}: pr-sise is not a check of this suite. Allowed: `],
    ['pr-size:\n  fail-att: XL\n', `${CONFIG_PATH}: pr-size.fail-att is not a setting of pr-size. Allowed: `],
    ['pr-size:\n  github-token: abc\n', `${CONFIG_PATH}: pr-size.github-token is not a setting of pr-size. Allowed: `],
    ['pr-size: [1, 2]\n', `${CONFIG_PATH}: pr-size: expected a mapping of settings. Allowed: `],
    [
      'pr-size:\n  fail-at: [XL\n',
      `${CONFIG_PATH}: line 3, column 1: Flow sequence in block collection must be sufficiently indented and end with a ]. Allowed: `,
    ],
  ])('bad config %j: one line with the file, the key path and what is allowed', (text, start) => {
    let err: unknown;
    try {
      parseConfigFile(text);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as Error).message.startsWith(start)).toBe(true);
    expect((err as Error).message).not.toContain('\n');
  });

  it('a value the settings reject names the file and key path too; an input the settings reject stays an input error', () => {
    const config = parseConfigFile('pr-size:\n  fail-at: XXXL\n');
    expect(() => settingsWithConfig('pr-size', prSizeInputs, parsePrSizeSettings, () => undefined, config)).toThrow(
      `${CONFIG_PATH}: pr-size.fail-at is "XXXL": not a size name. Allowed: one of XS, S, M, L, XL, XXL, or empty.`,
    );
    expect(() =>
      settingsWithConfig(
        'pr-size',
        prSizeInputs,
        parsePrSizeSettings,
        (n) => (n === 'warn-at' ? 'XXXL' : undefined),
        {},
      ),
    ).toThrow(`Input 'warn-at' is "XXXL"`);
    const ok = settingsWithConfig(
      'pr-size',
      prSizeInputs,
      parsePrSizeSettings,
      () => undefined,
      parseConfigFile('pr-size:\n  fail-at: XL\n'),
    );
    expect(ok.settings.failAt).toBe('XL');
    expect(ok.sources).toEqual([{ name: 'fail-at', value: 'XL', source: CONFIG_PATH }]);
  });

  it('precedence: an input set to something other than its default > the config file > the default; sources listed', () => {
    const input: Record<string, string> = {
      'fail-at': 'XXL',
      sizes: prSizeInputs.sizes.default,
      'label-prefix': 'sz/',
    };
    const r = settingsReader(prSizeInputs, (n) => input[n], {
      'fail-at': 'XL',
      sizes: 'XS=0,S=20,M=200,L=500,XL=1000,XXL=2000',
      'warn-at': 'L',
    });
    expect(r.read('fail-at')).toBe('XXL');
    expect(r.read('sizes')).toBe('XS=0,S=20,M=200,L=500,XL=1000,XXL=2000');
    expect(r.read('warn-at')).toBe('L');
    expect(r.read('label-prefix')).toBe('sz/');
    expect(r.read('ignore')).toBeUndefined();
    expect(r.sources()).toEqual([
      { name: 'fail-at', value: 'XXL', source: 'input' },
      { name: 'label-prefix', value: 'sz/', source: 'input' },
      { name: 'sizes', value: 'XS=0,S=20,M=200,L=500,XL=1000,XXL=2000', source: CONFIG_PATH },
      { name: 'warn-at', value: 'L', source: CONFIG_PATH },
    ]);
  });
});
