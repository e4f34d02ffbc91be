import { describe, expect, it } from 'vitest';
import { prSizeVerdict } from '../../src/checks/pr-size.ts';
import { quoteTeamHandbook } from '../../src/handbook.ts';
import { parseConfigFile } from '../../src/inputs/config-file.ts';
import { parsePrSizeSettings } from '../../src/inputs/pr-size.ts';

const verdict = () =>
  prSizeVerdict(
    { changes: { files: [], attributes: () => ({ generated: false, vendored: false }), source: 'git' } },
    parsePrSizeSettings(() => undefined),
  );
const quotes = (v: ReturnType<typeof verdict>) => v.summary.filter((b) => b.kind === 'quote').map((b) => b.text);

describe('handbook: a team quotes its own handbook (.github/dev-process.yml)', () => {
  it('replaces the quote of the check it names, with the URL next to it; other checks keep the default', () => {
    const config = parseConfigFile(
      'handbook:\n  url: https://handbook.example.com/process\n  pr-size: Keep a PR to half a day of review.\n',
    );
    expect(quotes(quoteTeamHandbook(verdict(), 'pr-size', config))).toEqual([
      [
        'Our handbook (',
        { link: 'https://handbook.example.com/process', href: 'https://handbook.example.com/process' },
        ')',
        ': "Keep a PR to half a day of review."',
      ],
    ]);
    expect(quoteTeamHandbook(verdict(), 'pr-size', {})).toEqual(verdict());
  });

  it.each([
    [
      'handbook:\n  url: http://x.example\n',
      'handbook.url is "http://x.example": not an https URL. Allowed: an https URL.',
    ],
    [
      'handbook:\n  pr-size: "a\\nb"\n',
      'handbook.pr-size is "a\\nb": more than one line. Allowed: one line of text, at most 500 characters.',
    ],
    ['handbook:\n  pr-sise: x\n', 'handbook.pr-sise is not a setting of handbook. Allowed: url, pr-size,'],
  ])('is validated like every setting: %j', (text, message) => {
    expect(() => parseConfigFile(text)).toThrow(message);
  });
});
