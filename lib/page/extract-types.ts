/** The analysable text of a compose body and the way back from its offsets to DOM positions. */
export interface ExtractedDraft {
  /** Text as the analyzer sees it: block boundaries and <br> as "\n", quote and signature left out. */
  text: string;
  /** A live DOM Range for [start, end) of `text`, or null if the DOM changed since extraction. */
  toRange(start: number, end: number): Range | null;
}
