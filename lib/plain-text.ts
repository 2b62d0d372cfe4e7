// Plain-text drafts (CLI input, pasted text) often carry the thread being replied to and a
// signature. Neither is the writer's ask, so we blank them out before analysis. Blanking rather
// than cutting keeps every offset valid for the original text, so evidence can be quoted from it.

/** The RFC 3676 §4.3 signature separator is "-- "; many clients strip the trailing space. */
const SIGNATURE = /^-- ?$/;
/** Quoted lines (RFC 3676 §4.5 uses ">" at the start; some clients indent the quote). */
const QUOTED = /^[ \t]*>/;
/** The end of an attribution such as "On Tue, Mar 3, 2026 at 9:14 AM Dana <d@x.com> wrote:". */
const ATTRIBUTION_END = /wrote:[ \t]*$/i;
/**
 * Headers after which everything is history: Outlook's "-----Original Message-----",
 * Gmail's "---------- Forwarded message ---------", Apple Mail's "Begin forwarded message:".
 */
const HISTORY_START = [
  /^[ \t]*-{2,}[ \t]*Original Message[ \t]*-{2,}[ \t]*$/i,
  /^[ \t]*-{2,}[ \t]*Forwarded message[ \t]*-{2,}[ \t]*$/i,
  /^[ \t]*Begin forwarded message:[ \t]*$/i,
];

interface Line {
  /** Offset of the first character. */
  start: number;
  /** Offset just past the content, before "\r\n" or "\n". */
  end: number;
  content: string;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const stop = nl === -1 ? text.length : nl;
    const end = stop > start && text[stop - 1] === '\r' ? stop - 1 : stop;
    lines.push({ start, end, content: text.slice(start, end) });
    if (nl === -1) return lines;
    start = nl + 1;
  }
}

const isBlank = (line: Line | undefined): boolean => line !== undefined && line.content.trim() === '';

/**
 * Returns `text` with quoted history and the signature replaced by spaces. The result has the same
 * length and keeps every "\n" and "\r", so offsets, lines and columns are identical in both.
 */
export function maskQuotedAndSignature(text: string): string {
  const lines = splitLines(text);
  const masked = new Array<boolean>(lines.length).fill(false);

  for (let i = 0; i < lines.length; i++) {
    const content = lines[i]!.content;
    if (SIGNATURE.test(content) || HISTORY_START.some((re) => re.test(content))) {
      masked.fill(true, i);
      break;
    }
    if (QUOTED.test(content)) {
      masked[i] = true;
      continue;
    }
    if (ATTRIBUTION_END.test(content)) {
      // Only an attribution if a quoted block follows (blank lines may sit between them);
      // otherwise "...and then she wrote:" in the draft itself would vanish.
      let next = i + 1;
      while (isBlank(lines[next])) next++;
      const following = lines[next];
      if (following !== undefined && QUOTED.test(following.content)) {
        masked.fill(true, i, next);
        // Gmail wraps long attributions: "On Tue, ... Dana Smith <" / "dana@x.com> wrote:".
        const previous = lines[i - 1];
        if (!/^[ \t]*On\b/.test(content) && previous !== undefined && /^[ \t]*On\b/.test(previous.content)) {
          masked[i - 1] = true;
        }
      }
    }
  }

  let out = '';
  let copiedTo = 0;
  lines.forEach((line, i) => {
    if (!masked[i]) return;
    // A lone "\r" inside a line (old Mac line ends) is kept too: other tools count it as a break.
    out += text.slice(copiedTo, line.start) + line.content.replace(/[^\r]/g, ' ');
    copiedTo = line.end;
  });
  return out + text.slice(copiedTo);
}
