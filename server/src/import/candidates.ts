import type { SourceKeyKind } from '../../../shared/contracts';
import { parseSource, type ParseItem } from '../parsing';
import { sourceKeyOf, storedSourceKey, translationOfKey } from './decide';
import { languageMismatch } from './language-guess';
import { articleLocale, type ImportLocales } from './locale';
import { contentHash, sourceHashOf } from './hash';
import { failedOutcome } from './outcome';
import type { Parsed, ParsePool } from './parse-pool';
import { refs } from './refs';
import type { Pace } from './pause';
import type { Candidate, FailedOutcome, ImportInput } from './types';

/**
 * A window of inputs at least this large is parsed in the pool: below it, parsing in place
 * (a few milliseconds) costs less than sending the files to a worker and their articles back.
 */
export const POOL_MIN_BYTES = 256 * 1024;

/**
 * The next window is parsed ahead in the pool when it is at least this large: its parsing then
 * overlaps the writing of the current one, but a few small files are not worth a worker.
 */
export const PREFETCH_MIN_BYTES = 32 * 1024;

export interface ParsingOptions {
  /** The worker pool (parse-pool.ts); null or left out: parse in the importing thread. */
  pool?: ParsePool | null;
  /** Told when a worker failed and its inputs were parsed in place instead. */
  warn?: (message: string) => void;
}

const sizeOf = (input: ImportInput) =>
  typeof input.content === 'string' ? input.content.length : input.content.byteLength;

export interface ParseSettings {
  maxImportBytes: number;
  wordsPerMinute: number;
}

/** What kind of source key it is, and its value as the report shows it. */
const keyParts = (key: string): { kind: SourceKeyKind; key: string } =>
  key.startsWith('id:')
    ? { kind: 'id', key: key.slice(3) }
    : key.startsWith('url:')
      ? { kind: 'url', key: key.slice(4) }
      : { kind: 'source', key };

const describeKey = ({ kind, key }: { kind: SourceKeyKind; key: string }) =>
  kind === 'id' ? `source id "${key}"` : kind === 'url' ? `sourceUrl (${key})` : `source (${key})`;

/**
 * Turns inputs into candidates batch after batch, remembering the source keys already seen, so
 * that an article repeating the key of one in an earlier batch of the same import is caught too.
 */
export const createCandidateReader = (
  settings: ParseSettings,
  locales: ImportLocales,
  pace?: Pace,
  { pool = null, warn }: ParsingOptions = {}
) => {
  const byKey = new Map<string, string>();
  const parseOptions = {
    maxBytes: settings.maxImportBytes,
    wordsPerMinute: settings.wordsPerMinute,
  };
  /** Inputs sent to the pool ahead of `read` (prefetch), by input. */
  const early = new WeakMap<ImportInput, Promise<Parsed>>();
  let warned = false;

  const inPool = (input: ImportInput): Promise<Parsed> => {
    const parsed = pool!.parse(input.content, input.name, parseOptions);
    // Awaited in `read`, or never when the input turns out unchanged: no unhandled rejection.
    parsed.catch(() => {});
    return parsed;
  };

  /** The input's articles: from the pool when it was sent there, else parsed here. */
  const parsedOf = async (input: ImportInput, sent: Promise<Parsed> | undefined) => {
    if (sent) {
      try {
        return await sent;
      } catch (error) {
        if (!warned) {
          warned = true;
          warn?.(
            `A parse worker failed (${error instanceof Error ? error.message : String(error)}); ` +
              'its files are parsed in the importing thread instead.'
          );
        }
      }
    }
    return { items: parseSource(input.content, input.name, parseOptions), prints: null };
  };

  /**
   * Starts parsing these inputs in the pool now (the next window, while this one is written);
   * `read` then takes their articles from there. Without a pool, or for a window under
   * PREFETCH_MIN_BYTES, nothing.
   */
  const prefetch = (inputs: readonly ImportInput[]) => {
    if (!pool || inputs.reduce((sum, input) => sum + sizeOf(input), 0) < PREFETCH_MIN_BYTES) {
      return;
    }
    for (const input of inputs) if (!early.has(input)) early.set(input, inPool(input));
  };
  /**
   * Parses the inputs and turns their articles into candidates, each with its source key. Parse
   * failures, and articles that repeat the source key of an earlier one in the same import (two
   * items with one `sourceId`), become `invalid` outcomes. Gives the event loop back between
   * files (see pause.ts).
   */
  const read = async (
    inputs: readonly ImportInput[]
  ): Promise<{ candidates: Candidate[]; invalid: FailedOutcome[] }> => {
    const candidates: Candidate[] = [];
    const invalid: FailedOutcome[] = [];
    // A large window goes to the pool, so that its workers parse side by side.
    const large =
      pool !== null && inputs.reduce((sum, input) => sum + sizeOf(input), 0) >= POOL_MIN_BYTES;
    // Nothing of it was sent ahead: this thread would only wait, so it parses a share of the
    // window itself (the last files, one share per worker and one for it) while the pool
    // parses the rest.
    const waiting = large && !inputs.some((input) => early.has(input));
    const own = waiting ? Math.floor(inputs.length / (pool.size + 1)) : 0;
    const sent = inputs.map(
      (input, position) =>
        early.get(input) ?? (large && position < inputs.length - own ? inPool(input) : undefined)
    );
    const parsedHere = new Map<number, { items: ParseItem[]; prints: null }>();
    for (let position = inputs.length - own; position < inputs.length; position += 1) {
      await pace?.();
      const input = inputs[position];
      parsedHere.set(position, {
        items: parseSource(input.content, input.name, parseOptions),
        prints: null,
      });
    }
    for (const [position, input] of inputs.entries()) {
      await pace?.();
      const { items, prints } = parsedHere.get(position) ?? (await parsedOf(input, sent[position]));
      early.delete(input);
      const rawHash = items.length === 1 ? sourceHashOf(input) : null;
      for (const [itemIndex, item] of items.entries()) {
        if (!item.ok) {
          invalid.push(
            failedOutcome(item, 'invalid', {
              message: item.error.message,
              line: item.error.line ?? null,
              column: item.error.column ?? null,
              code: item.error.code,
              ...(item.error.params ? { params: item.error.params } : {}),
            })
          );
          continue;
        }
        const { draft } = item;
        const shown = {
          slug: draft.slug,
          title: draft.title,
          warnings: draft.warnings,
          warningDetails: draft.warningDetails,
          draft,
        };
        const locale = articleLocale(draft.sourceMeta, locales);
        if (!locale.ok) {
          invalid.push(
            failedOutcome(
              item,
              'invalid',
              {
                message: locale.message,
                line: null,
                code: 'UNKNOWN_LOCALE',
                params: locale.params,
              },
              shown
            )
          );
          continue;
        }
        const mismatch = languageMismatch(draft, locale.locale, locales.codes);
        if (mismatch) {
          draft.warnings.push(mismatch.message);
          (draft.warningDetails ??= []).push(mismatch);
        }
        const key = storedSourceKey(
          sourceKeyOf(draft.sourceMeta, input.path ?? input.name, item.index)
        );
        const translated = translationOfKey(draft.sourceMeta);
        const linkKey = translated === null ? key : storedSourceKey(translated);
        // One source is one article per locale: translations may share a source key.
        const localKey = `${locale.locale}\u0000${key}`;
        const first = byKey.get(localKey);
        if (first !== undefined) {
          const parts = keyParts(key);
          invalid.push(
            failedOutcome(
              item,
              'invalid',
              {
                message: `Another article in this import, ${first}, has the same ${describeKey(parts)}: one source is one article. Give each its own "sourceId".`,
                line: null,
                code: 'DUPLICATE_SOURCE',
                params: { other: first, ...parts },
              },
              shown
            )
          );
          continue;
        }
        byKey.set(localKey, item.source);
        // What a worker computed along with the parse (null when parsed on this thread).
        const printed = prints?.[itemIndex] ?? null;
        const derived = printed && {
          fields: printed.fields,
          bodyJson: printed.bodyJson,
          tagIndex: printed.tagIndex,
        };
        candidates.push({
          source: item.source,
          file: item.file,
          index: item.index,
          draft,
          hash: printed?.content ?? contentHash(draft),
          ...(derived ? { derived } : {}),
          sourceHash: items.length === 1 ? rawHash : null,
          key,
          authorRefs: printed?.authorRefs ?? refs(draft.authors),
          categoryRefs: printed?.categoryRefs ?? refs(draft.categoryPath),
          origin: { path: input.path ?? input.name, folder: input.folder },
          locale: locale.locale,
          linkKey,
        });
      }
    }
    return { candidates, invalid };
  };
  /**
   * Counts a source key as seen: an input found unchanged without being parsed holds its
   * article's key, and a later article with that key is a duplicate, not an update of it.
   */
  const claim = (key: string, locale: string, source: string) => {
    const localKey = `${locale}\u0000${key}`;
    if (!byKey.has(localKey)) byKey.set(localKey, source);
  };
  return { read, claim, prefetch, pooled: pool !== null };
};
