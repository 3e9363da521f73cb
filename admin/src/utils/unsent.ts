import { toRequestFailure, type RequestFailure } from '../api/errors';
import type {
  ArticleStatus,
  ImportFile,
  ImportReport,
  ImportRequestBody,
  RefusedArticle,
  UnsentFile,
  UnsentReason,
} from '../../../shared/contracts';

import { utf8Length } from './format';

/** Most files one record-only request carries (the server's per-import file limit). */
export const MAX_RECORDED_FILES = 1000;

/**
 * Why a failed request's files have no outcome: the server's error (`request-failed`, its status),
 * a gateway's 504 (`timeout`: the server may still have imported them), or no answer at all
 * (`network`: nor can anyone tell whether the server got the request — an aborted request, an
 * answer that is not the server's either).
 */
export const unsentReasonOf = (
  failure: RequestFailure
): { reason: UnsentReason; status: number | null } => {
  if (failure.kind === 'http' && failure.status !== null) {
    if (failure.status === 504) return { reason: 'timeout', status: 504 };
    if (failure.status >= 400 && failure.status <= 599) {
      return { reason: 'request-failed', status: failure.status };
    }
  }
  return { reason: 'network', status: null };
};

/**
 * The files of an import the server has no outcome for — those of a request that failed as a
 * whole, and those never sent because the import was cancelled — with their size and why, as
 * the history records them (no content).
 */
export const unsentFilesOf = (
  outcome: {
    failures: readonly { files: readonly string[]; failure: RequestFailure }[];
    cancelled?: readonly string[];
  },
  files: readonly ImportFile[]
): UnsentFile[] => {
  const bytes = new Map(files.map((file) => [file.name, utf8Length(file.content)]));
  const size = (name: string) => bytes.get(name) ?? 0;
  return [
    ...outcome.failures.flatMap(({ files: names, failure }) => {
      const why = unsentReasonOf(failure);
      return names.map((file) => ({ file, bytes: size(file), ...why }));
    }),
    ...(outcome.cancelled ?? []).map((file) => ({
      file,
      bytes: size(file),
      reason: 'cancelled' as const,
      status: null,
    })),
  ];
};

/** What recording a batch's unsent files in its history came to. */
export interface HistoryRecord {
  /** Files recorded (refused and unsent). */
  recorded: number;
  /** The files the history may lack: those of the record requests that failed. */
  missing: string[];
  /** The first record request's failure, when one failed. */
  failure: RequestFailure | null;
}

/**
 * Records in the batch's history, with record-only requests (no article content), the files the
 * server has no outcome for, and the refused articles when no request carried them (they go
 * with the first request that succeeds: `carried`). Never throws: a failed record is said in the
 * result, so the report can say the history may be incomplete.
 */
export const recordUnsent = async (
  send: (body: ImportRequestBody) => Promise<ImportReport>,
  batch: { id: string; status: ArticleStatus },
  unsent: readonly UnsentFile[],
  refused: readonly RefusedArticle[]
): Promise<HistoryRecord> => {
  const result: HistoryRecord = { recorded: 0, missing: [], failure: null };
  const items: ({ refused: RefusedArticle } | { unsent: UnsentFile })[] = [
    ...refused.map((article) => ({ refused: article })),
    ...unsent.map((file) => ({ unsent: file })),
  ];
  for (let i = 0; i < items.length; i += MAX_RECORDED_FILES) {
    const part = items.slice(i, i + MAX_RECORDED_FILES);
    // The status: the entry's, when every request of the import failed (no entry yet).
    const body: ImportRequestBody = { files: [], status: batch.status, batch: batch.id };
    const partRefused = part.flatMap((item) => ('refused' in item ? [item.refused] : []));
    const partUnsent = part.flatMap((item) => ('unsent' in item ? [item.unsent] : []));
    if (partRefused.length > 0) body.refused = partRefused;
    if (partUnsent.length > 0) body.unsent = partUnsent;
    try {
      await send(body);
      result.recorded += part.length;
    } catch (error) {
      result.failure ??= toRequestFailure(error);
      result.missing.push(
        ...partRefused.map((article) => article.file),
        ...partUnsent.map((file) => file.file)
      );
    }
  }
  result.missing = [...new Set(result.missing)];
  return result;
};

/**
 * After an import's requests: records in its history the files the server has no outcome for,
 * and the refused articles when no request succeeded to carry them (they go with the first one
 * that succeeds). Null when there was nothing to record.
 */
export const recordBatchHistory = async (
  send: (body: ImportRequestBody) => Promise<ImportReport>,
  batch: { id: string; status: ArticleStatus },
  outcome: {
    report: ImportReport | null;
    failures: readonly { files: readonly string[]; failure: RequestFailure }[];
    cancelled?: readonly string[];
  },
  files: readonly ImportFile[],
  refused: readonly RefusedArticle[]
): Promise<HistoryRecord | null> => {
  const unsent = unsentFilesOf(outcome, files);
  const uncarried = outcome.report === null ? refused : [];
  if (unsent.length + uncarried.length === 0) return null;
  return recordUnsent(send, batch, unsent, uncarried);
};
