import type { PhraseList } from './types';

// Bounding the cost of a favor raises compliance: "even a penny will help" (Cialdini & Schroeder
// 1976, J. Personality and Social Psychology 34(4)) and small, time-boxed first requests. What
// counts as a bound and what does not (ASAP, "no rush", "by yesterday") is the Askwell labeling guide.
const SOURCE = 'Askwell labeling guide; Cialdini & Schroeder (1976), "Increasing compliance by legitimizing paltry contributions"';

// A deadline or window: strong wherever it is stated ("the deadline is Friday").
export const deadline: PhraseList = {
  kind: 'bound-deadline',
  source: SOURCE,
  phrases: [
    '(by|before|until|till|due|no later than) (the|this|next|this coming|end of|the end of)? #Date+',
    '(by|before|until|till|due|no later than) (the|this|next)? #Ordinal',
    '(by|before|until|till|no later than) #Time+',
    '(by|before|until|till)? (eod|eow|eom|cob|close of business|end of day|end of business)',
    '(by|before|until|till)? end of (the|this|next)? (day|week|month|quarter|year|sprint)',
    '(cob|eod|eow) #Date?',
    '(within|in) (the next|the coming|a|an|one|#Value)? #Value? (#Duration|#Unit|minutes|hours|days|weeks|business days)',
    '(within|in) (the next|the coming) (hour|day|week|month|few days|couple of days)',
    '(deadline|due date|target date|cutoff|cut-off) (is|was|of)? (#Date|#Value|#Time|the #Ordinal)',
    '#Date+ (is|was) the (target|deadline|due|cutoff)',
    '(expires|closes|ends|locks|is due) (on|at|by)? #Date+',
    '(before|by|ahead of) (the|our|my|your|his|her|their) .{0,3} (meeting|call|deadline|review|launch|standup|stand-up|offsite|freeze|cutoff|kickoff|presentation|interview|trip|flight|demo|session|class|shift|release|audit|close|closing)',
    'from #Value+ (to|until|till|-) #Time+',
    '(until|till) the end of .',
    '(starting|beginning) (with|on|from|in) .',
    // A deadline set by their own plans: "before you shut the laptop for the summer".
    'before (you|u) (leave|go|head|shut|disappear|log off|sign off|fly|travel|take off|break)',
  ],
};

// A time the request is for: counts in the ask itself ("Could you meet on Wednesday?").
export const when: PhraseList = {
  kind: 'bound-when',
  source: SOURCE,
  phrases: [
    '(on|at|around|this|next|coming) (the|this|next)? #Date+',
    '(today|tonight|tomorrow|tmrw|tmw)',
    '(this|next|tomorrow|coming) (morning|afternoon|evening|week|weekend|month|quarter|sprint|cycle)',
    '#WeekDay (morning|afternoon|evening|night)?',
    '#Month #Value',
    '#Value #Month',
    '(at|around|from) #Time+',
    'on the #Ordinal',
    '(that|this) (morning|afternoon|evening|night|day|weekend)',
  ],
};

const MEASURES =
  '(minute|minutes|min|mins|hour|hours|hr|hrs|second|seconds|day|days|week|weeks|page|pages|sentence|sentences|paragraph|paragraphs|line|lines|word|words|bullet|bullets|bullet points|question|questions|slide|slides|item|items|goal|goals|point|points|chapter|chapters|section|sections|example|examples|shift|shifts)';

// A size or effort limit: counts in the ask or the sentence right after it ("It takes five minutes.").
export const size: PhraseList = {
  kind: 'bound-size',
  source: SOURCE,
  phrases: [
    '#Value+ (-)? (#Duration|#Unit)',
    '#Value+ (-)? (minute|min|hour|page|sentence|line|word|paragraph|slide|question|item)',
    '#Value+ #Adjective? ' + MEASURES,
    '(a|an|one|single) (quick|short|brief)? (page|paragraph|sentence|hour|minute|weekend|line|half hour|half-hour|afternoon|morning)',
    '(a) (couple|few) (of)? (minutes|sentences|lines|questions|words)',
    '#Value or #Value #Noun',
    '(no more than|at most|up to|maximum of|max of|limit of) #Value',
    '#Value #Noun+ (max|maximum|tops|or less|or fewer|at most)',
    '(just|only) (this|one) (once|time)',
    'one (time|review|read|look|pass|call)',
    // Scope said without a number (issue 11): "read it once", "half a page is plenty", "up to
    // about $150", "for the argument only".
    '(read|look at|go through|review|skim|check) (it|this|them|the draft)? (just)? once',
    'half (a|an) (page|day|hour|paragraph|minute|morning|afternoon)',
    '(up to|no more than|at most) (about|around|roughly)? #Money',
    '(is|would be|will be) (plenty|enough|all i need)',
  ],
};

export const notBound: PhraseList = {
  kind: 'not-bound',
  source: SOURCE,
  phrases: [
    '(by|before) (yesterday|last #Noun|#Date ago)',
    '(asap|a.s.a.p.|as soon as possible|as soon as you can|urgently|right away|immediately)',
    '(no|there is no) rush',
    '(whenever|at your convenience|when you get a chance|when you have a (chance|moment|minute)|when you can|sometime|some time|at some point|one day|eventually)',
    '(last|past|previous) (#WeekDay|week|month|year|time|night|quarter)',
    '#Value+ (#Duration|years|months|weeks|days|hours) ago',
    '#Value+ (years|months|weeks|days) (back|earlier|before)',
    '(the)? (last|past|previous) #Value+ .? (#Duration|days|weeks|months|years)',
    'as of (today|now|yesterday|this morning)',
    '(once|after|as soon as|when) (ci|the build|tests|it) (is|are)? (green|passing|done|ready)',
  ],
};
