import { decodeInput } from './decode';
import { detectFormat } from './detect';
import { toParseError } from './errors';
import { parseHtml } from './html/parse';
import { parseJsonSource } from './json/parse';
import { DEFAULT_MAX_BYTES, DEFAULT_WORDS_PER_MINUTE } from './limits';
import { parseMarkdown } from './markdown/parse';
import { parseNewsText } from './news-text/parse';
import type { ParseItem, ParseOptions } from './types';

function positive(value: number | undefined, fallback: number): number {
  return value !== undefined && Number.isFinite(value) && value > 0 ? value : fallback;
}

/**
 * Parses one input (a file's bytes or text) into articles. Never throws and always returns at
 * least one item: a draft, or an error saying what is wrong, where, and what to do.
 * `source` is `fileName`, or `fileName#N` for the N-th (1-based) element of a JSON array.
 */
export function parseSource(
  input: string | Uint8Array,
  fileName: string,
  options: ParseOptions = {}
): ParseItem[] {
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
        return [{ ok: true, source: fileName, draft: parseHtml(text, draftOptions) }];
      case 'markdown':
        return [{ ok: true, source: fileName, draft: parseMarkdown(text, draftOptions) }];
      default:
        return [{ ok: true, source: fileName, draft: parseNewsText(text, draftOptions) }];
    }
  } catch (caught) {
    return [{ ok: false, source: fileName, error: toParseError(caught) }];
  }
}
