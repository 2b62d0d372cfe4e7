/**
 * Every phrase list is data with a source. The analyzer compiles them all into one compromise
 * match net (nlp.buildNet) and sweeps each paragraph once; the `kind` of a list is what a hit
 * of one of its phrases means to the checks.
 */
export type HitKind =
  | 'ask-other' // a request addressed to the recipient: "could you", "please send"
  | 'ask-tentative' // a request frame that does not name the action: "would you be willing", "let me know"
  | 'ask-self' // a request framed as the sender's need: "I need you to", "I'd love your take"
  | 'ask-vague' // a request with nothing concrete to do: "let me know your thoughts"
  | 'not-ask' // look-alikes that ask nothing: "let me know if you have any questions"
  | 'bound-deadline' // a deadline or window, wherever it is stated: "by Friday", "the deadline is the 9th"
  | 'bound-when' // a time the request is for: "on Wednesday", "tomorrow morning"
  | 'bound-size' // a size or effort limit: "a 10-minute call", "3 sentences max"
  | 'not-bound' // look-alikes: "by yesterday", "ASAP", "no rush"
  | 'easy-no' // an explicit safe way to decline: "no worries if not"
  | 'decline-if' // the condition half of an easy no: "if you can't", "if not"
  | 'decline-ok' // the acceptance half: "that's fine", "I understand", "no problem"
  | 'not-easy-no' // look-alikes: "I can't say no to this", "no worries about the typo"
  | 'benefit' // a gain for the recipient: "it would save your team", "I'll credit you"
  | 'gain' // a word of gain, a benefit when the sentence is about the recipient: "so it should fill your room"
  | 'not-benefit' // the sender's own gain: "it would really help me"
  | 'thanks' // gratitude: "thanks", "I appreciate it"
  | 'not-thanks' // look-alikes: "no thanks needed", "thanks to the outage", "thanks for nothing"
  | 'pressure' // urgency, guilt, desperation: "ASAP", "per my last email", "I'm begging you"
  | 'hedge' // over-apologizing, self-undermining: "sorry to bother you", "probably a dumb question"
  | 'reciprocity' // an offer in return or an acknowledged favor: "happy to return the favor"
  | 'one-off' // a favor marked as one-time: "just this once"
  | 'big-favor' // what makes a favor big: covering a shift, an exception, a loan
  | 'greeting' // "Hi Dana,"
  | 'signoff'; // "Best,", "Cheers,"

export interface PhraseList {
  kind: HitKind;
  /** Where the phrases come from: a URL, a paper, or the labeling guide they implement. */
  source: string;
  /** compromise match patterns (https://observablehq.com/@spencermountain/compromise-match-syntax). */
  phrases: readonly string[];
}
