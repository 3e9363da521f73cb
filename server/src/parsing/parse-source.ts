import { decodeInput } from './decode';
import { detectFormat } from './detect';
import { toParseError } from './errors';
import { parseHtml } from './html/parse';
import { parseJsonSource } from './json/parse';
import { DEFAULT_MAX_BYTES, DEFAULT_WORDS_PER_MINUTE } from './limits';
import { parseMarkdown } from './markdown/parse';
import { parseNewsText } from './news-text/parse';
import { articleSource } from '../../../shared/contracts/import';
import type { ParseItem, ParseOptions } from './types';

function positive(value: number | undefined, fallback: number): number {
  const number = value ?? Number.NaN;
  return Number.isFinite(number) && number > 0 ? number : fallback;
}

/**
 * Parses one input (a file's bytes or text) into articles. Never throws and always returns at
 * least one item: a draft, or an error saying what is wrong, where, and what to do.
 * Each item says where it came from: `file` is `fileName`, `index` the 1-based position of the
 * element of a JSON array (null for a whole file); `source` says the same as text (`fileName#N`).
 */
export function parseSource(
  input: string | Uint8Array,
  fileName: string,
  options: ParseOptions = {}
): ParseItem[] {
  const whole = articleSource(fileName);
  try {
    const maxBytes = positive(options.maxBytes, DEFAULT_MAX_BYTES);
    const wordsPerMinute = positive(options.wordsPerMinute, DEFAULT_WORDS_PER_MINUTE);
    const { text, warnings } = decodeInput(input, maxBytes);
    const format = options.format ?? detectFormat(text, fileName);
    const draftOptions = { wordsPerMinute, warnings };
    switch (format) {
      case 'json':
        return parseJsonSource(text, fileName, draftOptions);
      case 'html':
        return [{ ok: true, ...whole, draft: parseHtml(text, draftOptions) }];
      case 'markdown':
        return [{ ok: true, ...whole, draft: parseMarkdown(text, draftOptions) }];
      default:
        return [{ ok: true, ...whole, draft: parseNewsText(text, draftOptions) }];
    }
  } catch (caught) {
    return [{ ok: false, ...whole, error: toParseError(caught) }];
  }
}
