import type { PhraseList } from './types';

// A short note of thanks more than doubles helpers' willingness to help again (Grant & Gino
// 2010, "A little thanks goes a long way", J. Personality and Social Psychology 98(6)). Which
// "thanks" are not gratitude (refusals, sarcasm, "thanks to the outage") is the Askwell labeling guide.
const SOURCE = 'Askwell labeling guide; Grant & Gino (2010), "A little thanks goes a long way"';

export const thanks: PhraseList = {
  kind: 'thanks',
  source: SOURCE,
  phrases: [
    '(thank you|thanks|thank|thankyou|thanking|thx|thnx|thks|tnx|ty|tia|tyvm|merci|gracias|danke|cheers for)',
    // Typos and other languages' thanks, which people write in English mail too (issue 11).
    '(thansk|thnaks|tahnks|thanx|thankx|thnks)',
    '(grazie|obrigado|obrigada|dzięki|dzieki|dziękuję|dziekuje|bedankt|tack|takk|kiitos|shukran|arigato|arigatou|spasibo|gracies|mahalo|asante|efharisto|toda|hvala|dekuji|děkuji|köszönöm|teşekkürler|tesekkurler|dhanyavaad|dhanyavad|terima kasih|salamat|xie xie|mersi|mille grazie)',
    'jazak (allah|allahu)',
    '(appreciate|appreciated|appreciating|appreciation|appreciative|appreciates)',
    '(grateful|gratitude|thankful|indebted)',
    '(much|greatly|very much|really) obliged',
  ],
};

export const notThanks: PhraseList = {
  kind: 'not-thanks',
  source: SOURCE,
  phrases: [
    'no (thanks|thank you) (needed|necessary|required)?',
    'thanks but no thanks',
    '(no need|do not need|don\'t need) to (thank|say thanks)',
    'thanks to (the|a|an|this|that|these|those|our|my|his|her|their|its|#Noun)',
    'thanks for nothing',
    '(thanks|thank you) .{0,4} (for|with) (the|your) .{0,2} (heads-up|heads up|notice|warning) .{0,3} (a whole|only|just) .{0,3} #Value? (hours|minutes|hour|minute|days|day)',
    '(thanks|thank you) .{0,6} as always',
    '(i|we) (do)? (appreciate|understand) (that|how) (you|u|your|everyone|everybody) (are|is|have|has|\'re)',
    '(i|we) know (you|u) are busy',
  ],
};
