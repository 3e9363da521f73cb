import type {
  ArticleReport,
  ArticleSource,
  ArticleWarning,
  CoverPreview,
  ArticleStatus,
  ImportError,
  ImportOrigin,
  ImportReport,
  LastEdit,
  FieldChange,
  RefusedArticle,
  RelatedEntityPlan,
  UnsentFile,
} from '../../../shared/contracts';
import type { ArticleDraft } from '../parsing';
import type { CandidateImages, ImageLimits, InputFolder, UploadedImage } from './image-types';
import type { ArticleField, DraftPrints, FieldValues } from './decide/conflict';
import type { NamedRef } from './decide/diff';
import type { Right } from './decide/permissions';

/** One input file (or pasted text) for the engine. */
export interface ImportInput {
  /** The name the report shows (and the article's source name). */
  name: string;
  content: string | Uint8Array;
  /**
   * The path relative to the import root (the folder given to the CLI), for the source key;
   * defaults to `name`.
   */
  path?: string;
  /** Where the file is on disk: its pictures' relative paths are read from there (images.ts). */
  folder?: InputFolder;
}

export interface ImportUser {
  id: number;
  name: string;
  email: string | null;
}

/**
 * The importing admin's Content Manager rights. `article` is the existing article a right is
 * asked for (update, publish), so that conditions such as "is creator" apply; `locale` the
 * article's locale, for the locale conditions of i18n (a role allowed `en` only).
 */
export type RightsProbe = (
  right: Right,
  article: ExistingArticle | null,
  locale?: string
) => boolean;

export interface ImportOptions {
  /** Defaults to the plugin's `defaultStatus` setting. */
  status?: ArticleStatus;
  /** Plan only: parse and compare, write nothing. */
  dryRun?: boolean;
  /** Recorded in the import history. */
  origin?: ImportOrigin;
  /**
   * The admin's import batch (one import sent in several requests): the history keeps one entry
   * per batch and user, with every request's articles. The engine itself ignores it.
   */
  batch?: string;
  /** Articles of the batch the admin refused before sending: the history lists them as failed. */
  refused?: readonly RefusedArticle[];
  /**
   * Files of the batch whose request failed or was not sent: the history lists them as failed,
   * or of unknown outcome (see UnsentFile); an outcome of the server's own for a file wins.
   */
  unsent?: readonly UnsentFile[];
  /** The admin who imports: createdBy / updatedBy, and the history. */
  user?: ImportUser | null;
  /** The admin's Content Manager rights; absent (CLI, bootstrap seed): no checks. */
  rights?: RightsProbe | null;
  /** Take over a hand-made article (no source key) that holds the slug, instead of a free slug. */
  adopt?: boolean;
  /**
   * Replace articles edited in the Content Manager since their last import: `true` for all,
   * or the documentIds the user chose; otherwise such articles are a `conflict` and left alone.
   */
  overwriteEdited?: boolean | readonly string[];
  /**
   * The locale of articles that do not name one (`locale` in front matter / JSON, an HTML
   * page's `lang`): `--locale` / the admin's locale picker. Defaults to the app's default locale.
   */
  locale?: string;
  /** Articles written per transaction (default 25). */
  chunkSize?: number;
  /**
   * The longest stretch, in milliseconds, the import keeps the event loop before giving it back
   * (default PAUSE_SLICE_MS, 10; see pause.ts). 0 gives it back at every pause point: what the
   * tests use to show that timers run during an import, whatever the machine's speed.
   */
  pauseSliceMs?: number;
  /**
   * Refuse the whole import (ValidationError, 400, nothing written) when no input parses.
   * Otherwise — and always when off, as for the CLI — the files that do not parse are reported
   * as `failed` with their error and the others are imported.
   */
  rejectInvalid?: boolean;
  /** Pictures sent with the articles (the admin's upload): relative paths are matched to them. */
  images?: readonly UploadedImage[];
  /**
   * Whether the importing admin may upload to the Media Library (`plugin::upload.assets.create`);
   * default yes (the CLI). Without it a picture not in the Media Library yet is skipped, with a
   * warning (one already there is linked).
   */
  canUpload?: boolean;
  /** The pictures' size and download time limits (default IMAGE_LIMITS). */
  imageLimits?: Partial<ImageLimits>;
  /** Called after each chunk with the articles done so far. */
  onProgress?: (done: number, total: number, latest: ArticleReport[]) => void;
}

/**
 * The inputs of an import as a stream (`newsroom seed`): read and imported a window at a time,
 * in order, so that memory is bounded by a window and not by the import.
 */
export interface InputStream {
  windows: AsyncIterable<ImportInput[]> | Iterable<ImportInput[]>;
  /** How many inputs in all, when known (for progress). */
  total?: number;
  /**
   * Source hashes (hash.ts) of inputs whose bytes occur more than once in the whole import: the
   * unchanged-source fast path leaves them to the full path, which reports the duplicates.
   * Within a window they are found without it.
   */
  repeatedHashes?: ReadonlySet<string>;
  /** One window holding the whole import (`apply`): `rejectInvalid` applies. */
  single?: boolean;
}

export interface StreamOptions extends ImportOptions {
  /** Article lines the report keeps (default all); the rest are counted in `articlesOmitted`. */
  maxReportLines?: number;
  /** Sees every article line, in input order, as soon as its window is done. */
  onArticle?: (line: ArticleReport) => void;
  /**
   * The memory policy of a process that serves nobody else (memory.ts batchMemory): V8's heap
   * growing factor tightened for the run, and a backstop full collection between chunks at most
   * this often (milliseconds). `newsroom seed` sets it; a server never should (it changes the
   * whole process's collector, and a forced collection holds every request). Default: never.
   */
  collectEveryMs?: number;
}

export interface ExistingArticle {
  documentId: string;
  /** The draft's slug. */
  slug: string;
  sourceKey: string | null;
  sourceName: string | null;
  /** Written by the importer (it has a content hash); false for an article made by hand. */
  imported: boolean;
  draftHash: string | null;
  /** Hash of the published version; undefined when there is no published version. */
  publishedHash: string | null | undefined;
  /** The per-field hashes of what the last import wrote (see decide/conflict). */
  fingerprint: unknown;
  /** The draft's content now. */
  current: FieldValues;
  /**
   * What a plan shows of the draft besides `current`: its authors and category by name, and its
   * last edit. Absent for an article this import wrote (the plan never shows those).
   */
  shown?: { authors: NamedRef[]; category: NamedRef | null; lastEdit: LastEdit };
  createdById: number | null;
}

export interface ExistingEntity {
  id: number;
  documentId: string;
  name: string;
  /** Categories only: the parent's documentId. */
  parentDocumentId?: string | null;
}

/** What the database holds for a batch (and, while planning, what earlier articles claimed). */
export interface BatchState {
  /** By documentId. */
  articles: Map<string, ExistingArticle>;
  /** Stored source key → documentId. */
  byKey: Map<string, string>;
  /** Slug (of any version) → documentId, or a `planned:` marker for an article planned earlier. */
  bySlug: Map<string, string>;
  authors: Map<string, ExistingEntity>;
  /** Categories of the batch's locale, by slug. */
  categories: Map<string, ExistingEntity>;
  /**
   * Translations: link key (a source key) → documentId of the article that has it (in any
   * locale), or a `planned:` marker for one planned earlier in this import (see decide/identity).
   * When `articles` holds that document, it has the batch's locale already: a new article linked
   * to it is a conflict (decide/article).
   */
  links: Map<string, string>;
  /** Categories by slug in other locales (documentId): a new one becomes their translation. */
  categoryDocuments: Map<string, string>;
}

/** What the import derives from a draft's own values, when a parse worker computed it. */
export interface DraftDerived {
  /** The prints of the draft's own fields (decide/conflict.ts draftPrints), its body's among them. */
  fields: DraftPrints;
  /** The body as the JSON text a JSON field stores (JSON.stringify). */
  bodyJson: string;
  /** The tag index the article's tags give (derived-fields.ts tagIndexOfTags). */
  tagIndex: string | null;
}

export interface EntityRef {
  name: string;
  slug: string;
}

/** A parsed article ready to be compared and written. */
export interface Candidate extends ArticleSource {
  draft: ArticleDraft;
  hash: string;
  /** What a parse worker derived from the draft (parse-pool.ts); absent when parsed here. */
  derived?: DraftDerived;
  /** Hash of the whole input file, for a file that holds this one article (else null). */
  sourceHash: string | null;
  /** The source key, as stored (see decide/identity). */
  key: string;
  authorRefs: EntityRef[];
  /** The category path, root first. */
  categoryRefs: EntityRef[];
  /** The input's path (its pictures' relative paths start there) and folder on disk. */
  origin?: { path: string; folder?: InputFolder };
  /** Its pictures, once read (images.ts); absent when it has none. */
  images?: CandidateImages;
  /** The article's locale (one of the app's i18n locales). */
  locale: string;
  /**
   * The key that links translations of one story: the source key of the article it translates
   * (`translationOf`), else its own source key (a `sourceId` shared by its translations).
   */
  linkKey: string;
}

interface DecisionBase {
  authors: RelatedEntityPlan[];
  category: RelatedEntityPlan[];
  /** The categories to find or create, root first (see decide). */
  categoryRefs: EntityRef[];
  /** What the engine adds to the parser's warnings: their English text… */
  warnings: string[];
  /** …and the same with their codes and values (see shared/contracts/warnings). */
  warningDetails: ArticleWarning[];
}

/** What importing one article does: the one decision plan and apply both act on. */
export type Decision = DecisionBase &
  (
    | {
        action: 'create';
        slug: string;
        existing: null;
        /** The document this article adds a locale to (a translation); absent: a new document. */
        translationOf?: string;
      }
    | { action: 'update'; slug: string; existing: ExistingArticle }
    | { action: 'unchanged'; existing: ExistingArticle }
    | {
        action: 'conflict';
        existing: ExistingArticle;
        changedFields: ArticleField[];
        /** The slug an overwrite would give it. */
        slug: string;
        /**
         * A translation whose locale the story (`existing`'s document) already has, from another
         * source or made by hand: nothing is written, whatever the overwrite choice.
         */
        translationTaken?: 'OTHER_SOURCE' | 'HAND_MADE';
      }
    | { action: 'forbidden'; existing: ExistingArticle | null; missing: Right }
  );

interface OutcomeBase extends ArticleSource {
  slug: string | null;
  title: string | null;
  documentId: string | null;
  warnings: string[];
  /** `warnings` with their codes and values; none for an article the engine never read. */
  warningDetails?: ArticleWarning[];
  authors: RelatedEntityPlan[];
  category: RelatedEntityPlan[];
  draft?: ArticleDraft;
  /** Plans of an existing article: whether it has a published version. */
  published?: boolean;
  /** Plans of an existing article: its last edit. */
  lastEdit?: LastEdit;
  /** Plans of an update or a conflict: what the import changes. */
  changes?: FieldChange[];
  /** Plans of an article with a cover: where its picture is. */
  cover?: CoverPreview;
  /** The article's locale; absent for an input the engine did not read. */
  locale?: string;
  /** A created translation: the document it adds its locale to (`planned`: one planned before). */
  translationOf?: string;
}

/**
 * What became of one article — the engine's one typed result, whatever the path (plan, apply,
 * the unchanged-source fast path, a failure). `report.ts` turns a list of them into the report.
 */
export type ArticleOutcome = OutcomeBase &
  (
    | { action: 'create' | 'update' | 'created' | 'updated' | 'unchanged' }
    | { action: 'conflict'; changedFields: ArticleField[]; error?: ImportError }
    | { action: 'forbidden'; missingPermission: string; error: ImportError }
    | { action: 'invalid' | 'failed'; error: ImportError }
  );

/** An article that could not be parsed or written. */
export type FailedOutcome = Extract<ArticleOutcome, { action: 'invalid' | 'failed' }>;

export type { ArticleReport, ImportReport };
