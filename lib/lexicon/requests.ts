import type { PhraseList } from './types';

// How people phrase requests in email. Frames addressed to the recipient are the indirect
// request forms of speech-act theory (Searle 1975, "Indirect speech acts": questions about the
// hearer's ability or willingness, statements of the speaker's wish); the email-specific forms
// and the look-alikes follow the Askwell labeling guide (shared/datasets/dev-asks/README.md).
const GUIDE = 'Askwell labeling guide; Searle (1975), "Indirect speech acts", Syntax and Semantics 3';

// Direct requests: they name what to do ("could you send…", "please review…", "I need you to…").
export const askOther: PhraseList = {
  kind: 'ask-other',
  source: GUIDE,
  phrases: [
    '(could|would|can|will|might) (you|u|ya) (please|kindly|pls|plz|possibly|perhaps|maybe|just|also|still|quickly|then)? #Verb',
    '(could|would|can|will) (you|u) (please|kindly|pls|plz)? (take|have|give|get|do|make|send|review) .',
    '^(please|kindly|pls|plz) .',
    '(please|kindly|pls|plz) #Verb',
    'if (you|u) (could|can|would) (please|kindly)? #Verb',
    '^(can|could|shall|should) we',
    '(i|we) (need|want) (you|u) to',
  ],
};

// Frames that make a sentence a request without naming the action themselves: the rest of the
// sentence decides whether it is specific ("Would you be willing to forward her a two-line intro?")
// or vague ("Maybe your club would want to do something with us").
export const askTentative: PhraseList = {
  kind: 'ask-tentative',
  source: GUIDE,
  phrases: [
    'would (you|u) (be|feel)? (willing|able|open|comfortable|interested|up for|available|game)',
    'would (you|u) (mind|consider|like to|want to)',
    '(are|were) (you|u) (able|willing|available|free|open|around|up for) to?',
    'do (you|u) (have|mind|think you could|want to|know)',
    '(is|would) there (any way|a way|a chance|any chance)',
    'would it be (possible|ok|okay|alright|all right)',
    '(is|would) it (be)? (possible|ok|okay) (for you|if you|to)',
    'any chance (you|u|we)',
    '(i|we) (was|were|am|are) (wondering|hoping) (if|whether) (you|u|we)',
    '(i|we) wonder (if|whether) (you|u)',
    'it would be (great|helpful|wonderful|amazing|fantastic|nice|awesome|ideal|lovely|a huge help|a big help|very helpful|really helpful|so helpful) if (you|u|we)',
    "(i|we) would (really|greatly|so|very much)? (appreciate|love|like) (it)? if (you|u)",
    '(i|we) (would|will) be (grateful|thankful|obliged|delighted|thrilled|glad|happy) if (you|u)',
    '(let|lemme) (me|us) know',
    // "Any feedback by Monday would be great": the whole sentence is the request.
    '^.+ would be (great|helpful|wonderful|appreciated|much appreciated|greatly appreciated|ideal|amazing|fantastic|lovely|perfect|a big help|a huge help)',
    '^(lmk|lmk if)',
    'maybe (you|your|we|u) .{0,2} (would|could|might|should) (want|like|be|find|get|grab|meet|chat|do|try|look|consider)',
    'if (you|u) are (ever)? (up|open|interested|keen|game|around|free|willing)',
    'send (it|them|anything|ideas|thoughts|suggestions) (my|our) way',
  ],
};

// Requests framed as the sender's need or wish: "self" in the guide's focus rule.
export const askSelf: PhraseList = {
  kind: 'ask-self',
  source: GUIDE,
  phrases: [
    '(i|we) (need|want|require) (you|u) to',
    // Formal registers (issue 11): "We request you to kindly…", "You are hereby requested to…",
    // "I write to humbly request that you…", "I seek your kind consideration", "We are appealing to every member".
    '(i|we) (would)? (kindly|humbly|hereby|respectfully)? (request|urge|implore|entreat) (you|u|that|all|every|everyone|each|your)',
    '(you|owners|members|residents|tenants|parents|staff|everyone|all|applicants) (are|is) (hereby|kindly|respectfully)? (requested|asked|urged|invited|required) to',
    '(i|we) (write|am writing|are writing) to (kindly|humbly|respectfully)? (request|ask|invite)',
    '(i|we) (humbly|respectfully|kindly)? seek your',
    '(i|we) (are|am) appealing to',
    '(i|we) would (like|love) to invite (you|u)',
    '(i|we) would (really|so|very much|greatly|truly|deeply|genuinely|sincerely)? (love|like|welcome|appreciate|value) (your|an|a|some|any|to get|to have|to hear|you to|the chance|the opportunity|to ask)',
    '(i|we) would be (honored|honoured|grateful|delighted|thrilled) (if|to have)',
    '(i|we) am? (writing|reaching out) to (ask|request|see if|find out)',
    '(i|we) (am|are) (asking|requesting|looking for|hoping for|hoping to get|hoping you)',
    '(i|we) (was|were) hoping (to|for|you)',
    '(i|we) (just)? need (a|an|your|the|someone|somebody|help|approval|sign-off|signoff)',
    '(i|we) would (like|love|appreciate|welcome) (#Noun|#Determiner|#Possessive)',
    '(i|we) would (like|love) to (request|ask|get|have|hear|chat|talk|learn|connect|collaborate|meet|catch up|get together|pick|compare|borrow|invite|propose|offer|schedule|set up|book)',
    '(i|we) would love (that|it)',
  ],
};

// The guide's "not specific" requests: nothing concrete to do.
export const askVague: PhraseList = {
  kind: 'ask-vague',
  source: GUIDE,
  phrases: [
    '(let|lemme) (me|us) know (your|what you|what u|how you) (thoughts|think|feel)',
    '(let|lemme) (me|us) know (if|whether) (you|u) (would|will)? (ever|have any|are ever)',
    '(any|your|some|a few|few) (thoughts|feedback|input|ideas|suggestions|advice|comments|pointers|insight|insights|take|opinion|perspective)',
    '(any|some) help',
    '(what|how) do (you|u) (think|feel)',
    '^(thoughts|ideas|feedback|comments)',
    'keep (me|us) (posted|in mind|in the loop|updated|informed|apprised)',
    'do keep (me|us) in mind',
    '(pick|picking) (your|ur) brain',
    'compare notes',
    '(grab|get|have) (a)? (coffee|lunch|drink|drinks|beer|chat) (sometime|some time|soon|one day|someday)',
    '(sometime|some time|someday|one day|at some point|whenever suits|whenever works|whenever you)',
    '(can|could|would) (you|u) (please)? help (me|us)? (out)? (here|with this|with that)?$',
    '(can|could|would) (you|u) (please)? (take a look|have a look|look into it|look into this)$',
    'please (see|find) (the)? attached',
    'if (you|u) (would|might) (ever)? (like|want|be interested) to (collaborate|work together|connect|chat)',
    'touch base',
    '(reach out|get in touch|let me know) (if|whenever|when) (you|u) (can|are free|have time|get a chance|have a chance)',
    '(something|some way|anything|somehow)',
    'ever (up|open|interested|free|around|willing|keen)',
    '(i|we) would love to (hear|chat|talk|learn|connect|collaborate|catch up|get together) (more|about how|how)',
  ],
};

// Sentences that look like asks but ask nothing of the recipient.
export const notAsk: PhraseList = {
  kind: 'not-ask',
  source: GUIDE,
  phrases: [
    '(let|lemme) (me|us) know if (you|u) (have|need|had) (any|more)? (questions|concerns|problems|issues|anything|trouble|comments)',
    '(let|lemme) (me|us) know if (there is|there are) (anything|any questions|any issues)',
    '(let|lemme) (me|us) know if (i|we) can (help|assist|do anything)',
    '(please)? (feel free|do not hesitate) to (reach out|contact|call|email|ask|ping|get in touch)',
    '(hope|hoping) (you|u|all|everything|things|this|the) .',
    '^how (are|is|was|have) (you|u|things|everything|it|life|your)',
    "^how's (life|it going|everything|things|your)",
    'how (is|was) your (weekend|week|trip|holiday|vacation|day)',
    'can not wait',
    'would you believe',
    'see (you|u) (then|soon|there|tomorrow|next)',
    '(talk|speak) (to you)? soon',
    'if (you|u) have (any)? questions',
    '(for|with|regarding) (urgent|immediate|other|any|further|general) .{0,3} (questions|matters|issues|inquiries|requests|assistance|help) please? (contact|call|email|reach|write|ask|see|try)',
    'out of (the)? office',
    '(thank|thanks|thank you) for .',
  ],
};
