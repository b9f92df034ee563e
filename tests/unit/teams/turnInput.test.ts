import { stripTags } from '../../../bot/src/teams/turnInput';

describe('stripTags', () => {
  it('replaces tags with a space and keeps the text between them', () => {
    expect(stripTags('<p>Budget <b>2027</b></p>')).toBe(' Budget  2027  ');
  });

  it('keeps a lone "<" or ">", and "<>", as text', () => {
    expect(stripTags('a < b')).toBe('a < b');
    expect(stripTags('a > b')).toBe('a > b');
    expect(stripTags('a <> b')).toBe('a <> b');
  });

  it('strips exactly what /<[^>]+>/g strips, for every short text of "<", ">" and a letter', () => {
    const alphabet = ['<', '>', 'a'];
    let texts = [''];
    for (let length = 1; length <= 8; length++) {
      texts = texts.flatMap((text) => alphabet.map((ch) => text + ch));
      for (const text of texts) expect(stripTags(text)).toBe(text.replace(/<[^>]+>/g, ' '));
    }
  });
});
