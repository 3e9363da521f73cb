import { useCallback, useState } from 'react';

import { IMPORT_CHUNK_SIZE } from '../constants';
import type {
  ArticleReport,
  ArticleStatus,
  ImportFile,
  ImportReport,
  ImportRequestBody,
} from '../../../shared/contracts';
import { runInChunks, type BatchOutcome } from '../utils/chunks';

export type BatchState =
  | { state: 'idle' }
  | { state: 'running'; done: number; total: number }
  | { state: 'finished'; outcome: BatchOutcome };

interface RunArgs {
  files: ImportFile[];
  status: ArticleStatus;
  /** The server's per-request limit, when known. */
  maxBytes: number | null;
  /** Articles left out before sending (reported as failed). */
  skipped?: ArticleReport[];
  /** Adopt hand-made articles; edited articles to overwrite. */
  choices?: Pick<ImportRequestBody, 'adopt' | 'overwrite'>;
}

/** Runs one batch (preview or import) in chunks and tracks its progress. */
export const useBatch = (send: (body: ImportRequestBody) => Promise<ImportReport>) => {
  const [batch, setBatch] = useState<BatchState>({ state: 'idle' });

  const run = useCallback(
    async ({ files, status, maxBytes, skipped = [], choices }: RunArgs) => {
      setBatch({ state: 'running', done: 0, total: files.length });
      const outcome = await runInChunks(files, {
        status,
        send,
        maxBytes,
        choices,
        chunkSize: IMPORT_CHUNK_SIZE,
        onProgress: (done, total) => setBatch({ state: 'running', done, total }),
      });
      const result: BatchOutcome = skipped.length > 0 ? { ...outcome, skipped } : outcome;
      setBatch({ state: 'finished', outcome: result });
      return result;
    },
    [send]
  );

  const reset = useCallback(() => setBatch({ state: 'idle' }), []);
  return { batch, run, reset };
};
