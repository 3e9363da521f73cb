import crypto from 'node:crypto';

import { stringifyJson, type ArticleDraft } from '../parsing';
import { sha256Hex } from './sha256';

/**
 * Bump when the parser's output for the same input changes: the source hash then no longer
 * matches and re-imports parse again (and update what changed).
 */
export const PARSER_VERSION = '3';

/**
 * The hash of an input file as given (and of the parser version): a re-import of a file with
 * this hash can skip parsing when the article it made is still there, unchanged.
 */
export const sourceHash = (content: string | Uint8Array): string =>
  crypto
    .createHash('sha256')
    .update(`newsroom-parser:${PARSER_VERSION}\0`)
    .update(content)
    .digest('hex');

const inputHashes = new WeakMap<object, { content: string | Uint8Array; hash: string }>();

/**
 * An input's source hash, worked out once for the input and its content (the unchanged-source
 * check and the parse both want it; 10k articles: ~70 ms of the importing thread each time).
 */
export const sourceHashOf = (input: { content: string | Uint8Array }): string => {
  const known = inputHashes.get(input);
  if (known && known.content === input.content) return known.hash;
  const hash = sourceHash(input.content);
  inputHashes.set(input, { content: input.content, hash });
  return hash;
};

/**
 * `JSON.stringify`'s text of a draft's parts (stored hashes were made of it): the engine's own
 * serialiser, in C++, and the parser's iterative one (`stringifyJson`, the same text) only for a
 * value nested too deep for the engine's stack.
 */
export const jsonText = (value: unknown): string | undefined => {
  try {
    return JSON.stringify(value);
  } catch (error) {
    if (error instanceof RangeError) return stringifyJson(value);
    throw error;
  }
};

/** An array element's text in JSON.stringify: what has no JSON text is written `null`. */
const element = (value: unknown): string => jsonText(value) ?? 'null';

/**
 * The content hash that makes imports idempotent: everything of a draft that ends up in the
 * article (not warnings, not computed counts). Same input → same hash → `unchanged`.
 * The input format is not content: an article exported to Markdown or JSON and imported back is
 * `unchanged`, whatever format it first came in. `bodyJson`, when given, is
 * `JSON.stringify(draft.body)`.
 */
export const contentHash = (draft: ArticleDraft, bodyJson?: string): string => {
  const { title, slug, description, categoryPath, tags, authors, body } = draft;
  const { format: _format, ...sourceMeta } = draft.sourceMeta;
  // The source key an export writes down is identity, not content: an article imported from a
  // path and exported with its key is `unchanged` when that export is imported back.
  if (sourceMeta.extra && 'sourceKey' in sourceMeta.extra) {
    const { sourceKey: _sourceKey, ...extra } = sourceMeta.extra;
    if (Object.keys(extra).length > 0) sourceMeta.extra = extra;
    else delete sourceMeta.extra;
  }
  // JSON.stringify's text of [title, slug, description, categoryPath, tags, authors, body,
  // sourceMeta], written part by part so that the body's text, when the caller has it already
  // (the parse worker writes it for the insert), is not written a second time.
  const head = [title, slug, description, categoryPath, tags, authors].map(element).join(',');
  return sha256Hex(`[${head},${bodyJson ?? element(body)},${element(sourceMeta)}]`);
};
