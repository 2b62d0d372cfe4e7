import { describe, expect, it } from 'vitest';
import { maskQuotedAndSignature } from '../../lib/plain-text';

// Each case is a draft written as lines, each marked with whether it should be blanked.
type Case = [name: string, lines: Array<[line: string, masked: boolean]>];

const cases: Case[] = [
  ['plain draft is untouched', [['Hi Dana,', false], ['Could you review it by Friday?', false], ['Thanks,', false], ['Wren', false]]],
  ['RFC 3676 signature "-- " to the end', [['Thanks,', false], ['Wren', false], ['-- ', true], ['Wren Alder | Co-op', true], ['555-0100', true]]],
  ['signature delimiter without the trailing space', [['Thanks!', false], ['--', true], ['Wren', true]]],
  ['"---" or "-- x" is not a signature delimiter', [['Agenda', false], ['---', false], ['-- see below', false]]],
  ['quoted block with attribution', [
    ['Sounds good, see you then.', false],
    ['', false],
    ['On Tue, Mar 3, 2026 at 9:14 AM Dana <d@x.com> wrote:', true],
    ['> Could you send the deck?', true],
    ['>', true],
    ['> Dana', true],
  ]],
  ['blank line between attribution and quote', [['Yes.', false], ['Dana Smith wrote:', true], ['', true], ['> Can you come?', true]]],
  ['attribution wrapped over two lines (Gmail)', [
    ['Yes.', false],
    ['On Tue, Mar 3, 2026 at 9:14 AM Dana Smith <', true],
    ['dana.smith@example.com> wrote:', true],
    ['> Can you come?', true],
  ]],
  ['"wrote:" with no quoted block after it stays', [['Here is what she wrote:', false], ['The deck locks Friday.', false]]],
  ['inline replies keep the replies', [
    ['> Can you review it?', true],
    ['Yes, by Friday.', false],
    ['  > And the budget?', true],
    ['Could you send the numbers first?', false],
  ]],
  ['Outlook original message to the end', [
    ['Please approve the PO by noon.', false],
    ['', false],
    ['-----Original Message-----', true],
    ['From: Dana', true],
    ['Sent: Monday', true],
    ['Can you approve it?', true],
  ]],
  ['Gmail forwarded message to the end', [
    ['FYI, could you handle this?', false],
    ['---------- Forwarded message ---------', true],
    ['From: Dana <d@x.com>', true],
    ['Please handle.', true],
  ]],
  ['Apple Mail forwarded message to the end', [['See below.', false], ['Begin forwarded message:', true], ['From: Dana', true]]],
  ['a signature hides a quoted block below it too', [['Thanks', false], ['-- ', true], ['> old', true]]],
];

function build(lines: Case[1], eol: string): { input: string; expected: string } {
  return {
    input: lines.map(([line]) => line).join(eol),
    expected: lines.map(([line, masked]) => (masked ? ' '.repeat(line.length) : line)).join(eol),
  };
}

describe('maskQuotedAndSignature', () => {
  describe.each([
    ['\\n', '\n'],
    ['\\r\\n', '\r\n'],
  ])('with %s line ends', (_label, eol) => {
    it.each(cases)('%s', (_name, lines) => {
      const { input, expected } = build(lines, eol);
      const output = maskQuotedAndSignature(input);
      expect(output).toBe(expected);
      expect(output.length).toBe(input.length);
    });
  });

  it('keeps a trailing newline and stray carriage returns', () => {
    const input = 'Hi\n-- \nWren\rAlder\n';
    expect(maskQuotedAndSignature(input)).toBe('Hi\n   \n    \r     \n');
  });

  it('keeps length with astral characters in masked lines', () => {
    const input = 'Hi\n> 🎉 done\nBye';
    const output = maskQuotedAndSignature(input);
    expect(output.length).toBe(input.length);
    expect(output).toBe(`Hi\n${' '.repeat('> 🎉 done'.length)}\nBye`);
  });

  it.each(['', '\n', '-- ', '>'])('handles the edge input %j', (input) => {
    expect(maskQuotedAndSignature(input).length).toBe(input.length);
  });
});
