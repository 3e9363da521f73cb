import type {
  ArticleReport,
  ArticleStatus,
  ImportOrigin,
  ImportReport,
  RelatedEntityPlan,
} from '../contracts';
import type { ArticleDraft } from '../parsing';

/** One input file (or pasted text) for the engine. */
export interface ImportInput {
  name: string;
  content: string | Uint8Array;
}

export interface ImportUser {
  id: number;
  name: string;
  email: string | null;
}

export interface ImportOptions {
  /** Defaults to the plugin's `defaultStatus` setting. */
  status?: ArticleStatus;
  /** Plan only: parse and compare, write nothing. */
  dryRun?: boolean;
  /** Recorded in the import history. */
  origin?: ImportOrigin;
  user?: ImportUser | null;
  /** Articles written per transaction (default 25). */
  chunkSize?: number;
  /**
   * Refuse the whole import (ValidationError, 400, nothing written) when no input parses.
   * Otherwise — and always when off, as for the CLI — the files that do not parse are reported
   * as `failed` with their error and the others are imported.
   */
  rejectInvalid?: boolean;
  /** Called after each chunk with the articles done so far. */
  onProgress?: (done: number, total: number, latest: ArticleReport[]) => void;
}

export interface ExistingArticle {
  documentId: string;
  draftHash: string | null;
  /** Hash of the published version; undefined when there is no published version. */
  publishedHash: string | null | undefined;
}

export interface ExistingEntity {
  id: number;
  documentId: string;
  name: string;
  /** Categories only: the parent's documentId. */
  parentDocumentId?: string | null;
}

/** What the database holds for the slugs of a batch. */
export interface BatchState {
  articles: Map<string, ExistingArticle>;
  authors: Map<string, ExistingEntity>;
  categories: Map<string, ExistingEntity>;
}

export interface EntityRef {
  name: string;
  slug: string;
}

/** A parsed article ready to be compared and written. */
export interface Candidate {
  source: string;
  draft: ArticleDraft;
  hash: string;
  /** Hash of the whole input file, for a file that holds this one article (else null). */
  sourceHash: string | null;
  authorRefs: EntityRef[];
  /** The category path, root first. */
  categoryRefs: EntityRef[];
}

export interface Decision {
  action: 'create' | 'update' | 'unchanged';
  existing: ExistingArticle | undefined;
  authors: RelatedEntityPlan[];
  category: RelatedEntityPlan[];
  /** The categories to find or create, root first (see decide). */
  categoryRefs: EntityRef[];
  /** What the engine adds to the parser's warnings. */
  warnings: string[];
}

export type { ArticleReport, ImportReport };
