// Regressions for issue 11: asks, easy outs, benefits and thanks written without the stock
// phrases are found by the learned sentence roles, and real-mail look-alikes are not.
import { describe, expect, it } from 'vitest';
import { analyze, CHECK_IDS } from '../../lib/analyze';

const statuses = (text: string) => Object.fromEntries(CHECK_IDS.map((id) => [id, analyze(text).checks[id].status]));

describe('issue 11: the model favor email from our design material', () => {
  const text = [
    'Hi Mike,',
    '',
    "I hope you're doing well! I'm reaching out because I'm in the process of exploring new opportunities in the sustainable fashion space.",
    '',
    "I noticed that you're connected to Jane Smith, who leads the sustainability initiatives at Acme Corp. If you feel comfortable, I would greatly appreciate an introduction to Jane to learn more about her work and any advice she may have for someone looking to transition into this field.",
    '',
    "I completely understand if you're not able to make the introduction at this time, given how busy things are at your startup. If an intro isn't possible, no worries at all.",
    '',
    "Thanks so much for considering it. I'm always grateful for your guidance and support.",
    '',
    'Best,',
    '[Your Name]',
  ].join('\n');
  const report = analyze(text);

  it('gets the expected checklist', () => {
    expect(statuses(text)).toEqual({ 'specific-ask': 'met', bounded: 'missing', 'easy-no': 'met', benefit: 'missing', thanks: 'met' });
  });

  it('names the introduction as the main ask', () => {
    const main = report.mainAsk!;
    expect(text.slice(main.start, main.end)).toContain('introduction to Jane');
  });
});

describe('issue 11: kinds the phrase lists missed', () => {
  const ASK = 'Hi Dana, could you review the pricing section of the proposal?';
  it.each([
    ['an indirect ask', "Hi Dana, I'd be grateful if you could send me last quarter's churn numbers.", 'specific-ask', 'met'],
    ['an easy out as a condition plus acceptance', `${ASK} If you need the afternoon for your own deck, no problem at all.`, 'easy-no', 'met'],
    ['an easy out with an alternative', `${ASK} np if not, i can dig thru slack`, 'easy-no', 'met'],
    ['skip it if you would rather', `${ASK} Skip it if you'd rather.`, 'easy-no', 'met'],
    ['a benefit in their terms', `${ASK} It should also fix the numbers your team has been patching by hand every Monday.`, 'benefit', 'met'],
    ['thanks as "Much obliged"', `${ASK}\n\nMuch obliged,\nLee`, 'thanks', 'met'],
    ['thanks as "TIA"', `${ASK} TIA!`, 'thanks', 'met'],
    ['a logistics opt-out is no easy out', `${ASK} If you have any questions, feel free to call me.`, 'easy-no', 'missing'],
    ['the sender’s travel is no bound', `${ASK} I will be in Houston next week for the audit.`, 'bounded', 'missing'],
    ['the sender’s gain is no benefit', `${ASK} It would really help me out.`, 'benefit', 'missing'],
  ] as const)('%s', (_name, text, id, status) => {
    expect(analyze(text).checks[id].status).toBe(status);
  });
});
