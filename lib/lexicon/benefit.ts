import type { PhraseList } from './types';

// Framing a request around what the other person gains (their team, goals, credit) persuades
// more than framing it around the asker: Grant & Hofmann (2011), "It's not all about me",
// Psychological Science 22(12); reciprocity: Cialdini, "Influence" (1984), ch. 2. Which gains
// count for the recipient, and which do not ("it would really help me"), is the Askwell labeling guide.
const SOURCE = 'Askwell labeling guide; Grant & Hofmann (2011), "It\'s not all about me"; Cialdini (1984), "Influence", ch. 2';

const GAIN_VERBS =
  '(help|helps|benefit|benefits|save|saves|spare|spares|give|gives|get|gets|boost|boosts|improve|improves|support|supports|reduce|reduces|cut|cuts|free|frees|unblock|unblocks|grow|grows|showcase|showcases|highlight|highlights|feature|features|credit|credits|protect|protects|strengthen|strengthens|simplify|simplifies|speed|speeds|raise|raises|increase|increases|lower|lowers|streamline|streamlines|put|puts|make|makes|let|lets|bring|brings|keep|keeps|count|counts|pay|pays|earn|earns|offer|offers|expose|exposes|introduce|introduces|advance|advances)';

export const benefit: PhraseList = {
  kind: 'benefit',
  source: SOURCE,
  phrases: [
    `(would|will|could|should|can|might|may|to|also|which|that|this|it) ${GAIN_VERBS} (you|your|u|ur|yours)`,
    `${GAIN_VERBS} (you|your|u) (and|a|the|some|more)? (team|teams|time|hours|work|rework|effort|headaches|budget|customers|users|readers|audience|students|goals|okrs|numbers|metrics|roadmap|launch|project|career|portfolio|visibility|exposure|credit|reputation|farm|business|company|org|group|department|clients|members|community)`,
    '(you|u) (would|will|could|can|might|may|\'d|\'ll) (also)? (get|gain|receive|earn|have|learn|see|save|keep|be credited|be listed|be featured|get credit|get to|benefit|reach|meet|enjoy|own|walk away|come away|be able to)',
    '(in return|in exchange|return the favor|return the favour|repay|pay it forward|owe you one|happy to reciprocate|quid pro quo)',
    '(i|we) (can|could|will|would|am happy to|are happy to|would be happy to|\'d be happy to|\'ll) (also)? (share|send|give|cover|take|return|introduce|credit|link|mention|feature|buy|treat|repay|offer|write|help|do|swap|trade|list|acknowledge|name|include|cite|thank) (you|your|u|one for you|the same for you)',
    '(i|we) (will|would|can|\'ll|\'d) (take|cover|handle|do) (your|the) (saturday|sunday|weekend|next|shift|on-call|rotation|turn)',
    '(shout-out|shoutout|co-author|coauthor|co-authorship|byline|link back|backlink|get credit|the credit|credit you|credited)',
    '(mutual|mutually|win-win|both of us|both sides|both teams)',
    '(good|great|useful|valuable|helpful|worthwhile) for (you|your|u)',
    'worth your (time|while)',
    '(fits|aligns with|aligned with|ties into|tied to|supports|relevant to|in line with) (your|you)',
    '(since|as|because) (you|u) (mentioned|said|wanted|asked|were looking|are looking|have been looking|are trying|have been trying|told me)',
    '(you|u) (mentioned|said|told me|asked for|asked about|have been wanting|have been asking|were asking|wanted|hoped|have been talking about|keep telling me)',
    'your (chance|opportunity) to',
    'so (you|u|your) .{0,3} (will|would|can|could|won\'t|will not|never|no longer|get|have) .',
    'for (you|your) (team|customers|users|students|readers|department|org|business|company|group|project|portfolio|resume|career)',
    '(your|you) (team|teams|customers|users|students|department|org|group|readers|audience|clients) (would|will|could|can|might) .',
    '(complimentary|discounted|at no cost|free of charge|on us|on me|at no charge)',
  ],
};
