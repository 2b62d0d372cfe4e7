import { describe, expect, it } from 'vitest';
import nlp from 'compromise';
import { expandPattern } from '../../lib/analyzer/expand';
import { compileRules } from '../../lib/analyzer/nlp';
import { PHRASE_LISTS } from '../../lib/lexicon';

describe('expandPattern', () => {
  it.each([
    ['no groups', 'thanks in advance', ['thanks in advance']],
    ['single words stay a group', '(could|would) you', ['(could|would) you']],
    ['multi-word options become rules', '(in return|repay) now', ['in return now', 'repay now']],
    ['an optional multi-word group keeps the variant without it', 'i (would|will)? (totally understand|get it)? if', [
      'i (would|will)? totally understand if',
      'i (would|will)? get it if',
      'i (would|will)? if',
    ]],
    ['an end anchor stays on the last word', 'help (me|us)? (with this|here)?$', ['help (me|us)? with this$', 'help (me|us)? here$', 'help (me|us)?$']],
    ['two groups multiply', '(a b|c) (d e|f)', ['a b d e', 'a b f', 'c d e', 'c f']],
  ])('%s', (_name, pattern, expected) => {
    expect(expandPattern(pattern)).toEqual(expected);
  });

  it.each([
    ['I totally understand if you can’t.', 'i (would|will)? (totally understand|get it)? if', 'I totally understand if'],
    ['Can you help me with this?', '(can|could) (you|u) help (me|us)? (with this|here)?$', 'Can you help me with this?'],
    ['Can you help?', '(can|could) (you|u) help (me|us)? (with this|here)?$', 'Can you help?'],
  ])('matches what the unexpanded pattern matches: %j', (text, pattern, match) => {
    const doc = nlp(text);
    const before = doc.match(pattern).text();
    const after = expandPattern(pattern).map((p) => doc.match(p).text()).filter(Boolean);
    expect(before).toBe(match);
    expect(after).toContain(match);
  });
});

describe('compileRules', () => {
  it('keeps every kind of a pattern that several lists share', () => {
    const rules = compileRules();
    for (const list of PHRASE_LISTS) {
      for (const phrase of list.phrases) {
        for (const rule of expandPattern(phrase)) expect(rules.get(rule), rule).toContain(list.kind);
      }
    }
  });
});
