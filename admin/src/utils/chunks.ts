import { toRequestFailure, type RequestFailure } from '../api/errors';
import type {
  ArticleOrigin,
  ArticleReport,
  ArticleStatus,
  ImportFile,
  ImportReport,
  ImportRequestBody,
  RefusedArticle,
} from '../../../shared/contracts';

import { utf8Length } from './format';
import { chunkWithPictures, type ImportPicture } from './pictures';
import type { HistoryRecord } from './unsent';

/** A request that failed as a whole: none of its files were imported (or previewed). */
export interface ChunkFailure {
  files: string[];
  failure: RequestFailure;
}

/** What a batch (one request per chunk) came to. */
export interface BatchOutcome {
  /** The reports of the chunks that succeeded, merged; null when none did. */
  report: ImportReport | null;
  failures: ChunkFailure[];
  totalFiles: number;
  /** Articles the preview found invalid: their files were not sent (action `failed`). */
  skipped?: ArticleReport[];
  /** Files not sent because the user cancelled the batch between two requests. */
  cancelled?: string[];
  /**
   * An import: the record, in its history, of the files the server has no outcome for (failed
   * requests, cancelled files); absent when there were none.
   */
  history?: HistoryRecord;
}

/**
 * At most `size` files per chunk and, when `maxBytes` is known, at most that many bytes of
 * content (the server's limit is per request); a file alone over the limit gets its own chunk
 * and the server says why it is refused.
 */
export const chunkFiles = (
  files: readonly ImportFile[],
  size: number,
  maxBytes: number | null = null
): ImportFile[][] => {
  const result: ImportFile[][] = [];
  let current: ImportFile[] = [];
  let bytes = 0;
  for (const file of files) {
    const length = maxBytes === null ? 0 : utf8Length(file.content);
    const full =
      current.length >= size ||
      (maxBytes !== null && current.length > 0 && bytes + length > maxBytes);
    if (full) {
      result.push(current);
      current = [];
      bytes = 0;
    }
    current.push(file);
    bytes += length;
  }
  if (current.length > 0) result.push(current);
  return result;
};

const sum = <T extends object>(a: T, b: T): T => {
  const result = { ...a };
  for (const key of Object.keys(a) as (keyof T)[]) {
    const x = a[key];
    const y = b[key];
    if (typeof x === 'number' && typeof y === 'number') result[key] = (x + y) as T[keyof T];
  }
  return result;
};

export const mergeReports = (a: ImportReport | null, b: ImportReport): ImportReport => {
  if (!a) return b;
  return {
    dryRun: a.dryRun && b.dryRun,
    status: b.status,
    totals: sum(a.totals, b.totals),
    authors: sum(a.authors, b.authors),
    categories: sum(a.categories, b.categories),
    articles: [...a.articles, ...b.articles],
    durationMs: a.durationMs + b.durationMs,
  };
};

/** Stop sending after these: every later chunk would be refused the same way. */
const isFatal = (failure: RequestFailure) =>
  failure.kind === 'aborted' || failure.status === 401 || failure.status === 403;

/** A request of a batch: the JSON body, and the pictures its articles name (multipart). */
export type ImportRequest = ImportRequestBody & { images?: ImportPicture[] };

export interface RunOptions {
  status: ArticleStatus;
  send: (body: ImportRequest) => Promise<ImportReport>;
  /** After each request: files sent so far, of all, and the articles those came to. */
  onProgress?: (doneFiles: number, totalFiles: number, doneArticles: number) => void;
  /** Cancels between two requests: the files not sent yet are reported as `cancelled`. */
  signal?: AbortSignal;
  chunkSize: number;
  maxBytes?: number | null;
  /** Pictures chosen with the files: each request carries those its articles name. */
  pictures?: readonly ImportPicture[];
  /** The user's choices, sent with every chunk (adopt, articles to overwrite, locale). */
  choices?: Pick<ImportRequestBody, 'adopt' | 'overwrite' | 'locale'>;
  /**
   * An import: its batch id, sent with every chunk (the history keeps one entry for them all),
   * and the articles refused before sending, sent once — with the first chunk that succeeds.
   */
  batch?: { id: string; refused: readonly RefusedArticle[] };
}

/**
 * Sends the files in chunks, one request at a time, and collects what each request did.
 * A failed request is recorded with its files and the server's message; it is never counted
 * as imported.
 */
export const runInChunks = async (
  files: readonly ImportFile[],
  {
    status,
    send,
    onProgress,
    chunkSize,
    maxBytes = null,
    choices = {},
    signal,
    batch,
    pictures = [],
  }: RunOptions
): Promise<BatchOutcome> => {
  let refused = batch?.refused ?? [];
  const requests =
    pictures.length > 0
      ? chunkWithPictures(files, pictures, chunkSize, maxBytes)
      : chunkFiles(files, chunkSize, maxBytes).map((part) => ({ files: part, pictures: [] }));
  const chunks = requests.map((request) => request.files);
  let report: ImportReport | null = null;
  const failures: ChunkFailure[] = [];
  let done = 0;
  let articles = 0;
  onProgress?.(0, files.length, 0);

  for (let i = 0; i < chunks.length; i += 1) {
    const part = chunks[i];
    if (signal?.aborted) {
      const cancelled = chunks.slice(i).flat();
      return {
        report,
        failures,
        totalFiles: files.length,
        cancelled: cancelled.map((f) => f.name),
      };
    }
    try {
      const body: ImportRequest = { files: part, status, ...choices };
      if (requests[i].pictures.length > 0) body.images = requests[i].pictures;
      if (batch) body.batch = batch.id;
      if (refused.length > 0) body.refused = [...refused];
      const answer = await send(body);
      report = mergeReports(report, answer);
      articles += answer.articles.length;
      refused = [];
    } catch (error) {
      const failure = toRequestFailure(error);
      if (isFatal(failure)) {
        const rest = chunks.slice(i).flat();
        failures.push({ files: rest.map((f) => f.name), failure });
        break;
      }
      failures.push({ files: part.map((f) => f.name), failure });
      articles += part.length;
    }
    done += part.length;
    onProgress?.(done, files.length, articles);
  }
  return { report, failures, totalFiles: files.length };
};

/**
 * The preview's articles left out of an import, as the history records them: the invalid ones
 * with their error, the other articles of their files with the reason they were left out.
 */
export const refusedArticles = (
  skipped: readonly ArticleReport[],
  sameFile: (file: string) => string
): RefusedArticle[] =>
  skipped.map((article) => ({
    file: article.file,
    index: article.index,
    title: article.title ?? article.draft?.title ?? null,
    error: article.error ?? { message: sameFile(article.file), line: null },
  }));

/** A random batch id (a UUID v4; crypto.randomUUID needs a secure context, the admin may not be). */
export const newBatchId = (): string => {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
};

/** Articles that failed: in the report, skipped as invalid, and the files of failed requests. */
export const failedCount = (outcome: BatchOutcome): number =>
  (outcome.report?.totals.failed ?? 0) +
  (outcome.skipped?.length ?? 0) +
  outcome.failures.reduce((n, failure) => n + failure.files.length, 0);

/** The file an article report came from (a report stored without `file`: its `source`). */
export const fileOf = (article: Pick<ArticleReport, 'source'> & Partial<ArticleOrigin>): string =>
  article.file ?? article.source;

/**
 * Splits the files by the preview: the server refuses a whole request when one article in it
 * is invalid, so files with an invalid article are left out, and all their articles are
 * reported as failed (the invalid ones with their error).
 */
export const splitByPreview = (files: readonly ImportFile[], preview: ImportReport | null) => {
  const articles = preview?.articles ?? [];
  const invalidFiles = new Set(
    articles.filter((article) => article.action === 'invalid').map(fileOf)
  );
  return {
    importable: files.filter((file) => !invalidFiles.has(file.name)),
    skipped: articles
      .filter((article) => invalidFiles.has(fileOf(article)))
      .map((article) => ({ ...article, action: 'failed' as const, documentId: null })),
    skippedFiles: [...invalidFiles],
  };
};

/** File name → the title the preview found in it (files holding one article only). */
export const titlesByFile = (
  files: readonly ImportFile[],
  preview: ImportReport | null
): Map<string, string> => {
  const found = new Map<string, string[]>();
  for (const article of preview?.articles ?? []) {
    const title = article.title ?? article.draft?.title;
    if (!title) continue;
    const file = fileOf(article);
    found.set(file, [...(found.get(file) ?? []), title]);
  }
  return new Map(
    [...found].filter(([, titles]) => titles.length === 1).map(([file, [title]]) => [file, title])
  );
};
