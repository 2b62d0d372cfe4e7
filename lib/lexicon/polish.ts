import type { PhraseList } from './types';

// Pressure and urgency read as hostility and lower replies (Boomerang's study of 40 million
// emails: https://www.fastcompany.com/3057096/the-perfect-email-is-short-simple-and-not-too-emotional).
export const pressure: PhraseList = {
  kind: 'pressure',
  source: 'https://www.fastcompany.com/3057096/the-perfect-email-is-short-simple-and-not-too-emotional',
  phrases: [
    '(asap|a.s.a.p.|urgent|urgently|immediately|emergency|critical)',
    '(as soon as possible|right away|right now|top priority|drop everything|without delay|at once)',
    '(as i|like i) (said|mentioned|wrote|explained) (before|earlier|previously|already|last time)',
    'per my (last|previous|earlier) (email|message|note|mail)',
    '(i|we) have (already)? (asked|emailed|written|reminded|pinged|followed up) .{0,3} (times|twice|again|already)',
    '(still|been) (waiting|have not heard)',
    '(you|u) promised',
    '(counting on you|do not let me down|last chance|final reminder|final notice|or else)',
    '(desperate|desperately|begging|i beg you|please please|my last hope|my only hope)',
    '(my|our) (job|career|reputation|bonus) (depends|is on the line|is at stake)',
  ],
};

// Over-apologizing and self-undermining, after the phrases flagged by Just Not Sorry
// (https://github.com/defmethodinc/just-not-sorry, src/warnings/phrases.json).
export const hedge: PhraseList = {
  kind: 'hedge',
  source: 'https://github.com/defmethodinc/just-not-sorry',
  phrases: [
    '(sorry|apologies) (to|for) (bother|bothering|trouble|troubling|ask|asking|bug|bugging|pester|pestering|intrude|intruding|disturb|disturbing|the bother|the trouble|the intrusion)',
    '(i|we) (hate|am sorry) to (ask|bother|trouble|bug|impose)',
    '(i|we) apologize for (bothering|asking|the bother|the trouble|the intrusion|reaching out)',
    '(i|we) (was|am) just (wondering|checking|hoping)',
    'just wondering (if|whether) (maybe|perhaps)?',
    'if (it is|it\'s) not too much (trouble|to ask|of a bother)',
    '(probably|maybe) (a|an) (silly|dumb|stupid|naive) (question|ask|idea)',
    '(i am|i\'m) (no|not an) expert',
    'this (might|may) (sound|be) (silly|dumb|stupid|crazy)',
    '(i|we) (do not|don\'t) (mean|want) to (bother|impose|be a bother|be a pain)',
    'sorry (if|for) (this|it) (is|being) (a bother|annoying|too much)',
  ],
};

// Reciprocity: people return favors and feel the weight of an acknowledged one
// (https://en.wikipedia.org/wiki/Reciprocity_(social_psychology); Cialdini, "Influence", ch. 2).
export const reciprocity: PhraseList = {
  kind: 'reciprocity',
  source: 'https://en.wikipedia.org/wiki/Reciprocity_(social_psychology)',
  phrases: [
    '(in return|in exchange|return the favor|return the favour|repay|pay it forward|owe you|happy to reciprocate)',
    '(let me know|tell me) if (i|we) can (ever)? (help|return|do anything|do the same)',
    'if (there is|there\'s) (ever)? anything (i|we) can do',
    '(happy|glad|willing) to (help you|do the same|return|reciprocate|cover for you|swap)',
    '(i|we) (know|realize|recognize|appreciate) (this|it|that) (is|\'s) (a big|a lot|a real|quite a|asking a lot|no small)',
    '(i|we) (know|realize) (this|it) (takes|will take) (time|effort|work)',
    '(i|we) appreciate (your|the) (time|effort|help|trouble)',
    '(this|it) (is|would be) a (big|huge|real) favor',
  ],
};

// Marking a big favor as a one-time exception answers the fear that it becomes a habit
// (the worry the foot-in-the-door effect feeds: https://en.wikipedia.org/wiki/Foot-in-the-door_technique).
export const oneOff: PhraseList = {
  kind: 'one-off',
  source: 'https://en.wikipedia.org/wiki/Foot-in-the-door_technique',
  phrases: [
    // Also a size bound: the analyzer merges identical patterns into one rule with both kinds.
    '(just|only) (this|one) (once|time)',
    '(one-time|one time|one-off|one off|this once|a single time)',
    '(i|we) (will|won\'t|will not) (not)? make (it|this) a habit',
    '(i|we) (will|won\'t|will not) (not)? ask again',
    '(never|not) (again|going to happen again)',
    '(an|a) (exception|one-time exception)',
  ],
};

// What makes an ask a big favor: covering for someone, an exception, a loan of something theirs.
export const bigFavor: PhraseList = {
  kind: 'big-favor',
  source: 'https://en.wikipedia.org/wiki/Foot-in-the-door_technique',
  phrases: [
    '(cover|covering) (my|for me|for us|the|our)',
    '(extension|exception|waive|waiver|bend the rules|special case|out of hours|after hours)',
    '(borrow|lend|loan|swap|trade) .',
    '(take over|fill in for|stand in for|step in for|take my|take our)',
    '(big|huge|massive) (favor|favour|ask)',
  ],
};
