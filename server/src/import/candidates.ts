import { parseSource, slugify, type ParseItem } from '../parsing';
import { sourceKeyOf, storedSourceKey } from './decide';
import { contentHash, sourceHash } from './hash';
import { failedOutcome } from './outcome';
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

const describeKey = (key: string) =>
  key.startsWith('id:')
    ? `source id "${key.slice(3)}"`
    : key.startsWith('url:')
      ? `sourceUrl (${key.slice(4)})`
      : `source (${key})`;

/**
 * Parses every input and turns the articles into candidates, each with its source key. Parse
 * failures, and articles that repeat the source key of an earlier one in the same import (two
 * items with one `sourceId`), become `invalid` outcomes.
 */
export const toCandidates = (
  inputs: ImportInput[],
  settings: ParseSettings
): { candidates: Candidate[]; invalid: FailedOutcome[]; parsed: ParseItem[] } => {
  const candidates: Candidate[] = [];
  const invalid: FailedOutcome[] = [];
  const parsed: ParseItem[] = [];
  const byKey = new Map<string, string>();
  for (const input of inputs) {
    const items = parseSource(input.content, input.name, {
      maxBytes: settings.maxImportBytes,
      wordsPerMinute: settings.wordsPerMinute,
    });
    parsed.push(...items);
    const rawHash = items.length === 1 ? sourceHash(input.content) : null;
    for (const item of items) {
      if (!item.ok) {
        invalid.push(
          failedOutcome(item, 'invalid', {
            message: item.error.message,
            line: item.error.line ?? null,
            column: item.error.column ?? null,
            code: item.error.code,
          })
        );
        continue;
      }
      const { draft } = item;
      const key = storedSourceKey(
        sourceKeyOf(draft.sourceMeta, input.path ?? input.name, item.index)
      );
      const first = byKey.get(key);
      if (first !== undefined) {
        invalid.push(
          failedOutcome(
            item,
            'invalid',
            {
              message: `Another article in this import, ${first}, has the same ${describeKey(key)}: one source is one article. Give each its own "sourceId".`,
              line: null,
              code: 'DUPLICATE_SOURCE',
            },
            { slug: draft.slug, title: draft.title, warnings: draft.warnings, draft }
          )
        );
        continue;
      }
      byKey.set(key, item.source);
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
      });
    }
  }
  return { candidates, invalid, parsed };
};
