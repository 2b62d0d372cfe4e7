import type { PhraseList } from './types';

// Framing a request around what the other person gains (their team, goals, credit) persuades
// more than framing it around the asker: Grant & Hofmann (2011), "It's not all about me",
// Psychological Science 22(12); reciprocity: Cialdini, "Influence" (1984), ch. 2. Which gains
// count for the recipient, and which do not ("it would really help me"), is the Askwell labeling guide.
const SOURCE = 'Askwell labeling guide; Grant & Hofmann (2011), "It\'s not all about me"; Cialdini (1984), "Influence", ch. 2';

const GAIN_VERBS =
  '(help|helps|benefit|benefits|save|saves|spare|spares|give|gives|boost|boosts|improve|improves|support|supports|reduce|reduces|cut|cuts|free|frees|unblock|unblocks|grow|grows|showcase|showcases|highlight|highlights|credit|credits|protect|protects|strengthen|strengthens|simplify|simplifies|speed|speeds|raise|raises|increase|increases|lower|lowers|streamline|streamlines|earn|earns|expose|exposes|advance|advances)';

export const benefit: PhraseList = {
  kind: 'benefit',
  source: SOURCE,
  phrases: [
    `(would|will|could|should|can|might|may|to|also|which|that|this|it) ${GAIN_VERBS} (you|your|u|ur|yours)`,
    `${GAIN_VERBS} (you|your|u) (and|a|the|some|more)? (team|teams|time|hours|work|rework|effort|headaches|budget|customers|users|readers|audience|students|goals|okrs|numbers|metrics|roadmap|launch|project|career|portfolio|visibility|exposure|credit|reputation|farm|business|company|org|group|department|clients|members|community)`,
    '(you|u) (would|will) (also)? (get|gain|receive|earn|learn|save|keep|be credited|be listed|be featured|get credit|get to|benefit|enjoy|own|walk away|come away|be the first)',
    '(you|u) (could|can|might|may) (also)? (gain|earn|learn|save|benefit|get credit|get to)',
    '(you|u) (would|will) (also)? be able to',
    '(could|would|will|can|might) (bring|put|get) (your|you)',
    '(in return|in exchange|return the favor|return the favour|repay|pay it forward|owe you one|happy to reciprocate|quid pro quo)',
    '(i|we) (can|could|will|would|am happy to|are happy to|would be happy to|\'d be happy to|\'ll) (also)? (share|send|give|cover|take|return|introduce|credit|link|mention|feature|buy|treat|repay|offer|write|help|do|swap|trade|list|acknowledge|name|include|cite|thank) (you|your|u|one for you|the same for you)',
    '(i|we) (will|would|can|\'ll|\'d) (take|cover|handle|do) (your|the) (saturday|sunday|weekend|next|shift|on-call|rotation|turn)',
    '(shout-out|shoutout|co-authorship|byline|link back|backlink|get credit|credit you|credited)',
    '(mutual|mutually|win-win|both of us|both sides|both teams)',
    'worth your (time|while)',
    '(fits|aligns with|aligned with|ties into|tied to|supports|relevant to|in line with) (your|you)',
    '(since|as|because) (you|u) (mentioned|said|wanted|asked|were looking|are looking|have been looking|are trying|have been trying|told me)',
    '(you|u) (mentioned|said|told me|asked for|asked about|have been wanting|have been asking|were asking|wanted|hoped|have been talking about|keep telling me)',
    'your (chance|opportunity) to',
    // compromise drops a pattern whose .{0,n} is followed by a multi-word option: keep them single words.
    'so (you|u|your) .{0,3} (will|would|can|could|never|get|have) .',
    '(i|we) (would|will|am|are) (be)? (glad|happy|willing|delighted|thrilled) to (help|share|return|cover|take|do|write|review|introduce|send|give|offer|host|buy|mentor|promote|feature|include|credit|list)',
    '(i|we) (would|will|can|could) (happily|gladly|also)? (include|feature|list|credit|mention|promote|translate|showcase|highlight) (your|you)',
    '(link|point|refer|send|drive) (people|readers|traffic|customers|visitors|users)? (to|back to) (your|you)',
    '(useful|helpful|valuable|worthwhile|beneficial|good|great) (for|to) (you|your|u)',
    'for (you|your) (team|customers|users|students|readers|department|org|business|company|group|project|portfolio|resume|career)',
    '(your|you) (team|teams|customers|users|students|department|org|group|readers|audience|clients) (would|will|could|can|might) .',
    '(complimentary|discounted|at no cost|free of charge|on us|on me|at no charge)',
  ],
};

// Words of gain that make a sentence about the recipient a benefit: "so it should fill your room",
// "which is exactly the decision your team is facing", "a good way to meet researchers in your area".
export const gain: PhraseList = {
  kind: 'gain',
  source: SOURCE,
  phrases: [
    '(useful|helpful|valuable|worthwhile|beneficial|low-risk)',
    '(chance|opportunity|way|moment|excuse) to',
    '(learn|grow|exposure|visibility|recognition|credited|discount|discounted|bonus|perk|perks|comp day|reward)',
    // What an offer pays in, said of anyone ("sponsors get their logo on our shirts", "we pay a
    // referral bonus", "past speakers got job offers"): a benefit when the ask is theirs to take (issue 11).
    '(honorarium|stipend|voucher|commission|royalties|citations|shout-out|shoutout|savings|referral|fee waived|logo|byline|co-author|coauthor|authorship|acknowledgment|acknowledgement)',
    '(we|they|sponsors|speakers|volunteers|members|guests|partners|participants|whoever) (get|gets|got|receive|receives|received|earn|earns|keep|keeps) (a|an|their|the|free|#Value)',
    '(we|i) (will|would|can|could)? (cover|pay|reimburse|comp|waive) (for|the|your|a|an|all|#Value)',
    '(is|are) yours to keep',
    '(would|will|could|should|might|can) (also)? (fill|boost|increase|improve|cut|reduce|free|save|spare|protect|gain|learn|enjoy|benefit)',
    '(would|will|could|should|might) also (see|get|have)',
    '(exactly|precisely) (what|the)',
    '(asked|asking) for',
    'find (it|them|this)? (helpful|useful|valuable)',
    '(no longer|never|not) (have|need) to',
    '(will|would) not have to',
    '(will|would) not have (a|any|the)',
  ],
};

// The sender's own gain is not the recipient's: "it would really help me".
export const selfGain: PhraseList = {
  kind: 'not-benefit',
  source: SOURCE,
  phrases: [
    '(help|helps|save|saves|benefit|benefits|useful|helpful|valuable) (me|us|my|our)',
    '(for|to) (me|us)',
    'really help',
  ],
};
