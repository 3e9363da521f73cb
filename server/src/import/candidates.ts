import type { SourceKeyKind } from '../../../shared/contracts';
import { parseSource, slugify } from '../parsing';
import { sourceKeyOf, storedSourceKey, translationOfKey } from './decide';
import { languageMismatch } from './language-guess';
import { articleLocale, type ImportLocales } from './locale';
import { contentHash, sourceHash } from './hash';
import { failedOutcome } from './outcome';
import type { Pace } from './pause';
import type { Candidate, FailedOutcome, ImportInput } from './types';

export interface ParseSettings {
  maxImportBytes: number;
  wordsPerMinute: number;
}

const refs = (names: string[]) => {
  const seen = new Set<string>();
  const out: { name: string; slug: string }[] = [];
  for (const name of names) {
    const slug = slugify(name);
    if (seen.has(slug)) continue;
    seen.add(slug);
    out.push({ name, slug });
  }
  return out;
};

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
  pace?: Pace
) => {
  const byKey = new Map<string, string>();
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
    for (const input of inputs) {
      await pace?.();
      const items = parseSource(input.content, input.name, {
        maxBytes: settings.maxImportBytes,
        wordsPerMinute: settings.wordsPerMinute,
      });
      const rawHash = items.length === 1 ? sourceHash(input.content) : null;
      for (const item of items) {
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
        candidates.push({
          source: item.source,
          file: item.file,
          index: item.index,
          draft,
          hash: contentHash(draft),
          sourceHash: items.length === 1 ? rawHash : null,
          key,
          authorRefs: refs(draft.authors),
          categoryRefs: refs(draft.categoryPath),
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
  return { read, claim };
};
