/** News text as trimmed non-blank lines that remember whether a blank line came before them. */

export interface Line {
  text: string;
  /** 1-based line number in the file. */
  line: number;
  /** A blank line (or the start of the text) comes right before this line. */
  blankBefore: boolean;
}

/** Splits normalised text (`\n` line ends) into its non-blank, trimmed lines. */
export function readLines(text: string): Line[] {
  const out: Line[] = [];
  let blank = true;
  const raw = text.replace(/[\u2028\u2029\u0085]/g, '\n').split('\n');
  raw.forEach((value, index) => {
    const trimmed = value.trim();
    if (trimmed === '') {
      blank = true;
      return;
    }
    out.push({ text: trimmed, line: index + 1, blankBefore: blank });
    blank = false;
  });
  return out;
}

/** Ends a sentence: the last character of a line that closes a paragraph. */
export const SENTENCE_END = /[.!?…"”»’)]$/u;
