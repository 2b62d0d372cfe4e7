import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analyze';
import { buildSentences } from '../../lib/analyzer/draft';
import { detectAsks, INTENT_MODEL, intentAsk, intentFeatures, intentScore, isRequest, MODEL_VETO } from '../../lib/analyzer/intent';
import { findAsk } from '../../lib/analyzer/requests';

const only = (text: string) => {
  const sentences = buildSentences(text);
  expect(sentences).toHaveLength(1);
  return sentences[0]!;
};

describe('intentFeatures', () => {
  const text = 'Could you send me the report by Friday?';

  it('is deterministic, sorted and without duplicates', () => {
    const a = intentFeatures(only(text), text);
    const b = intentFeatures(only(text), text);
    expect(a).toEqual(b);
    expect(a).toEqual([...new Set(a)].sort());
  });

  it('reads words, opening, punctuation, pronouns, tags, phrase hits and the rules', () => {
    const features = intentFeatures(only(text), text);
    expect(features).toEqual(
      expect.arrayContaining([
        'w:send',
        'b:<s> could',
        'b:could you',
        'b:friday </s>',
        'first-tag:Modal',
        'aux+you:opening',
        'question',
        'question+you',
        'person:both',
        'tag:Date',
        'len:7-12',
        'hit:ask-other',
        'rule:ask',
        'rule:specific',
        'rule:frame:other',
      ]),
    );
    expect(features).not.toContain('rule:none');
  });

  it('sees a command after a lead-in, and numbers as one token', () => {
    const command = 'Also, please call me at 713-222-7667 tomorrow.';
    const features = intentFeatures(only(command), command);
    expect(features).toEqual(expect.arrayContaining(['lead-in', 'head:call', 'head-imperative', 'w:<num>']));
    const statement = 'We had lunch at the cafe yesterday.';
    expect(intentFeatures(only(statement), statement)).toEqual(expect.arrayContaining(['person:self', 'rule:none', 'tag:PastTense']));
  });

  it('takes an ask already found instead of running the rules again', () => {
    const s = only(text);
    expect(intentFeatures(s, text, findAsk(s))).toEqual(intentFeatures(s, text));
    expect(intentFeatures(s, text, null)).toContain('rule:none');
  });
});

describe('intentScore and isRequest', () => {
  const request = 'Could you send me the signed contract by Friday?';
  const statement = 'We had lunch at the cafe yesterday.';

  it('scores a clear request above a clear statement, on either side of the threshold', () => {
    const asking = intentScore(only(request), request);
    const telling = intentScore(only(statement), statement);
    expect(asking).toBeGreaterThan(telling);
    expect(asking).toBeGreaterThanOrEqual(INTENT_MODEL.threshold);
    expect(telling).toBeLessThan(INTENT_MODEL.threshold);
    for (const p of [asking, telling]) expect(p).toBeGreaterThan(0), expect(p).toBeLessThan(1);
  });

  it('is a request when the rules fire, else when the model says so', () => {
    const s = only(statement);
    expect(isRequest(s, statement, true)).toBe(true);
    expect(isRequest(s, statement, false)).toBe(false);
    expect(isRequest(only(request), request, false)).toBe(true);
  });

  it('lets the model add no sentence the phrase lists call a look-alike', () => {
    const easyNo = "If you'd rather not vouch for me, I understand completely.";
    const s = only(easyNo);
    expect(s.hits.some((h) => MODEL_VETO.has(h.kind))).toBe(true);
    expect(isRequest(s, easyNo, false)).toBe(false);
    expect(isRequest(s, easyNo, true)).toBe(true);
  });

  it('keeps the rules’ ask and makes a whole-sentence, non-specific one when only the model sees a request', () => {
    const s = only(request);
    const ask = findAsk(s);
    expect(intentAsk(s, request, ask)).toBe(ask);
    expect(intentAsk(s, request, null)).toEqual({
      start: s.start,
      end: s.end,
      sentence: 0,
      frame: 'other',
      specific: false,
      trigger: { start: s.start, end: s.end },
    });
    expect(intentAsk(only(statement), statement, null)).toBeNull();
  });

  it('detectAsks with the rules alone agrees with analyze()', () => {
    for (const text of [request, statement, 'Hi Dana, hope you are well. Please review the draft by noon. Thanks!']) {
      expect(detectAsks(text, 'rules').length > 0).toBe(analyze(text).asks.length > 0);
    }
    expect(detectAsks(request)).toHaveLength(1);
    expect(detectAsks(statement)).toHaveLength(0);
  });
});

describe('the model file', () => {
  const path = resolve(import.meta.dirname, '../../lib/analyzer/intent-model.json');
  const raw = readFileSync(path, 'utf8');
  const file = JSON.parse(raw) as Record<string, unknown>;

  it('has the expected shape', () => {
    expect(Object.keys(file).sort()).toEqual(['bias', 'features', 'threshold', 'trainedOn', 'version', 'weights']);
    expect(typeof file.version).toBe('number');
    expect(file.trainedOn).toMatch(/train\.jsonl/);
    expect(Number.isFinite(file.bias)).toBe(true);
    expect(file.threshold).toBeGreaterThan(0);
    expect(file.threshold).toBeLessThan(1);
    const weights = file.weights as Record<string, number>;
    const names = Object.keys(weights);
    expect(file.features).toBe(names.length);
    expect(names.length).toBeGreaterThan(100);
    expect(names).toEqual([...names].sort());
    for (const w of Object.values(weights)) expect(Number.isFinite(w) && w !== 0).toBe(true);
  });

  it('is what the analyzer loads, and small enough to bundle', () => {
    expect(INTENT_MODEL).toEqual(file);
    expect(Buffer.byteLength(raw)).toBeLessThan(60 * 1024);
  });
});
