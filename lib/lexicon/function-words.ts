// The most frequent English function words (closed-class words of the Brown corpus frequency
// lists, e.g. https://en.wikipedia.org/wiki/Most_common_words_in_English). Running English
// text is made of them for roughly a third to a half; other languages share few of them.
export const ENGLISH_FUNCTION_WORDS: ReadonlySet<string> = new Set(
  `the of and to a in is it you that he was for on are with as i his they be at one have this from or had by
  but not what all were we when your can said there use an each which she do how their if will up other about out
  many then them these so some her would make like him into has look two more could go come did no most my
  over than who may down been any should our me just can't don't i'm it's i'd i'll you're we're thanks please
  hi hello could would be am us also very much there here why where its those shall after before because while
  just only again still yet ever never each every both either neither such own same too off under until`
    .split(/\s+/)
    .filter(Boolean),
);
