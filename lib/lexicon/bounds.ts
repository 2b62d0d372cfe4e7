import type { PhraseList } from './types';

// Bounding the cost of a favor raises compliance: "even a penny will help" (Cialdini & Schroeder
// 1976, J. Personality and Social Psychology 34(4)) and small, time-boxed first requests. What
// counts as a bound and what does not (ASAP, "no rush", "by yesterday") is the Askwell labeling guide.
const SOURCE = 'Askwell labeling guide; Cialdini & Schroeder (1976), "Increasing compliance by legitimizing paltry contributions"';

const UNITS =
  '(minute|minutes|min|mins|hour|hours|hr|hrs|second|seconds|day|days|week|weeks|page|pages|sentence|sentences|paragraph|paragraphs|line|lines|word|words|bullet|bullets|bullet points|question|questions|slide|slides|item|items|goal|goals|point|points|comment|comments|click|clicks|call|calls|session|sessions|meeting|meetings|email|emails|page-long|chapter|chapters|section|sections|example|examples)';

export const bound: PhraseList = {
  kind: 'bound',
  source: SOURCE,
  phrases: [
    // Time: a deadline or a window.
    '(by|before|until|till|through|due|on|for) (the|this|next|this coming|end of|the end of)? #Date+',
    '(by|before|until|till|due|on) (the|this|next)? #Ordinal',
    '(by|before|until|till|at|around) #Time+',
    '(by|before|until) the #Time? #Noun',
    '(by|before|until|till)? (eod|eow|eom|cob|close of business|end of day|end of business|end of (the|this|next)? (day|week|month|quarter|year|sprint))',
    '(cob|eod|eow) #Date?',
    '(today|tonight|tomorrow|tmrw|tmw)',
    '(this|next|tomorrow|coming) (morning|afternoon|evening|week|weekend|month|quarter|sprint|cycle)',
    '#WeekDay (morning|afternoon|evening|night)?',
    '#Month #Value',
    '#Value #Month',
    '(within|in|for|over) (the next|the coming|a|an|one|#Value)? #Value? (#Duration|#Unit|minutes|hours|days|weeks|business days)',
    '(within|in) (the next|the coming) (hour|day|week|month|few days|couple of days)',
    '(starting|beginning) (with|on|from|in) .',
    '(no later than|at the latest|deadline)',
    '(before|by|ahead of) (the|our|my|your|his|her|their) (next)? (meeting|call|deadline|review|launch|board meeting|standup|offsite|freeze|cutoff|kickoff|presentation|interview|trip|flight)',
    // Size or effort.
    '#Value+ (#Duration|#Unit)',
    '#Value+ (-)? (minute|min|hour|page|sentence|line|word|paragraph|slide|question|item)',
    '#Value+ #Adjective? ' + UNITS,
    '(a|an|one|single|couple|few) (of)? (quick|short|brief)? ' + UNITS,
    '#Value or #Value #Noun',
    '(no more than|at most|max|maximum|tops|or less|or fewer|at the most|only) #Value?',
    '(just|only) (this|one) (once|time)',
    'one (time|review|read|look|pass)',
    'a (weekend|morning|afternoon|evening|shift)',
    '(until|till) the end of .',
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
    '(once|after|as soon as|when) (ci|the build|tests|it) (is|are)? (green|passing|done|ready)',
  ],
};
