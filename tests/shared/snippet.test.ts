import { describe, expect, it } from 'vitest';
import { makeSnippet, queryWords } from '../../shared/rules/snippet';

describe('search snippets', () => {
  it('splits the query like the index: lower case, no accents, words only', () => {
    expect(queryWords('Besluït  "(*jeugd-hulp')).toEqual(['besluit', 'jeugd', 'hulp']);
  });

  it.each([
    // text, words, expected
    ['De regiegroep besluit tot aanschaf.', ['besl'], 'De regiegroep [besluit] tot aanschaf.'],
    ['Het Besluït is genomen', ['besluit'], 'Het [Besluït] is genomen'],
    [
      'een twee drie vier vijf zes zeven acht negen tien elf twaalf dertien veertien',
      ['tien'],
      '… vier vijf zes zeven acht negen [tien] elf twaalf dertien veertien',
    ],
    ['geen treffer hier', ['xyz'], 'geen treffer hier'],
    ['(Privacy) gevraagd', ['privacy'], '[(Privacy)] gevraagd'],
  ])('%s → %s', (text, words, expected) => {
    expect(makeSnippet(text, words)).toBe(expected);
  });

  it('cuts long texts at both ends', () => {
    const text = Array.from({ length: 40 }, (_, i) => `w${i}`).join(' ');
    expect(makeSnippet(text, ['w20'], 2)).toBe('… w18 w19 [w20] w21 w22 …');
  });
});
