import type { ArticleReport } from '../contracts';
import { parseSource, slugify, type ParseItem } from '../parsing';
import { contentHash, sourceHash } from './hash';
import type { Candidate, ImportInput } from './types';

export interface ParseSettings {
  maxImportBytes: number;
  wordsPerMinute: number;
}

export const failedReport = (
  source: string,
  action: 'invalid' | 'failed',
  error: ArticleReport['error'],
  extra: Partial<ArticleReport> = {}
): ArticleReport => ({
  source,
  action,
  slug: null,
  documentId: null,
  title: null,
  warnings: [],
  error,
  authors: [],
  category: [],
  ...extra,
});

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

/**
 * Parses every input and turns the articles into candidates. Parse failures and articles that
 * repeat a slug already taken earlier in the same batch become `invalid` reports.
 */
export const toCandidates = (
  inputs: ImportInput[],
  settings: ParseSettings
): { candidates: Candidate[]; invalid: ArticleReport[]; parsed: ParseItem[] } => {
  const rawHashes = new Map<string, string>();
  const parsed = inputs.flatMap((input) => {
    const items = parseSource(input.content, input.name, {
      maxBytes: settings.maxImportBytes,
      wordsPerMinute: settings.wordsPerMinute,
    });
    if (items.length === 1) rawHashes.set(items[0].source, sourceHash(input.content));
    return items;
  });
  const candidates: Candidate[] = [];
  const invalid: ArticleReport[] = [];
  const bySlug = new Map<string, string>();
  for (const item of parsed) {
    if (!item.ok) {
      invalid.push(
        failedReport(item.source, 'invalid', {
          message: item.error.message,
          line: item.error.line ?? null,
          column: item.error.column ?? null,
          code: item.error.code,
        })
      );
      continue;
    }
    const { draft } = item;
    const first = bySlug.get(draft.slug);
    if (first !== undefined) {
      invalid.push(
        failedReport(
          item.source,
          'invalid',
          {
            message: `Another article in this import, ${first}, has the same slug "${draft.slug}". Give one of them a different title or an explicit slug.`,
            line: null,
            code: 'DUPLICATE_SLUG',
          },
          { slug: draft.slug, title: draft.title, warnings: draft.warnings, draft }
        )
      );
      continue;
    }
    bySlug.set(draft.slug, item.source);
    candidates.push({
      source: item.source,
      draft,
      hash: contentHash(draft),
      sourceHash: rawHashes.get(item.source) ?? null,
      authorRefs: refs(draft.authors),
      categoryRefs: refs(draft.categoryPath),
    });
  }
  return { candidates, invalid, parsed };
};
