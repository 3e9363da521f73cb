import type { ArticleReport } from '../../../shared/contracts';

/** What an article of a plan does in its locale, for the preview's words. */
export type LocalePlan =
  /** Its own document: a new one, or the one it updates. */
  | { kind: 'own'; locale: string }
  /** Adds its locale to an article that exists (`documentId`). */
  | { kind: 'translation'; locale: string; documentId: string }
  /** Adds its locale to an article this same import creates first. */
  | { kind: 'planned'; locale: string };

/**
 * The article's locale and whether it adds a translation to another article, from the plan's
 * `locale` and `translationOf` (`planned`: the document this import creates first). Null when the
 * plan names no locale (a file that could not be read, a report stored before locales).
 */
export const localePlan = (
  article: Pick<ArticleReport, 'locale' | 'translationOf'>
): LocalePlan | null => {
  const { locale, translationOf } = article;
  if (!locale) return null;
  if (translationOf === 'planned') return { kind: 'planned', locale };
  if (translationOf) return { kind: 'translation', locale, documentId: translationOf };
  return { kind: 'own', locale };
};
