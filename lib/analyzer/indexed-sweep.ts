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

/** A compiled rule as buildNet leaves it (compromise/src/1-one/sweep/methods/buildNet). */
export interface NetRule {
  match: string;
  needs: string[];
  wants: string[];
  minWant: number;
  minWords: number;
  ifNo?: string[];
  unTag?: unknown;
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
    match(docs: Terms[], rule: NetRule): { ptrs: number[][] };
  };
}

export interface Found extends NetRule {
  pointer: number[];
}

export type BulkMatch = (document: Terms[], net: Net, methods: SweepMethods, opts?: { matchOne?: boolean }) => Found[];

interface Entry {
  rule: NetRule;
  id: number;
  /** Where compromise's walk meets the rule: [position in the walk, key], by position. */
  places: Array<[number, string]>;
}

interface Index {
  /** Rules filed under one key each (rules without needs: under each of their wants). */
  byKey: Map<string, Entry[]>;
  /** Rules that share their match text with another rule: compromise keeps the first it meets. */
  twins: Entry[][];
  count: number;
}

const indexes = new WeakMap<Net, Index>();

function indexOf(net: Net): Index {
  const known = indexes.get(net);
  if (known) return known;
  const keys = Object.keys(net.hooks);
  // A walk position orders by key first, then by place in that key's list.
  const width = Math.max(1, ...keys.map((k) => net.hooks[k]!.length));
  const entries = new Map<NetRule, Entry>();
  keys.forEach((key, rank) => {
    net.hooks[key]!.forEach((rule, at) => {
      let entry = entries.get(rule);
      if (!entry) {
        entry = { rule, id: entries.size, places: [] };
        entries.set(rule, entry);
      }
      entry.places.push([rank * width + at, key]);
    });
  });
  const byMatch = new Map<string, Entry[]>();
  for (const entry of entries.values()) {
    const same = byMatch.get(entry.rule.match) ?? [];
    same.push(entry);
    byMatch.set(entry.rule.match, same);
  }
  const byKey = new Map<string, Entry[]>();
  const file = (key: string, entry: Entry) => {
    const list = byKey.get(key) ?? [];
    list.push(entry);
    byKey.set(key, list);
  };
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
    if (anchor !== undefined) file(anchor, entry);
    else for (const want of new Set(entry.rule.wants)) file(want, entry);
  }
  const index = { byKey, twins, count: entries.size };
  indexes.set(net, index);
  return index;
}

/** compromise's filter: every need, no ifNo, and enough wants. */
function passes(rule: NetRule, haves: Set<string>): boolean {
  if (!rule.needs.every((need) => haves.has(need))) return false;
  if (rule.ifNo?.some((no) => haves.has(no))) return false;
  if (rule.wants.length === 0) return true;
  let wanted = 0;
  for (const want of rule.wants) if (haves.has(want)) wanted += 1;
  return wanted >= rule.minWant;
}

/** Where compromise's walk first meets the rule in this sentence, or -1 if it never does. */
function placeIn(entry: Entry, haves: Set<string>): number {
  for (const [place, key] of entry.places) if (haves.has(key)) return place;
  return -1;
}

/** The rules worth trying on one sentence, in the order compromise tries them. */
function candidates(net: Net, index: Index, haves: Set<string>, seen: Uint32Array, stamp: number): NetRule[] {
  const picked: Array<[number, NetRule]> = [];
  for (const key of haves) {
    const filed = index.byKey.get(key);
    if (!filed) continue;
    for (const entry of filed) {
      if (seen[entry.id] === stamp) continue;
      seen[entry.id] = stamp;
      if (passes(entry.rule, haves)) picked.push([placeIn(entry, haves), entry.rule]);
    }
  }
  for (const same of index.twins) {
    let first: Entry | null = null;
    let firstPlace = Infinity;
    for (const entry of same) {
      const place = placeIn(entry, haves);
      if (place >= 0 && place < firstPlace) [first, firstPlace] = [entry, place];
    }
    if (first && passes(first.rule, haves)) picked.push([firstPlace, first.rule]);
  }
  picked.sort((a, b) => a[0] - b[0]);
  const rules = picked.map(([, rule]) => rule);
  return net.always.length > 0 ? rules.concat(net.always) : rules;
}

export const indexedBulkMatch: BulkMatch = (document, net, methods, opts = {}) => {
  const caches = methods.one.cacheDoc(document);
  const index = indexOf(net);
  const seen = new Uint32Array(index.count);
  const results: Found[] = [];
  for (let n = 0; n < document.length; n++) {
    const terms = document[n]!;
    for (const rule of candidates(net, index, caches[n]!, seen, n + 1)) {
      if (terms.length < rule.minWords) continue;
      const { ptrs } = methods.one.match([terms], rule);
      for (const pointer of ptrs) {
        pointer[0] = n;
        results.push({ ...rule, pointer });
      }
      if (ptrs.length > 0 && opts.matchOne) return results.slice(0, 1);
    }
  }
  return results;
};
