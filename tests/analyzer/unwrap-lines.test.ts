import { describe, expect, it } from 'vitest';
import { unwrapLines } from '../../lib/analyzer/segment';

const joined = (text: string) => unwrapLines(text).split('\n').length === 1;

describe('unwrapLines: which line breaks are wraps', () => {
  it.each([
    ['a line ending on "and"', 'Could you review the attached draft and\nsend me your comments?', true],
    ['a line as long as clients wrap', 'We looked at the numbers for the third quarter and found that\nmargins fell.', true],
    ['chat lines, a thought per line', 'if u have tips for food or neighborhoods lmk\nonly if u feel like it', false],
    ['a short line before a capital', 'Hi Sam,\nCould you review it?', false],
    ['a sign-off and a lowercase name', 'thanks\nbo', false],
  ] as const)('%s', (_name, text, wrapped) => {
    expect(joined(text)).toBe(wrapped);
    expect(unwrapLines(text)).toHaveLength(text.length);
  });
});
