import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { analyze } from '../../lib/analyze';
import { extractDraft } from '../../lib/page/extract-text';
import { applyInsertion, insertionPoint, insertionText, phrasesFor } from '../../lib/checks/fix-phrases';
import { insertFix, insertPhrase } from '../../lib/page/insert-phrase';
import { decisionFor, missingItems } from '../../lib/page/send-decision';
import { createGmailAdapter, GMAIL_SELECTORS } from '../../lib/sites/gmail';
import { loadFixture } from '../helpers/fixtures';

const TUESDAY = new Date(2025, 5, 3);

describe('missingItems / decisionFor', () => {
  const text = 'Hi Sam,\n\nCould you review the deck?\n\nBest,\nAna';
  const all = () => true;

  it('lists the blocking checks the draft misses, in checklist order, with phrases where one fits', () => {
    const items = missingItems(analyze(text), text, all, { now: TUESDAY });
    expect(items.map((i) => i.checkId)).toEqual(['bounded', 'easy-no', 'benefit', 'thanks']);
    expect(items[0]).toMatchObject({ title: 'Bounded', fix: { variants: ['by Thursday', '(a quick 10-minute look is plenty)', 'by the end of the week'] } });
    expect(items[2]!.fix).toBeUndefined();
    expect(items[2]!.reason).toMatch(/what a yes/);
    expect(items[2]!.suggestion).not.toBe('');
  });

  it('leaves out checks that do not block', () => {
    const items = missingItems(analyze(text), text, (id) => id === 'thanks');
    expect(items.map((i) => i.checkId)).toEqual(['thanks']);
  });

  it('blocks only asks with something missing', () => {
    expect(decisionFor(analyze(text), text, all).block).toBe(true);
    expect(decisionFor(analyze(text), text, () => false)).toEqual({ block: false });
    const complete = 'Could you review the deck by Friday? It would save your team a round of rework. No worries if not. Thanks!';
    expect(decisionFor(analyze(complete), complete, all)).toEqual({ block: false });
    // No ask: "specific ask" and "thanks" are missing, but Askwell does not hold up a note.
    const note = 'Here are the minutes from today.';
    expect(analyze(note).checks.thanks.status).toBe('missing');
    expect(decisionFor(analyze(note), note, all)).toEqual({ block: false });
  });
});

// ---- the effect, with execCommand stubbed (happy-dom has none); Chromium e2e covers the real one ----

type ExecStub = ReturnType<typeof vi.fn<(command: string, ui: boolean, value: string) => boolean>>;

/**
 * Simulates Chromium's insertText: types `value` at the selection's start, into the text node
 * there (or a new one), and leaves the caret after it. `replaceNode` acts like an editor that
 * re-renders the paragraph: the text node is swapped for a new one.
 */
function stubExecCommand(options: { replaceNode?: boolean; onCall?: () => void; doc?: Document } = {}): ExecStub {
  const document = options.doc ?? globalThis.document;
  const stub = vi.fn((command: string, _ui: boolean, value: string) => {
    options.onCall?.();
    if (command !== 'insertText') return false;
    const sel = document.getSelection()!;
    const r = sel.getRangeAt(0);
    let node = r.startContainer;
    let offset = r.startOffset;
    if (node.nodeType === 3) {
      const text = node as Text;
      if (options.replaceNode) {
        const fresh = document.createTextNode(text.data.slice(0, offset) + value + text.data.slice(offset));
        text.replaceWith(fresh);
        node = fresh;
      } else text.insertData(offset, value);
      offset += value.length;
    } else {
      const fresh = document.createTextNode(value);
      node.insertBefore(fresh, node.childNodes[offset] ?? null);
      node = fresh;
      offset = value.length;
    }
    sel.removeAllRanges();
    const caret = document.createRange();
    caret.setStart(node, offset);
    sel.addRange(caret);
    return true;
  });
  (document as unknown as { execCommand: unknown }).execCommand = stub;
  return stub;
}

const ADAPTER = { excludeSelector: GMAIL_SELECTORS.exclude, cutSelector: null };

function gmailBody(lines: string[]) {
  document.body.replaceChildren();
  const scroller = document.createElement('div');
  scroller.style.overflow = 'auto';
  const body = document.createElement('div');
  body.contentEditable = 'true';
  body.setAttribute('role', 'textbox');
  for (const line of lines) {
    const div = document.createElement('div');
    if (line) div.textContent = line;
    else div.append(document.createElement('br'));
    body.append(div);
  }
  const outside = document.createElement('button');
  outside.textContent = 'Insert';
  scroller.append(body);
  document.body.append(scroller, outside);
  return { body, scroller, outside, line: (i: number) => body.children[i]!.firstChild as Text };
}

function caret(node: Node, offset: number, endNode = node, endOffset = offset) {
  const sel = document.getSelection()!;
  sel.removeAllRanges();
  const r = document.createRange();
  r.setStart(node, offset);
  r.setEnd(endNode, endOffset);
  sel.addRange(r);
}

const selectionNow = () => {
  const r = document.getSelection()!.getRangeAt(0);
  return { start: [r.startContainer, r.startOffset], end: [r.endContainer, r.endOffset] };
};

describe('insertPhrase', () => {
  const LINES = ['Hi Sam,', '', 'Could you review the deck? It would help your team plan.', '', 'Best,', 'Ana'];
  let savedExec: unknown;
  beforeEach(() => {
    savedExec = (document as unknown as { execCommand?: unknown }).execCommand;
  });
  afterEach(() => {
    (document as unknown as { execCommand?: unknown }).execCommand = savedExec;
    document.body.replaceChildren();
  });

  it('types the phrase at the insertion point through execCommand("insertText")', () => {
    const page = gmailBody(LINES);
    const draft = extractDraft(page.body, ADAPTER);
    const report = analyze(draft.text);
    const point = insertionPoint('easy-no', report, draft.text)!;
    const text = insertionText(point, 'Totally fine to say no.');
    let atCall: { start: unknown[]; collapsed: boolean } | null = null;
    const exec = stubExecCommand({
      onCall: () => {
        const r = document.getSelection()!.getRangeAt(0);
        atCall = { start: [r.startContainer, r.startOffset], collapsed: r.collapsed };
        expect(document.activeElement).toBe(page.body);
      },
    });
    expect(insertPhrase(page.body, draft, point.offset, text)).toBe(true);
    expect(exec).toHaveBeenCalledTimes(1);
    expect(exec).toHaveBeenCalledWith('insertText', false, ' Totally fine to say no.');
    expect(atCall).toEqual({ start: [page.line(2), 'Could you review the deck?'.length], collapsed: true });
    const after = extractDraft(page.body, ADAPTER).text;
    expect(after).toBe(applyInsertion(draft.text, point, 'Totally fine to say no.'));
    expect(analyze(after).checks['easy-no'].status).toBe('met');
  });

  it('gives back the caret: moved when it sat after the insertion, kept when before', () => {
    const phrase = ' X.';
    for (const [where, node, offset, expected] of [
      ['after, same line', 2, 40, 40 + phrase.length],
      ['at the end of the line', 2, LINES[2]!.length, LINES[2]!.length + phrase.length],
      ['before, same line', 2, 5, 5],
      ['an earlier line', 0, 3, 3],
      ['a later line', 4, 2, 2],
    ] as const) {
      const page = gmailBody(LINES);
      const draft = extractDraft(page.body, ADAPTER);
      stubExecCommand();
      caret(page.line(node), offset);
      expect(insertPhrase(page.body, draft, draft.text.indexOf('?') + 1, phrase)).toBe(true);
      expect({ where, ...selectionNow() }).toEqual({ where, start: [page.line(node), expected], end: [page.line(node), expected] });
    }
  });

  it('a selection that ends at the insertion point still covers only the user’s words', () => {
    const page = gmailBody(LINES);
    const draft = extractDraft(page.body, ADAPTER);
    stubExecCommand();
    const end = 'Could you review the deck?'.length;
    caret(page.line(2), 10, page.line(2), end);
    insertPhrase(page.body, draft, draft.text.indexOf('?') + 1, ' X.');
    expect(selectionNow()).toEqual({ start: [page.line(2), 10], end: [page.line(2), end] });
  });

  it('counts characters when the editor replaced the text node', () => {
    const page = gmailBody(LINES);
    const draft = extractDraft(page.body, ADAPTER);
    stubExecCommand({ replaceNode: true });
    caret(page.line(2), 40);
    insertPhrase(page.body, draft, draft.text.indexOf('?') + 1, ' X.');
    const fresh = page.body.children[2]!.firstChild as Text;
    expect(fresh.data).toBe('Could you review the deck? X. It would help your team plan.');
    expect(selectionNow()).toEqual({ start: [fresh, 43], end: [fresh, 43] });
  });

  it('gives focus back to where it was (our dialog) and restores scroll positions', () => {
    const page = gmailBody(LINES);
    const draft = extractDraft(page.body, ADAPTER);
    page.scroller.scrollTop = 40;
    stubExecCommand({ onCall: () => void (page.scroller.scrollTop = 0) }); // the browser scrolled the caret into view
    page.outside.focus();
    insertPhrase(page.body, draft, 5, ' X');
    expect(document.activeElement).toBe(page.outside);
    expect(page.scroller.scrollTop).toBe(40);
  });

  it('changes nothing and says so when the draft changed since it was read', () => {
    const page = gmailBody(LINES);
    const draft = extractDraft(page.body, ADAPTER);
    page.line(2).data = 'Something else entirely.';
    const exec = stubExecCommand();
    caret(page.line(0), 2);
    expect(insertPhrase(page.body, draft, 10, ' X')).toBe(false);
    expect(exec).not.toHaveBeenCalled();
    expect(selectionNow()).toEqual({ start: [page.line(0), 2], end: [page.line(0), 2] });
  });

  it('returns false and restores the selection when the browser has no insertText', () => {
    const page = gmailBody(LINES);
    const draft = extractDraft(page.body, ADAPTER);
    (document as unknown as { execCommand: unknown }).execCommand = vi.fn(() => false);
    caret(page.line(5), 1);
    expect(insertPhrase(page.body, draft, 5, ' X')).toBe(false);
    expect(selectionNow()).toEqual({ start: [page.line(5), 1], end: [page.line(5), 1] });
    expect(page.body.textContent).toBe(LINES.join(''));
    (document as unknown as { execCommand: unknown }).execCommand = vi.fn(() => {
      throw new Error('not supported');
    });
    expect(insertPhrase(page.body, draft, 5, ' X')).toBe(false);
  });

  it('insertFix puts a thank-you before the sign-off', () => {
    const page = gmailBody(LINES);
    const draft = extractDraft(page.body, ADAPTER);
    const exec = stubExecCommand();
    expect(insertFix(page.body, draft, analyze(draft.text), 'thanks', 'Thanks either way!')).toBe(true);
    expect(exec).toHaveBeenCalledWith('insertText', false, ' Thanks either way!');
    expect(page.line(2).data).toBe('Could you review the deck? It would help your team plan. Thanks either way!');
    expect(insertFix(page.body, extractDraft(page.body, ADAPTER), analyze('Hello.'), 'benefit', 'x')).toBe(false);
  });

  it('types at the end of a <br> line, not at the start of the next one', () => {
    document.body.replaceChildren();
    const body = document.createElement('div');
    body.contentEditable = 'true';
    const first = document.createTextNode('Could you review it?');
    body.append(first, document.createElement('br'), document.createElement('br'), 'Best,', document.createElement('br'), 'Ana');
    document.body.append(body);
    const draft = extractDraft(body, ADAPTER);
    expect(draft.text).toBe('Could you review it?\n\nBest,\nAna');
    stubExecCommand();
    expect(insertFix(body, draft, analyze(draft.text), 'thanks', 'Thanks either way!')).toBe(true);
    expect(first.data).toBe('Could you review it? Thanks either way!');
  });

  it('works on the Gmail fixture compose, signature and all', async () => {
    const page = await loadFixture('gmail', '?empty=1');
    try {
      const gmail = createGmailAdapter(() => {});
      const root = page.fixture.openCompose({ text: 'Hi Dana,\n\nCould you review the deck?\n\nBest,\nAlex' });
      const body = gmail.findBodies(root)[0]!;
      const draft = extractDraft(body, gmail);
      const report = analyze(draft.text);
      const exec = stubExecCommand({ doc: page.document });
      for (const id of ['easy-no', 'thanks'] as const) {
        const fresh = extractDraft(body, gmail);
        expect(insertFix(body, fresh, analyze(fresh.text), id, phrasesFor(id, report, draft.text)[0]!)).toBe(true);
      }
      expect(exec).toHaveBeenCalledTimes(2);
      const after = extractDraft(body, gmail).text.trimEnd(); // the signature (left out) leaves line breaks
      expect(after).toBe("Hi Dana,\n\nCould you review the deck? No worries if you don't have time for it. Thanks so much for considering it.\n\nBest,\nAlex");
      expect(analyze(after).checks['easy-no'].status).toBe('met');
      expect(analyze(after).checks.thanks.status).toBe('met');
    } finally {
      await page.close();
    }
  });
});
