import { afterEach, describe, expect, it } from 'vitest';
import { extractDraft } from '../../lib/page/extract-text';
import type { ExtractedDraft } from '../../lib/page/extract-types';
import { gmail } from '../../lib/sites/gmail';
import { outlook } from '../../lib/sites/outlook';
import { loadFixture, type LoadedFixture } from '../helpers/fixtures';

const GMAIL = { excludeSelector: gmail.excludeSelector, cutSelector: gmail.cutSelector };
const OUTLOOK = { excludeSelector: outlook.excludeSelector, cutSelector: outlook.cutSelector };
const NONE = { excludeSelector: '', cutSelector: null };

afterEach(() => {
  document.body.replaceChildren();
});

function mount(html: string): HTMLElement {
  const body = document.createElement('div');
  body.setAttribute('contenteditable', 'true');
  body.innerHTML = html;
  document.body.append(body);
  return body;
}

/** Character mapping the extractor applies 1:1 (so offsets never move). */
const shown = (s: string) => s.replace(/\u00a0/g, ' ');

/** Lines (or table cells), and sentence-ish pieces of them: spans with no synthetic "\n" or "\t" inside. */
function spansOf(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const line of text.matchAll(/[^\n\t]+/g)) {
    const at = line.index;
    spans.push([at, at + line[0].length]);
    for (const piece of line[0].matchAll(/[^.!?؟]+[.!?؟]*/g)) {
      const start = at + piece.index + (piece[0].length - piece[0].trimStart().length);
      const end = at + piece.index + piece[0].trimEnd().length;
      if (end > start) spans.push([start, end]);
    }
  }
  return spans;
}

function expectRangesMatch(draft: ExtractedDraft, spans = spansOf(draft.text)) {
  for (const [a, b] of spans) {
    const range = draft.toRange(a, b);
    expect(range, `toRange(${a}, ${b})`).not.toBeNull();
    expect(shown(range!.toString()), `toRange(${a}, ${b})`).toBe(draft.text.slice(a, b));
  }
}

interface Case {
  name: string;
  html: string;
  adapter?: typeof GMAIL;
  text: string;
  absent?: string[];
  /** Spans to check when the default ones would cross an excluded island (see the island test). */
  spans?: Array<[number, number]>;
}

const CASES: Case[] = [
  { name: 'plain text', html: 'Hello Dana. Can you help?', text: 'Hello Dana. Can you help?' },
  {
    name: '<div> lines with an empty line',
    html: '<div>Hi Dana,</div><div><br></div><div>Can you send it? Thanks.</div>',
    text: 'Hi Dana,\n\nCan you send it? Thanks.',
  },
  {
    name: '<br> lines',
    html: 'Line one.<br>Line two?<br><br>Line four!',
    text: 'Line one.\nLine two?\n\nLine four!',
  },
  {
    name: 'a trailing <br> inside a block adds no extra line',
    html: '<div>One.<br></div><div>Two.</div><p>Three.</p>',
    text: 'One.\nTwo.\nThree.',
  },
  {
    name: 'nested spans and formatting',
    html: '<div>Could <b>you <i>send</i></b> the <span style="color:red">report</span> by <u>Friday</u>?</div>',
    text: 'Could you send the report by Friday?',
  },
  {
    name: 'nested blocks collapse to one line break',
    html: '<div><div><div>Outer.</div></div></div><div><p>Inner?</p></div><ul><li>One</li><li>Two</li></ul>',
    text: 'Outer.\nInner?\nOne\nTwo',
  },
  {
    name: 'Gmail signature (prefix span + br + div) excluded',
    html:
      '<div dir="ltr">Can you review it?</div><div><br></div><div><br clear="all"></div>' +
      '<span class="gmail_signature_prefix">-- </span><br>' +
      '<div dir="ltr" class="gmail_signature" data-smartmail="gmail_signature"><div dir="ltr">Alex Kim<br>Product Lead</div></div>',
    adapter: GMAIL,
    text: 'Can you review it?\n\n\n\n',
    absent: ['--', 'Alex', 'Product'],
  },
  {
    name: 'Gmail reply quote excluded',
    html:
      '<div dir="ltr">Sounds good. Can you confirm Thursday?</div><br>' +
      '<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">On Mon, Dana wrote:<br></div>' +
      '<blockquote class="gmail_quote"><div dir="ltr">Can you check the numbers?</div></blockquote></div>',
    adapter: GMAIL,
    text: 'Sounds good. Can you confirm Thursday?\n\n',
    absent: ['wrote', 'numbers'],
  },
  {
    name: 'Gmail non-editable and aria-hidden islands excluded',
    html: '<div>Can you send it<span aria-hidden="true"> tomorrow</span>? <span contenteditable="false">[chip]</span>Thanks.</div>',
    adapter: GMAIL,
    text: 'Can you send it? Thanks.',
    absent: ['tomorrow', 'chip'],
    spans: [[0, 15], [15, 16], [17, 24]],
  },
  {
    name: 'Outlook reply history cut at #appendonsend',
    html:
      '<div class="elementToProof">Could you send the deck by Friday?</div><div><br></div>' +
      '<div id="Signature"><div class="elementToProof">Alex Kim</div><div>Product Lead</div></div>' +
      '<div id="appendonsend"></div><hr tabindex="-1" style="display:inline-block;width:98%">' +
      '<div id="divRplyFwdMsg" dir="ltr"><font><b>From:</b> Dana<br><b>Subject:</b> Numbers</font><div>&nbsp;</div></div>' +
      '<div dir="ltr"><div>Can you confirm the figures?</div></div>',
    adapter: OUTLOOK,
    text: 'Could you send the deck by Friday?\n\n',
    absent: ['Alex', 'From', 'figures'],
  },
  {
    name: 'Outlook history without the marker: cut at the hr before #divRplyFwdMsg',
    html:
      '<div>Please review it?</div><hr><div id="divRplyFwdMsg"><b>From:</b> Dana</div><div>Original?</div>',
    adapter: OUTLOOK,
    text: 'Please review it?',
    absent: ['From', 'Original'],
  },
  {
    name: 'Outlook cut marker nested in a wrapper still ends the draft',
    html: '<div><div>Can you call?</div><div><div id="appendonsend"></div></div><div>History.</div></div><div>More history.</div>',
    adapter: OUTLOOK,
    text: 'Can you call?',
    absent: ['History', 'history'],
  },
  {
    name: 'Outlook #Signature excluded, text after it kept',
    html: '<div>Hi Dana,</div><div id="Signature"><div>Alex Kim</div></div><div>P.S. Can you call me?</div>',
    adapter: OUTLOOK,
    text: 'Hi Dana,\nP.S. Can you call me?',
    absent: ['Alex'],
  },
  {
    name: 'emoji, RTL Arabic and Hebrew',
    html: '<div>Can you join? 🎉👍🏽</div><div dir="rtl">هل يمكنك إرسال التقرير؟</div><div dir="rtl">שלום, תוכל לעזור?</div>',
    text: 'Can you join? 🎉👍🏽\nهل يمكنك إرسال التقرير؟\nשלום, תוכל לעזור?',
  },
  {
    name: 'NBSP becomes a space one for one; zero-width characters stay',
    html: 'Can&nbsp;you&nbsp;&nbsp;help?\u200b Thanks\u200d.',
    text: 'Can you  help?\u200b Thanks\u200d.',
  },
  {
    name: 'indentation between tags in pasted HTML is not text',
    html: '<div>\n  <div>One.</div>\n  <div>Two.</div>\n</div>',
    text: 'One.\nTwo.',
  },
  {
    name: 'table cells are tab-separated, rows are lines',
    html: '<table><tbody><tr><td>Item</td><td>Due</td></tr><tr><td>Deck</td><td>Friday</td></tr></tbody></table>',
    text: 'Item\tDue\nDeck\tFriday',
  },
  { name: 'empty body', html: '', text: '' },
  { name: 'only a <br>', html: '<br>', text: '\n' },
];

describe('extractDraft', () => {
  it.each(CASES)('$name', ({ html, adapter = NONE, text, absent = [], spans }) => {
    const body = mount(html);
    const draft = extractDraft(body, adapter);
    expect(draft.text).toBe(text);
    for (const word of absent) expect(draft.text).not.toContain(word);
    expectRangesMatch(draft, spans);
  });

  it('a range across an excluded island spans the island too (a DOM range cannot skip nodes)', () => {
    const body = mount('<div>Can you send it<span aria-hidden="true"> tomorrow</span>?</div>');
    const draft = extractDraft(body, GMAIL);
    expect(draft.text).toBe('Can you send it?');
    expect(draft.toRange(0, 16)!.toString()).toBe('Can you send it tomorrow?');
  });

  it('never changes the body', () => {
    const body = mount(CASES.find((c) => c.name.startsWith('Outlook reply'))!.html);
    const before = body.innerHTML;
    const records: MutationRecord[] = [];
    const observer = new MutationObserver((r) => records.push(...r));
    observer.observe(body, { subtree: true, childList: true, attributes: true, characterData: true });
    extractDraft(body, OUTLOOK).toRange(0, 5);
    expect(observer.takeRecords().concat(records)).toEqual([]);
    observer.disconnect();
    expect(body.innerHTML).toBe(before);
  });

  it('ranges span several text nodes and cover block breaks', () => {
    const body = mount('<div>Could <b>you</b> send</div><div>the <i>deck</i>?</div>');
    const draft = extractDraft(body, NONE);
    expect(draft.text).toBe('Could you send\nthe deck?');
    const across = draft.toRange(6, 14)!;
    expect(across.startContainer).toBe(body.querySelector('b')!.firstChild);
    expect(across.endContainer).toBe(body.firstChild!.lastChild);
    expect(across.toString()).toBe('you send');
    // The synthetic "\n" has no text node; the range still covers both lines' text.
    const whole = draft.toRange(0, draft.text.length)!;
    expect(whole.toString()).toBe('Could you sendthe deck?');
    const fromBreak = draft.toRange(14, 18)!;
    expect(fromBreak.toString()).toBe('the');
  });

  it('a range ending on a <br> newline ends after the <br>', () => {
    const body = mount('Ask one.<br>Ask two.');
    const draft = extractDraft(body, NONE);
    const range = draft.toRange(0, 9)!;
    expect(range.endContainer).toBe(body);
    expect(range.endOffset).toBe(2);
    expect(draft.toRange(9, 17)!.toString()).toBe('Ask two.');
  });

  it('every single character maps to itself', () => {
    const body = mount('<div>A <b>b</b>&nbsp;c</div><div>🎉 d</div>');
    const draft = extractDraft(body, NONE);
    for (let i = 0; i < draft.text.length; i++) {
      if (draft.text[i] === '\n') continue;
      expect(shown(draft.toRange(i, i + 1)!.toString())).toBe(draft.text[i]);
    }
  });

  it('collapsed and boundary ranges', () => {
    const body = mount('<div>One</div><div>Two</div>');
    const draft = extractDraft(body, NONE);
    expect(draft.toRange(3, 3)!.collapsed).toBe(true);
    expect(draft.toRange(0, 0)!.collapsed).toBe(true);
    expect(draft.toRange(7, 7)!.collapsed).toBe(true);
    expect(extractDraft(mount(''), NONE).toRange(0, 0)!.collapsed).toBe(true);
  });

  it.each([
    [-1, 2],
    [3, 2],
    [0, 99],
    [0.5, 2],
  ])('toRange(%s, %s) out of bounds is null', (a, b) => {
    const draft = extractDraft(mount('Hello there'), NONE);
    expect(draft.toRange(a, b)).toBeNull();
  });

  it('toRange is null once the body is detached or the text node changed', () => {
    const body = mount('<div>First line</div><div>Second line</div>');
    const draft = extractDraft(body, NONE);
    expect(draft.toRange(0, 5)).not.toBeNull();
    (body.firstChild!.firstChild as Text).data = 'Changed line';
    expect(draft.toRange(0, 5)).toBeNull();
    expect(draft.toRange(11, 17)).not.toBeNull();
    body.lastChild!.remove();
    expect(draft.toRange(11, 17)).toBeNull();
    body.remove();
    expect(draft.toRange(0, 1)).toBeNull();
  });

  it('an invalid adapter selector costs that feature, not the extraction', () => {
    const body = mount('<div>Keep me?</div><div id="Signature">Sig</div>');
    expect(extractDraft(body, { excludeSelector: '[[bad', cutSelector: '[[bad' }).text).toBe('Keep me?\nSig');
  });
});

describe('extractDraft on the fixture bodies', () => {
  let page: LoadedFixture | undefined;
  afterEach(async () => {
    await page?.close();
    page = undefined;
  });

  it('Gmail popup and inline reply: typed text only', async () => {
    page = await loadFixture('gmail');
    const [inline, popup] = gmail.findBodies(page.document);
    const reply = extractDraft(inline!, gmail);
    expect(reply.text.trim()).toBe('Thanks Dana. I attached the revised deck. Let me know if anything is missing before Thursday.');
    expect(reply.text).not.toMatch(/wrote|Quarterly|Alex Kim/);
    const fresh = extractDraft(popup!, gmail);
    expect(fresh.text.trim()).toBe(
      'Hi Dana,\n\nThanks for the update. The figures look right to me. I will review the draft contract today and send comments by Friday.\n\nCould you also share the raw data?\n\nBest,\nAlex',
    );
    expect(fresh.text).not.toContain('Product Lead');
    expectRangesMatch(reply);
    expectRangesMatch(fresh);
  });

  it('Gmail forward: signature and forwarded message left out', async () => {
    page = await loadFixture('gmail', '?empty=1');
    const root = page.fixture.openForward!({ text: 'Dana, can you look at this?' });
    const draft = extractDraft(gmail.findBodies(root)[0]!, gmail);
    expect(draft.text.trim()).toBe('Dana, can you look at this?');
  });

  it('Outlook reply: signature excluded, history cut', async () => {
    page = await loadFixture('outlook');
    const draft = extractDraft(outlook.findBodies(page.document)[0]!, outlook);
    expect(draft.text.trim()).toBe(
      'Thanks Dana. I attached the revised deck. The numbers match what finance sent last week.\n\nI will confirm by Wednesday.',
    );
    expect(draft.text).not.toMatch(/Alex Kim|From:|board meeting/);
    expectRangesMatch(draft);
  });

  it('Outlook pop-out window', async () => {
    page = await loadFixture('outlook', '?view=popout');
    const draft = extractDraft(outlook.findBodies(page.document)[0]!, outlook);
    expect(draft.text.trim()).toBe('Hi Dana,\n\nHere is the draft agenda for the offsite. Please review it by Wednesday.\n\nThanks,\nAlex');
    expectRangesMatch(draft);
  });
});
