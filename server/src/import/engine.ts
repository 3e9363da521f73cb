import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import type { ArticleStatus, ImportReport } from '../../../shared/contracts';
import { toCandidates, type ParseSettings } from './candidates';
import { claimPlanned, decideArticle, storedSourceName, type DecideContext } from './decide';
import { ArticleFailure, describeFailure } from './errors';
import { takeImportLock } from './lock';
import { failedOutcome, outcomeOf } from './outcome';
import { createPacer } from './pause';
import { buildReport, toArticleReport } from './report';
import { withRetry } from './retry';
import { loadState } from './state';
import type {
  ArticleOutcome,
  BatchState,
  Candidate,
  Decision,
  FailedOutcome,
  ImportInput,
  ImportOptions,
  ImportUser,
} from './types';
import { findUnchangedSources } from './unchanged-sources';
import { emitEntryEvents, writeArticle, type EntryEvent, type WriteDecision } from './write';

const DEFAULT_CHUNK = 25;

export interface EngineSettings extends ParseSettings {
  defaultStatus: ArticleStatus;
}

/** Which edited articles the user chose to overwrite; null for none at all. */
const overwriteOf = (choice: ImportOptions['overwriteEdited']) => {
  if (choice === true) return () => true;
  if (!choice || choice.length === 0) return null;
  const chosen = new Set(choice);
  return (documentId: string) => chosen.has(documentId);
};

const isWrite = (decision: Decision): decision is WriteDecision =>
  decision.action === 'create' || decision.action === 'update';

/** What the state holds once an article is written: later articles of the batch see it. */
const recordWritten = (
  state: BatchState,
  candidate: Candidate,
  decision: WriteDecision,
  written: Awaited<ReturnType<typeof writeArticle>>,
  status: ArticleStatus,
  user: ImportUser | null
) => {
  const previous = decision.existing;
  state.articles.set(written.documentId, {
    documentId: written.documentId,
    slug: decision.slug,
    sourceKey: candidate.key,
    sourceName: storedSourceName(candidate.source),
    imported: true,
    draftHash: candidate.hash,
    publishedHash: status === 'published' ? candidate.hash : previous?.publishedHash,
    fingerprint: written.fingerprint,
    current: written.values,
    createdById: previous ? previous.createdById : (user?.id ?? null),
  });
  state.byKey.set(candidate.key, written.documentId);
  state.bySlug.set(decision.slug, written.documentId);
};

/**
 * The import engine: one pipeline. Parse → candidates (with source keys) → read the database →
 * decide each article (decide/) → write what is to be written → one typed outcome per article →
 * one report (report.ts). `plan` stops before writing; `apply` writes chunk by chunk, each chunk
 * in one transaction under the import lock, deciding again under the lock; a failing article
 * rolls back alone (see applyChunk).
 */
export const createImportEngine = (strapi: Core.Strapi, settings: EngineSettings) => {
  const contextOf = (options: ImportOptions): DecideContext => ({
    status: options.status ?? settings.defaultStatus,
    adopt: options.adopt ?? false,
    overwrite: overwriteOf(options.overwriteEdited) ?? (() => false),
    rights: options.rights ?? null,
  });

  /** A run of the engine: timed from its start, its outcomes reported in one report. */
  const reportedRun =
    (
      dryRun: boolean,
      run: (
        inputs: ImportInput[],
        options: ImportOptions,
        context: DecideContext
      ) => Promise<ArticleOutcome[]>
    ) =>
    async (inputs: ImportInput[], options: ImportOptions = {}): Promise<ImportReport> => {
      const started = Date.now();
      const context = contextOf(options);
      const outcomes = await run(inputs, options, context);
      return buildReport({ dryRun, status: context.status, inputs, outcomes, started });
    };

  const plan = reportedRun(true, async (inputs, _options, context) => {
    const pace = createPacer();
    const { candidates, invalid } = await toCandidates(inputs, settings, pace);
    const state = await loadState(strapi, candidates, pace);
    const outcomes: ArticleOutcome[] = [];
    for (const candidate of candidates) {
      await pace();
      const decision = decideArticle(candidate, state, context);
      claimPlanned(state, candidate, decision);
      outcomes.push(outcomeOf(candidate, decision, 'plan'));
    }
    return [...outcomes, ...invalid];
  });

  const write = reportedRun(false, async (inputs, options, context) => {
    const user = options.user ?? null;
    const chunkSize = Math.max(1, options.chunkSize ?? DEFAULT_CHUNK);
    // Gives the event loop back every few milliseconds: between files, queries and articles,
    // inside a chunk's transaction too (see pause.ts for why that is safe).
    const pace = createPacer();
    const unchangedSources = await findUnchangedSources(
      strapi,
      inputs,
      context.status,
      overwriteOf(options.overwriteEdited),
      pace
    );
    const { candidates, invalid } = await toCandidates(
      inputs.filter((_, index) => !unchangedSources.has(index)),
      settings,
      pace
    );
    // Refused as a whole only when nothing in it can be imported (see ImportOptions).
    if (
      options.rejectInvalid &&
      invalid.length > 0 &&
      candidates.length === 0 &&
      unchangedSources.size === 0
    ) {
      throw refusal(invalid);
    }

    const outcomes: ArticleOutcome[] = [...unchangedSources.values()];
    // One batched read up front: chunks with nothing to write skip the transaction and the lock
    // (a re-import of unchanged input costs a few queries in all).
    const before = await loadState(strapi, candidates, pace);
    // Entry events of committed chunks, sent while the next chunks are written.
    const sent: Promise<void>[] = [];
    // Progress counts every article: those found unchanged by their source hash are done already.
    const skipped = unchangedSources.size;
    const total = skipped + candidates.length;
    if (skipped > 0) options.onProgress?.(skipped, total, outcomes.map(toArticleReport));

    /**
     * Writes a chunk in one transaction under the import lock (retried while the database is
     * busy). When an article fails, the whole chunk rolls back — with the events Strapi queued
     * for it — and its articles are written again one transaction each, so that only the failing
     * one fails.
     */
    const applyChunk = async (chunk: Candidate[]): Promise<ArticleOutcome[]> => {
      try {
        const { out, events } = await withRetry(() =>
          strapi.db.transaction(async ({ trx }) => {
            await takeImportLock(strapi, trx);
            // Read under the lock: what another writer committed before is seen here, and the
            // decisions are made again on it. Within the chunk, this state is the cache of
            // authors, categories and slugs.
            const state = await loadState(strapi, chunk, pace);
            const events: EntryEvent[] = [];
            const out: ArticleOutcome[] = [];
            for (const [index, candidate] of chunk.entries()) {
              await pace();
              try {
                const decision = decideArticle(candidate, state, context);
                if (!isWrite(decision)) {
                  out.push(outcomeOf(candidate, decision, 'apply'));
                  continue;
                }
                const written = await writeArticle(
                  strapi,
                  candidate,
                  decision,
                  state,
                  context.status,
                  events,
                  user
                );
                recordWritten(state, candidate, decision, written, context.status, user);
                out.push(outcomeOf(candidate, decision, 'apply', written.documentId));
              } catch (error) {
                throw new ArticleFailure(index, error);
              }
            }
            return { out, events };
          })
        );
        // Committed: now webhooks and other listeners may hear of the new entries.
        sent.push(emitEntryEvents(strapi, events, pace));
        return out;
      } catch (error) {
        if (chunk.length > 1) {
          const out: ArticleOutcome[] = [];
          for (const candidate of chunk) out.push(...(await applyChunk([candidate])));
          return out;
        }
        const failure = describeFailure(error);
        if (failure.code !== 'INVALID_ARTICLE') {
          strapi.log.error(`[newsroom] import of ${chunk[0].source} failed`, { error });
        }
        const { draft } = chunk[0];
        return [
          failedOutcome(chunk[0], 'failed', failure, {
            slug: draft.slug,
            title: draft.title,
            warnings: draft.warnings,
          }),
        ];
      }
    };

    for (let i = 0; i < candidates.length; i += chunkSize) {
      await pace();
      const chunk = candidates.slice(i, i + chunkSize);
      const decisions = chunk.map((candidate) => decideArticle(candidate, before, context));
      // Nothing to write (unchanged, or edited and left alone): no transaction, no lock. Anything
      // else is decided again under the lock, where earlier chunks' writes are seen.
      const idle = decisions.every((d) => d.action === 'unchanged' || d.action === 'conflict');
      const done = idle
        ? chunk.map((candidate, k) => outcomeOf(candidate, decisions[k], 'apply'))
        : await applyChunk(chunk);
      outcomes.push(...done);
      options.onProgress?.(
        skipped + Math.min(i + chunkSize, candidates.length),
        total,
        done.map(toArticleReport)
      );
    }
    await Promise.all(sent);
    const failedInvalid = invalid.map(({ draft: _draft, ...outcome }): ArticleOutcome => ({
      ...outcome,
      action: 'failed',
    }));
    return [...outcomes, ...failedInvalid];
  });

  /** Writes the import, or plans it only when `dryRun` is set. */
  const apply = (inputs: ImportInput[], options: ImportOptions = {}): Promise<ImportReport> =>
    options.dryRun ? plan(inputs, options) : write(inputs, options);

  return { plan, apply };
};

/** The 400 of an import that refuses input that does not parse (the admin's import). */
const refusal = (invalid: FailedOutcome[]) => {
  const errorOf = (o: FailedOutcome) => o.error;
  const first = invalid[0];
  const firstError = errorOf(first);
  return new errors.ValidationError(
    `None of the ${invalid.length} articles can be imported, so nothing was imported. ` +
      `First problem: ${first.source}${firstError?.line ? ` line ${firstError.line}` : ''}: ${firstError?.message}`,
    {
      errors: invalid.map((o) => ({
        source: o.source,
        code: errorOf(o)?.code ?? null,
        message: errorOf(o)?.message ?? '',
        line: errorOf(o)?.line ?? null,
        column: errorOf(o)?.column ?? null,
      })),
    }
  );
};
