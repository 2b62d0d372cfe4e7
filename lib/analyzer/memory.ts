// Everything the analyzer remembers between analyses is made here, so one call forgets it all
// (issue 11). Maps keyed by text (parsed paragraphs and sentences, line counts) are registered;
// what is remembered per parsed sentence (sentence.ts perSentence, draft.ts, roles.ts) sits in
// WeakMaps keyed by those parses, and goes when they go.

const registered: Array<Map<unknown, unknown>> = [];

/** A Map that forgetAll() empties. */
export function rememberingMap<K, V>(): Map<K, V> {
  const map = new Map<K, V>();
  registered.push(map as Map<unknown, unknown>);
  return map;
}

/** Forget everything remembered between analyses. Results never depend on it. */
export function forgetAll(): void {
  for (const map of registered) map.clear();
}
