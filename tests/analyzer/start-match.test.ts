// @vitest-environment node
// matchFromStarts (lib/analyzer/start-match.ts) runs compromise's match only from the words a
// rule can open on (issue 6). It is a speed-up only: every rule on every sentence must give what
// compromise's own match gives, pointers and order included.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nlp, parseDoc } from '../../lib/analyzer/nlp';
import { matchFromStarts, type Match, type MatchRule, type Reg } from '../../lib/analyzer/start-match';

const world = nlp.world() as unknown as { methods: { one: { match: Match; parseMatch(s: string, opts: object, w: unknown): Reg[] } } };
const one = world.methods.one;
const parse = (match: string) => one.parseMatch(match, {}, world);

interface Case {
  match: string;
  group?: number;
  notIf?: string;
}

const ruleOf = ({ match, group, notIf }: Case): MatchRule => ({
  regs: parse(match),
  ...(group === undefined ? {} : { group }),
  ...(notIf === undefined ? {} : { notIf: parse(notIf) }),
});

/** compromise's sentences of `text`: arrays of terms, as a sweep hands them to match. */
const sentencesOf = (text: string) => (parseDoc(text) as unknown as { docs: object[][] }).docs;

/** Every pointer, by both routes, with the count of compromise calls matchFromStarts made. */
function both(text: string, rule: MatchRule): { expected: number[][]; actual: number[][]; calls: number } {
  const expected: number[][] = [];
  const actual: number[][] = [];
  let calls = 0;
  const counted: Match = (docs, r) => {
    calls += 1;
    return one.match(docs, r);
  };
  for (const terms of sentencesOf(text)) {
    expected.push(...one.match([terms], rule).ptrs);
    actual.push(...matchFromStarts(counted, terms, rule));
  }
  return { expected, actual, calls };
}

describe('matchFromStarts', () => {
  it.each<[string, string, Case]>([
    ['a word rule, matched twice', 'Could you send it and could you sign it?', { match: 'could you' }],
    ['overlapping candidates: compromise moves on past a match', 'a a a a a', { match: 'a a' }],
    ['a tag rule', 'The big red dog saw a small cat.', { match: '#Adjective #Noun' }],
    ['a (one|of|these) opening', 'Please send or sign or file the form.', { match: '(send|sign|file) the' }],
    ['a contraction: "we" matches both halves of "we\'ve"', "We've sent it and we have signed it.", { match: 'we #Verb' }],
    ['the hidden half of a contraction', "I'd love to and I would.", { match: 'would' }],
    ['a contraction inside the opening', "We've got it, we have got it.", { match: 'we have got' }],
    ['a group', 'Could you please review the deck today?', { match: 'could you [please] #Verb', group: 0 }],
    ['a group that moves on past the whole match', 'a b a b a b', { match: '[a] b', group: 0 }],
    ['notIf drops a match and compromise still moves on', 'the big dog and the red dog', { match: 'the #Adjective #Noun', notIf: 'red' }],
    ['an end anchor on a plain token', 'Send it now. Send it now please.', { match: 'it now$' }],
    ['an end anchor on an optional token (left to compromise)', 'Send it now. Send it.', { match: 'send it now?$' }],
    ['an end anchor after optional tokens: compromise moves on past a match it then drops', 'a a a b', { match: 'a a? b?$' }],
    ['a start anchor (left to compromise)', 'Thanks so much. So thanks.', { match: '^thanks' }],
    ['an optional opening (left to compromise)', 'Please could you help? Could you?', { match: 'please? could you' }],
    ['a negative opening (left to compromise)', 'not now, but now', { match: '!not now' }],
    ['a greedy token after the opening', 'Please very very kindly send it.', { match: 'please #Adverb+ send' }],
    ['a switch opening', 'The running water was cold. Running is fun.', { match: '%Noun|Gerund% #Noun' }],
    ['a rule longer than the sentence', 'Send it.', { match: 'send it to me now please' }],
  ])('gives compromise’s matches for %s', (_, text, c) => {
    const { expected, actual } = both(text, ruleOf(c));
    expect(actual).toEqual(expected);
  });

  it('asks compromise only where the opening can match', () => {
    // "could you" opens once in twelve words: one anchored run instead of a try from every word.
    const { expected, actual, calls } = both('Thanks for the notes on the plan, and could you send them?', ruleOf({ match: 'could you #Verb' }));
    expect(actual).toEqual(expected);
    expect(expected).toHaveLength(1);
    expect(calls).toBe(1);
    // No word can open it: no call at all.
    expect(both('Thanks for the notes.', ruleOf({ match: 'could you #Verb' })).calls).toBe(0);
  });

  it('gives compromise’s matches for random rules on random sentences', () => {
    const words = ['we', "we've", 'have', 'the', 'a', 'big', 'dog', 'could', 'you', 'send', 'it', 'not', 'please', "don't", 'I', "I'd", 'and', 'now'];
    const tokens = [...words, '#Noun', '#Verb', '#Adjective', '#Pronoun', '(the|a)', '(send|have)', '.', 'dog?', '#Adverb+', '!the', '[you]'];
    const arbitraryRule = fc.record({
      tokens: fc.array(fc.constantFrom(...tokens), { minLength: 1, maxLength: 4 }),
      end: fc.boolean(),
      notIf: fc.option(fc.constantFrom(...words), { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 14 }), arbitraryRule, (sentence, r) => {
        const match = r.tokens.join(' ') + (r.end ? '$' : '');
        const group = match.includes('[') ? 0 : undefined;
        const { expected, actual } = both(sentence.join(' '), ruleOf({ match, group, notIf: r.notIf }));
        expect(actual).toEqual(expected);
      }),
      { numRuns: 2_000 },
    );
  });
});
