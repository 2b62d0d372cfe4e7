// compromise's match (`methods.one.match`) tries a rule from every word of a sentence, copying the
// rest of the sentence each time: the largest part of a parse left after the indexed sweep (CPU
// profile, issue 6). Most rules open with plain tokens (a word, a tag, a (one|of|these)), each of
// which must match the next word, so only the words where that opening fits are worth starting
// from. There the rule runs as compromise runs it, anchored ("^") to that word, and its matches are
// moved back to the sentence's numbering.
//
// Same matches, same order: compromise moves on past each match before trying again, and so do we,
// using the whole match even where a group or notIf changes what is returned. The anchored run sees
// a shorter text, which only changes rules that test "^" elsewhere or drop matches with "$" after
// the fact; those, and rules that open any other way, go to compromise's match as they are.
// tests/analyzer/start-match.test.ts and indexed-sweep.test.ts compare with compromise's results.

/** One token of a parsed match (compromise/src/1-one/match/methods/parseMatch). */
export interface Reg {
  word?: string;
  tag?: string;
  fastOr?: Set<string>;
  switch?: string;
  start?: boolean;
  end?: boolean;
  optional?: boolean;
  negative?: boolean;
  choices?: Reg[][];
  [key: string]: unknown;
}

export interface MatchRule {
  regs?: Reg[];
  group?: unknown;
  justOne?: boolean;
  notIf?: unknown;
}

/** A compromise term, as far as a rule's first token reads it. */
interface Term {
  text: string;
  normal: string;
  machine?: string | null;
  implicit?: string;
  root?: string;
  alias?: string[];
  tags: Set<string>;
  [key: string]: unknown;
}

export type Match = (docs: object[][], rule: MatchRule) => { ptrs: number[][] };

/** Properties an opening token may have and still be judged by openerOf. */
const PLAIN = new Set(['word', 'tag', 'switch', 'fastOr', 'operator', 'group', 'groupStart', 'groupEnd']);

/** A plain token, compiled: whether it matches a term, and the word it names, if any. */
interface Opener {
  test: (term: Term) => boolean;
  word: string | undefined;
}

/**
 * compromise's test of one term (match/methods/match/term/doesMatch.js) for the tokens PLAIN
 * allows, as one small function per token: tokens come in many shapes, so reading their
 * properties on every word would be slow.
 */
function openerOf(reg: Reg): Opener {
  const { word, tag, fastOr } = reg;
  if (word !== undefined) {
    return { word, test: (t) => t.machine === word || word === t.text || word === t.normal || t.alias?.includes(word) === true };
  }
  if (tag !== undefined) return { word, test: (t) => t.tags.has(tag) };
  if (reg.switch !== undefined) return { word, test: (t) => t.switch === reg.switch };
  if (fastOr !== undefined) {
    return { word, test: (t) => fastOr.has(t.root || t.implicit || t.machine || t.normal) || fastOr.has(t.text) };
  }
  return { word, test: () => true };
}

/**
 * Whether the words from `at` can match the rule's opening plain tokens. compromise matches a
 * plain token to one word, or to both halves of a contraction when it names the first ("we've"
 * for "we"): contraction-skip.js.
 */
function mayOpenAt(words: readonly Term[], at: number, opening: readonly Opener[]): boolean {
  let t = at;
  for (const { test, word } of opening) {
    const term = words[t];
    if (!term || !test(term)) return false;
    t += term.implicit && words[t + 1]?.implicit && word !== undefined && word === term.normal ? 2 : 1;
  }
  return true;
}

const testsStart = (regs: readonly Reg[]): boolean =>
  regs.some((reg) => reg.start === true || (reg.choices?.some(testsStart) ?? false));

interface Plan {
  /** The rule with its first token anchored to the start ("^"), without group or notIf: whole matches. */
  anchored: MatchRule;
  /** The anchored rule with its group and notIf, run where `anchored` matched: what compromise returns there. */
  filtered: MatchRule | null;
  /** The rule's opening run of plain tokens: each must match the next word. */
  opening: Opener[];
  /** compromise's shortest text worth trying: tokens neither optional nor negative. */
  minLength: number;
}

/** null: the rule runs as compromise runs it. */
const plans = new WeakMap<MatchRule, Plan | null>();

const isPlain = (reg: Reg, also?: string): boolean =>
  Object.keys(reg).every((key) => PLAIN.has(key) || key === also) && (reg.operator === undefined || reg.fastOr !== undefined);

function openingOf(regs: readonly Reg[]): Opener[] {
  const cut = regs.findIndex((reg) => !isPlain(reg));
  return regs.slice(0, cut < 0 ? regs.length : cut).map(openerOf);
}

function planOf(rule: MatchRule): Plan | null {
  const known = plans.get(rule);
  if (known !== undefined) return known;
  const regs = rule.regs ?? [];
  const first = regs[0];
  const last = regs[regs.length - 1];
  const plain =
    first !== undefined &&
    last !== undefined &&
    isPlain(first) &&
    // compromise moves on past each match before it drops the ones "$" rules out, and the anchored
    // run cannot say where a dropped match ended. A plain last token with "$" never yields one.
    (last.end !== true || isPlain(last, 'end')) &&
    !rule.justOne &&
    !testsStart(regs);
  let plan: Plan | null = null;
  if (plain) {
    const anchoredRegs = [{ ...first, start: true }, ...regs.slice(1)];
    plan = {
      anchored: { ...rule, regs: anchoredRegs, group: undefined, notIf: undefined },
      filtered: rule.group === undefined && rule.notIf === undefined ? null : { ...rule, regs: anchoredRegs },
      opening: openingOf(regs),
      minLength: regs.filter((r) => r.optional !== true && r.negative !== true).length,
    };
  }
  plans.set(rule, plan);
  return plan;
}

/** What `match([terms], rule).ptrs` returns, trying the rule only where its opening tokens can match. */
export function matchFromStarts(match: Match, terms: object[], rule: MatchRule): number[][] {
  const plan = planOf(rule);
  if (!plan) return match([terms], rule).ptrs;
  const words = terms as Term[];
  const found: number[][] = [];
  // compromise resumes after the end of each match.
  let next = 0;
  for (let at = 0; at < words.length; at++) {
    if (words.length - at < plan.minLength) break;
    if (at < next || !mayOpenAt(words, at, plan.opening)) continue;
    const rest = terms.slice(at);
    const whole = match([rest], plan.anchored).ptrs[0];
    if (!whole) continue;
    // compromise moves on past a match even when notIf drops it, or a group stands for it.
    next = at + whole[2]!;
    for (const ptr of plan.filtered ? match([rest], plan.filtered).ptrs : [whole]) {
      ptr[1]! += at;
      ptr[2]! += at;
      found.push(ptr);
    }
  }
  return found;
}
