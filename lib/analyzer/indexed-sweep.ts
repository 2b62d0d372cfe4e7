// compromise's sweep (`methods.one.bulkMatch`) picks the rules worth trying on a sentence by walking
// its index of rules by word and tag: for every key the sentence has, it concatenates that key's
// whole list, drops repeats, then filters. With compromise's own post-tagger net (730 keys, 570
// rules) and our phrase net (863 keys, 1,545 rules, ~500 per sentence), that walk cost more than
// the matching itself (CPU profile, issue 6).
//
// This is the same selection, indexed once per net: each rule is filed under one word or tag it
// cannot match without, so a sentence only visits rules it might satisfy, and the survivors are put
// back in the order compromise would have tried them (the first of the sentence's keys, in the
// net's key order, that lists the rule). Same rules, same order, so the same results; the tests
// compare both sweeps on every dataset email and on random text (tests/analyzer/indexed-sweep.test.ts).

import { matchFromStarts, type Match, type Reg } from './start-match';

/** A compiled rule as buildNet leaves it (compromise/src/1-one/sweep/methods/buildNet). */
export interface NetRule {
  match: string;
  needs: string[];
  wants: string[];
  minWant: number;
  minWords: number;
  ifNo?: string[];
  unTag?: unknown;
  regs?: Reg[];
}

export interface Net {
  hooks: Record<string, NetRule[]>;
  always: NetRule[];
}

/** A compromise sentence: its terms, opaque here. */
type Terms = object[];

export interface SweepMethods {
  one: {
    cacheDoc(document: Terms[]): Set<string>[];
    match: Match;
  };
}

export interface Found extends NetRule {
  pointer: number[];
}

export type BulkMatch = (document: Terms[], net: Net, methods: SweepMethods, opts?: { matchOne?: boolean }) => Found[];

interface Entry {
  rule: NetRule;
  id: number;
  /** The rule's needs, wants and ifNo as key numbers. */
  needs: Int32Array;
  wants: Int32Array;
  ifNo: Int32Array;
  /** Where compromise's walk meets the rule: position in the walk, then the key's number, by position. */
  places: Int32Array;
}

interface Index {
  /** Every key of the net, numbered. */
  keys: Map<string, number>;
  /** By key number: the rules filed under it (rules without needs: under each of their wants). */
  byKey: Entry[][];
  /** Rules that share their match text with another rule: compromise keeps the first it meets. */
  twins: Entry[][];
  count: number;
}

const indexes = new WeakMap<Net, Index>();

function indexOf(net: Net): Index {
  const known = indexes.get(net);
  if (known) return known;
  const names = Object.keys(net.hooks);
  const keys = new Map<string, number>();
  const keyOf = (name: string) => {
    let k = keys.get(name);
    if (k === undefined) keys.set(name, (k = keys.size));
    return k;
  };
  names.forEach(keyOf);
  // A walk position orders by key first, then by place in that key's list.
  const width = Math.max(1, ...names.map((k) => net.hooks[k]!.length));
  const places = new Map<NetRule, number[]>();
  names.forEach((name, rank) => {
    net.hooks[name]!.forEach((rule, at) => {
      const list = places.get(rule) ?? [];
      list.push(rank * width + at, rank);
      places.set(rule, list);
    });
  });
  const entries = [...places].map(([rule, list], id): Entry => ({
    rule,
    id,
    needs: Int32Array.from(rule.needs, keyOf),
    wants: Int32Array.from(rule.wants, keyOf),
    ifNo: Int32Array.from(rule.ifNo ?? [], keyOf),
    places: Int32Array.from(list),
  }));
  const byMatch = new Map<string, Entry[]>();
  for (const entry of entries) {
    const same = byMatch.get(entry.rule.match) ?? [];
    same.push(entry);
    byMatch.set(entry.rule.match, same);
  }
  const byKey: Entry[][] = [];
  const file = (key: number, entry: Entry) => (byKey[key] ??= []).push(entry);
  const twins: Entry[][] = [];
  for (const same of byMatch.values()) {
    if (same.length > 1) {
      twins.push(same);
      continue;
    }
    const entry = same[0]!;
    // A word is rarer than a tag: file under a word the rule needs if it has one.
    const needs = entry.rule.needs;
    const anchor = needs.find((n) => !n.startsWith('#')) ?? needs[0];
    if (anchor !== undefined) file(keyOf(anchor), entry);
    else for (const want of new Set(entry.wants)) file(want, entry);
  }
  const index = { keys, byKey, twins, count: entries.length };
  indexes.set(net, index);
  return index;
}

/** Per sweep: which keys the current sentence has, and which rules it has visited (by stamp). */
interface Scratch {
  has: Uint32Array;
  seen: Uint32Array;
  stamp: number;
}

/** compromise's filter: every need, no ifNo, and enough wants. */
function passes(entry: Entry, { has, stamp }: Scratch): boolean {
  for (const need of entry.needs) if (has[need] !== stamp) return false;
  for (const no of entry.ifNo) if (has[no] === stamp) return false;
  if (entry.wants.length === 0) return true;
  let wanted = 0;
  for (const want of entry.wants) if (has[want] === stamp) wanted += 1;
  return wanted >= entry.rule.minWant;
}

/** Where compromise's walk first meets the rule in this sentence, or -1 if it never does. */
function placeIn(entry: Entry, { has, stamp }: Scratch): number {
  const { places } = entry;
  for (let i = 0; i < places.length; i += 2) if (has[places[i + 1]!] === stamp) return places[i]!;
  return -1;
}

/** The rules worth trying on one sentence, in the order compromise tries them. */
function candidates(net: Net, index: Index, haves: Set<string>, scratch: Scratch): NetRule[] {
  const present: number[] = [];
  for (const item of haves) {
    const key = index.keys.get(item);
    if (key === undefined) continue;
    scratch.has[key] = scratch.stamp;
    present.push(key);
  }
  const picked: Array<[number, NetRule]> = [];
  for (const key of present) {
    const filed = index.byKey[key];
    if (!filed) continue;
    for (const entry of filed) {
      if (scratch.seen[entry.id] === scratch.stamp) continue;
      scratch.seen[entry.id] = scratch.stamp;
      if (passes(entry, scratch)) picked.push([placeIn(entry, scratch), entry.rule]);
    }
  }
  for (const same of index.twins) {
    let first: Entry | null = null;
    let firstPlace = Infinity;
    for (const entry of same) {
      const place = placeIn(entry, scratch);
      if (place >= 0 && place < firstPlace) [first, firstPlace] = [entry, place];
    }
    if (first && passes(first, scratch)) picked.push([firstPlace, first.rule]);
  }
  picked.sort((a, b) => a[0] - b[0]);
  const rules = picked.map(([, rule]) => rule);
  return net.always.length > 0 ? rules.concat(net.always) : rules;
}

export const indexedBulkMatch: BulkMatch = (document, net, methods, opts = {}) => {
  const caches = methods.one.cacheDoc(document);
  const index = indexOf(net);
  const scratch: Scratch = { has: new Uint32Array(index.keys.size), seen: new Uint32Array(index.count), stamp: 0 };
  const results: Found[] = [];
  for (let n = 0; n < document.length; n++) {
    const terms = document[n]!;
    scratch.stamp = n + 1;
    for (const rule of candidates(net, index, caches[n]!, scratch)) {
      if (terms.length < rule.minWords) continue;
      const ptrs = matchFromStarts(methods.one.match, terms, rule);
      for (const pointer of ptrs) {
        pointer[0] = n;
        results.push({ ...rule, pointer });
      }
      if (ptrs.length > 0 && opts.matchOne) return results.slice(0, 1);
    }
  }
  return results;
};
