import type { PhraseList } from './types';

// Reminding people they are free to refuse roughly doubles compliance: the "but you are free"
// technique (Guéguen & Pascual 2000; meta-analysis: Carpenter 2013, Communication Studies 64(1)).
// The phrasings and the look-alikes that do not count come from the Askwell labeling guide.
const SOURCE = 'Askwell labeling guide; Carpenter (2013), "A meta-analysis of the effectiveness of the \'but you are free\' compliance-gaining technique"';

export const easyNo: PhraseList = {
  kind: 'easy-no',
  source: SOURCE,
  phrases: [
    '(no|zero) (worries|worry|problem|problems|pressure|big deal|biggie|obligation|hard feelings|stress) (at all)? (if|either way)',
    '(no|zero|absolutely no) (pressure|obligation|hard feelings)',
    '(do not|never) feel (any)? (obligated|obliged|pressured|pressure|bad|guilty)',
    'feel free to (pass|decline|say no|ignore|skip|turn|bow out|delete|not)',
    '(totally|completely|perfectly|absolutely|entirely|really)? (fine|ok|okay|alright|all right|understandable|cool) (to|if you|if u) (say no|pass|decline|skip|not|can not|do not|are not)',
    '(i|we)? (would|will)? (completely|totally|fully|really|absolutely|of course)? (understand|get it) if (you|u|the|it|that|now|this|your)',
    '(do not|never) feel (like)? (you|u) (have to|need to|must|should)',
    '(i|we) (will|would) not (be)? (offended|upset|mind|take it personally|hold it against)',
    'saying no is (a|an)? (perfectly|totally|completely)? (good|fine|acceptable|ok|okay|valid|great)',
    '(no|a no) is (a|an)? (perfectly|totally|completely)? (good|fine|acceptable|ok|okay|valid) (answer|response)',
    '(you|u) can (always|absolutely|totally)? (say no|decline|pass)',
    '(just|simply) (say|reply|write|answer) (no|pass)',
    '(reply|respond|answer) (with)? (pass|no)',
    '(either way|whichever way) (is|works|will be) (fine|ok|okay|great|good)',
    '(happy|fine|ok) either way',
    '(i|we) (will|can|could) (ask|find|check with) (someone|somebody) else',
    'if (you|u) (would|had) rather not',
    'if (it is|that is|this is|it\'s) too much',
    'if (now|this) is (not|n\'t) a good time',
    'if (the|this) timing (does not|is not|do not) work',
    'not a problem if (not|you can not|you are not)',
    'easy (to say)? no',
    'no need to (reply|respond|do|feel)',
    // Said without the stock words (issue 11): "zero guilt if you've got plans", "no obligation
    // whatsoever", "feel entitled to a flat no", "a no costs me all of forty euros".
    '(no|zero|without) (guilt|obligation|obligations) (whatsoever|at all)?',
    '(do not|never) feel (any)? guilt',
    'feel (entitled|free) to (a|a flat|a firm|an honest)? no',
    'a no (costs|would cost|is|would be) (me|totally|completely|perfectly|fine|ok|okay|nothing)',
  ],
};

// Half-phrases: an easy no is a decline condition plus an acceptance in the same sentence
// ("If you can't, that's totally fine").
export const declineIf: PhraseList = {
  kind: 'decline-if',
  source: SOURCE,
  phrases: [
    // "if" + a negation or a reluctance within the clause: "if you can't", "if there aren't any
    // spares", "if you'd rather not", "if your schedule doesn't allow it", "if it's too much".
    'if (not|no)',
    // "In case the 27th is not feasible at your end, no issues": the same condition, in other words.
    '(in case|unless|should) (you|u|your|it|that|this|there|the|a|an|any|#Value|#Date) .{0,6} (not|never|no|too|busy|booked|unable|rather|prefer|feasible|possible|doable|work|suit)',
    'if (you|u|your|it|that|this|there|the|a|an|any|now|things|we|i|my|our) .{0,6} (not|never|no|rather|prefer|too|busy|booked|swamped|hectic|slammed|stretched|unable|uncomfortable|plans|priorities|wrong|decline|pass|messes|conflicts|clashes)',
    '(otherwise|either way)',
  ],
};

export const declineOk: PhraseList = {
  kind: 'decline-ok',
  source: SOURCE,
  phrases: [
    '(that is|it is|this is)? (totally|completely|perfectly|absolutely|entirely|also|really|still)? (fine|ok|okay|alright|all right|cool|understandable|no problem|no big deal|not a problem|all good)',
    '(no|zero) (worries|worry|problem|problems|big deal|biggie|stress|pressure|hard feelings)',
    '(do not|never) worry',
    '(no|zero) (issue|issues)',
    '(do not|never) (trouble|bother) (yourself|to reply|to respond)',
    'no pasa nada',
    '(i|we) (completely|totally|fully|absolutely|would|will|of course)? (understand|get it|respect that|respect your)',
    '(totally|completely|fully) (understand|understandable|understood)',
    // An alternative that costs them nothing: "I'll ask Wanda instead", "we'll find another way".
    '(i|we) (will|can|could|would) (just|happily|gladly|of course)? (ask|find|try|check with|reach out to|look for|work with|manage|figure|keep asking|leave|make do|go with)',
    '(someone|somebody|another way|another option|instead)',
    '(just|simply) (say so|tell me|let me know)',
    'feel free to (wait|skip|pass|decline|ignore|say no|hold off|leave)',
  ],
};

export const notEasyNo: PhraseList = {
  kind: 'not-easy-no',
  source: SOURCE,
  phrases: [
    '(can not|cannot|could not|can\'t) (say|take) no',
    '(not|never) (taking|take|accept|accepting) no',
    '(saying)? no (is not|isn\'t|is never|was not) (really)? an option',
    '(no|not) (worries|worry|problem|problems|pressure|big deal) (about|on|with|regarding|re|for) (the|that|this|my|your|a|an|it)',
    '(let|lemme) (me|us) know if (you|u) (can not|cannot|are unable|will not|are not able|won\'t|do not plan|need to cancel)',
    '(let|lemme) (me|us) know if (this|that|it) (is|would be|will be) a problem',
    'if (you|u) (can not|cannot) .* (could|can|would|please) (you|u)? (point|suggest|recommend|refer|forward|send|tell)',
  ],
};
