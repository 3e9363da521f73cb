/**
 * Body lines → paragraphs. Two layouts exist in the wild and each document is read by the one
 * it uses: blank lines between paragraphs (a file written by hand or by a CMS export; the lines
 * of one block are a hard-wrapped paragraph), or one paragraph per line (what copying a web page
 * gives). Hard-wrapped text without blank lines is recognised by its even line width.
 */
import { SENTENCE_END, type Line } from './lines';

export type Layout = 'blank-lines' | 'single-newlines';

/** A body line; `breakBefore` when a blank line or removed page chrome came before it. */
export interface BodyLine extends Line {
  breakBefore: boolean;
}

/**
 * Where a sentence ends at the end of a line, is the next line after a blank line? In a
 * blank-line document it mostly is; in a single-newline paste it never is.
 */
export function decideLayout(lines: readonly Line[]): Layout {
  let blank = 0;
  let single = 0;
  for (let i = 0; i + 1 < lines.length; i += 1) {
    if (!SENTENCE_END.test(lines[i].text)) continue;
    if (lines[i + 1].blankBefore) blank += 1;
    else single += 1;
  }
  if (blank === 0 && single === 0)
    return lines.some((line, i) => i > 0 && line.blankBefore) ? 'blank-lines' : 'single-newlines';
  return blank >= single ? 'blank-lines' : 'single-newlines';
}

const MAX_WRAP_WIDTH = 100;

/** The wrap width when the lines look hard-wrapped (most of them nearly as long as the longest). */
function wrapWidth(lines: readonly BodyLine[]): number | undefined {
  if (lines.length < 3) return undefined;
  const width = Math.max(...lines.map((line) => line.text.length));
  if (width > MAX_WRAP_WIDTH) return undefined;
  const full = lines.filter((line) => line.text.length >= width * 0.6).length;
  const open = lines.filter((line) => !SENTENCE_END.test(line.text)).length;
  return full >= lines.length * 0.6 && open >= lines.length * 0.3 ? width : undefined;
}

export interface Paragraphs {
  texts: string[];
  /** Lines joined into a paragraph because they looked hard-wrapped (single-newline layout). */
  rejoined: boolean;
}

export function toParagraphs(lines: readonly BodyLine[], layout: Layout): Paragraphs {
  const texts: string[] = [];
  let current: string[] = [];
  const flush = (): void => {
    if (current.length > 0) texts.push(current.join(' '));
    current = [];
  };
  if (layout === 'blank-lines') {
    for (const line of lines) {
      if (line.breakBefore) flush();
      current.push(line.text);
    }
    flush();
    return { texts, rejoined: false };
  }
  const width = wrapWidth(lines);
  for (const line of lines) {
    if (line.breakBefore) flush();
    current.push(line.text);
    // Without a wrap width every line is a paragraph; with one, a paragraph ends on a short
    // line that ends a sentence.
    if (width === undefined || (SENTENCE_END.test(line.text) && line.text.length < width * 0.8))
      flush();
  }
  flush();
  return { texts, rejoined: width !== undefined };
}
