import { useCallback, useRef, useState } from 'react';

import { IMPORT_CHUNK_SIZE } from '../constants';
import type {
  ArticleReport,
  ArticleStatus,
  ImportFile,
  ImportReport,
  ImportRequestBody,
} from '../../../shared/contracts';
import {
  refusedArticles,
  runInChunks,
  type BatchOutcome,
  type ImportRequest,
} from '../utils/chunks';
import type { ImportPicture } from '../utils/pictures';
import { recordBatchHistory } from '../utils/unsent';
import { useT } from '../utils/useT';

export type BatchState =
  | { state: 'idle' }
  | {
      state: 'running';
      /** Files sent so far, of `total`. */
      done: number;
      total: number;
      /** Articles done so far, of `articlesTotal` (the plan's count; else the file count). */
      articles: number;
      articlesTotal: number;
      /** Cancel was asked: the batch stops after the request under way. */
      cancelling: boolean;
    }
  | { state: 'finished'; outcome: BatchOutcome };

interface RunArgs {
  files: ImportFile[];
  /** Pictures chosen with the files (each request carries those its articles name). */
  pictures?: readonly ImportPicture[];
  status: ArticleStatus;
  /** The server's per-request limit, when known. */
  maxBytes: number | null;
  /** Articles left out before sending (reported as failed). */
  skipped?: ArticleReport[];
  /** Adopt hand-made articles; edited articles to overwrite. */
  choices?: Pick<ImportRequestBody, 'adopt' | 'overwrite' | 'locale'>;
  /** How many articles the files hold, when a preview said so. */
  articlesTotal?: number;
  /** An import: its batch id (the skipped articles are sent with it, for the history). */
  batchId?: string;
}

/**
 * Runs one batch (preview or import) in chunks and tracks its progress. A new run supersedes
 * the one under way (its later requests are not sent and its result is dropped); `cancel` stops
 * a run between two requests.
 */
export const useBatch = (send: (body: ImportRequest) => Promise<ImportReport>) => {
  const [batch, setBatch] = useState<BatchState>({ state: 'idle' });
  const t = useT();
  const sameFile = useCallback(
    (file: string) =>
      t(
        'import.refusedSameFile',
        'Not sent: another article of {file} does not parse. Fix it and import the file again.',
        { file }
      ),
    [t]
  );

  const current = useRef<AbortController | null>(null);

  const run = useCallback(
    async ({
      files,
      pictures,
      status,
      maxBytes,
      skipped = [],
      choices,
      articlesTotal,
      batchId,
    }: RunArgs) => {
      current.current?.abort();
      const controller = new AbortController();
      current.current = controller;
      const expected = articlesTotal ?? files.length;
      const progress = (done: number, articles: number) =>
        setBatch({
          state: 'running',
          done,
          total: files.length,
          articles,
          articlesTotal: Math.max(expected, articles),
          cancelling: controller.signal.aborted,
        });
      progress(0, 0);
      const refused = batchId !== undefined ? refusedArticles(skipped, sameFile) : [];
      const outcome = await runInChunks(files, {
        status,
        send,
        maxBytes,
        choices,
        pictures,
        signal: controller.signal,
        ...(batchId !== undefined ? { batch: { id: batchId, refused } } : {}),
        chunkSize: IMPORT_CHUNK_SIZE,
        onProgress: (done, _total, articles) => {
          if (current.current === controller) progress(done, articles);
        },
      });
      let result: BatchOutcome = skipped.length > 0 ? { ...outcome, skipped } : outcome;
      if (batchId !== undefined) {
        // The files the server has no outcome for go into the batch's history too — and the
        // refused ones, when no request succeeded to carry them.
        const history = await recordBatchHistory(
          send,
          { id: batchId, status },
          outcome,
          files,
          refused
        );
        if (history) result = { ...result, history };
      }
      // Superseded by a newer run: that one's result is what counts.
      if (current.current !== controller) return null;
      current.current = null;
      setBatch({ state: 'finished', outcome: result });
      return result;
    },
    [send, sameFile]
  );

  const cancel = useCallback(() => {
    current.current?.abort();
    setBatch((state) => (state.state === 'running' ? { ...state, cancelling: true } : state));
  }, []);

  const reset = useCallback(() => {
    current.current?.abort();
    current.current = null;
    setBatch({ state: 'idle' });
  }, []);
  return { batch, run, reset, cancel };
};
