import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import type {
  ArticleStatus,
  ImportReport,
  RequestErrorDetails,
  RequestErrorParams,
} from '../../../shared/contracts';
import { createCandidateReader, type ParseSettings, type ParsingOptions } from './candidates';
import {
  claimPlanned,
  decideArticle,
  PLANNED,
  storedSourceName,
  type DecideContext,
} from './decide';
import { ArticleFailure, describeFailure } from './errors';
import { createEventQueue, sendingLimitFor } from './event-queue';
import { takeImportLock } from './lock';
import { failedOutcome, outcomeOf } from './outcome';
import { batchMemory } from './memory';
import { createPacer } from './pause';
import { createStatisticsKeeper, type StatisticsKeeper } from './statistics';
import { createReportBuilder, toArticleReport } from './report';
import { withRetry } from './retry';
import { importLocales, UnknownLocaleError, type ImportLocales } from './locale';
import { emptyState, loadState } from './state';
import type {
  ArticleOutcome,
  BatchState,
  Candidate,
  Decision,
  FailedOutcome,
  ImportInput,
  ImportOptions,
  ImportUser,
  InputStream,
  StreamOptions,
} from './types';
import { findUnchangedSources } from './unchanged-sources';
import { emitEntryEvents, writeArticle, type EntryEvent, type WriteDecision } from './write';
import { writePathOf } from './write-path';
import { writeCreates, type BulkCreate } from './bulk';
import { createImageStore, hasCoverFile, hasPendingUpload, type ImageStore } from './images';
import { withLookahead } from './lookahead';
import { isBetterSqlite } from './sqlite-insert';
import { spreadQueriesOverTurns, type ClientLike } from './connection-turns';
import { sharedParsePool } from './parse-pool';
import type { NewsroomConfig } from '../config';

/**
 * Articles written in one transaction. 100 rather than 25: a third fewer statements and commits
 * (bench: 16 % faster first import on SQLite at 2,000 articles); the pauses inside a chunk keep
 * the event loop turning (pause.ts), and on SQLite a chunk holds the one connection ~0.1 s.
 */
const DEFAULT_CHUNK = 100;

/** An import of at least this many inputs starts its parse workers as it starts. */
const WARM_POOL_INPUTS = 100;

type ReportBuilder = ReturnType<typeof createReportBuilder>;

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

/** An outcome of an article the chunk wrote. */
const isWritten = (outcome: ArticleOutcome) =>
  outcome.action === 'created' || outcome.action === 'updated';

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
  // The story now has this locale: a later article linked to it in this locale is a conflict.
  const linked = state.links.get(candidate.linkKey);
  if (linked === undefined || linked.startsWith(PLANNED)) {
    state.links.set(candidate.linkKey, written.documentId);
  }
};

/**
 * A window's candidates in the order they are decided and written, in groups of one locale
 * (the state — slugs, source keys, categories — is a locale's own): first the articles that
 * translate no other (their link key is their own source key), then the translations
 * (`translationOf`), so that the article a translation names is written before it; within
 * that, locale after locale in order of appearance, input order within a locale.
 */
export const localeGroups = (candidates: readonly Candidate[]): Candidate[][] => {
  const groups = new Map<string, Candidate[]>();
  for (const phase of [true, false]) {
    for (const candidate of candidates) {
      if ((candidate.linkKey === candidate.key) !== phase) continue;
      const id = `${phase ? 0 : 1}\u0000${candidate.locale}`;
      const group = groups.get(id);
      if (group) group.push(candidate);
      else groups.set(id, [candidate]);
    }
  }
  return [...groups.values()];
};

/**
 * The import engine: one pipeline. Parse → candidates (with source keys) → read the database →
 * decide each article (decide/) → write what is to be written → one typed outcome per article →
 * one report (report.ts). `plan` stops before writing; `apply` writes chunk by chunk, each chunk
 * in one transaction under the import lock, deciding again under the lock; a failing article
 * rolls back alone (see applyChunk).
 */
export const createImportEngine = (strapi: Core.Strapi, settings: EngineSettings) => {
  // Large windows are parsed in worker threads (parse-pool.ts), one pool for the process.
  const parsing: ParsingOptions = {
    pool: sharedParsePool(
      strapi.config.get<NewsroomConfig['parseWorkers']>('plugin::newsroom.parseWorkers', 'auto')
    ),
    warn: (message) => strapi.log.warn(`[newsroom] ${message}`),
  };
  const contextOf = (options: ImportOptions): DecideContext => ({
    status: options.status ?? settings.defaultStatus,
    adopt: options.adopt ?? false,
    overwrite: overwriteOf(options.overwriteEdited) ?? (() => false),
    rights: options.rights ?? null,
  });

  /**
   * The plan, a window of inputs at a time. One state carries over the windows: what the
   * database held for the articles seen so far, and what earlier articles claimed (slugs, the
   * articles they update), so that a window decides as if the whole import were one.
   */
  const runPlan = async (
    stream: InputStream,
    options: StreamOptions,
    context: DecideContext,
    locales: ImportLocales,
    report: ReportBuilder,
    images: ImageStore,
    collect: () => void
  ): Promise<void> => {
    const pace = createPacer(options.pauseSliceMs);
    const reader = createCandidateReader(settings, locales, pace, parsing);
    const states = new Map<string, BatchState>();
    // New documents planned so far, by link key: a later translation plans to add to them.
    const planned = new Map<string, { locale: string; marker: string }>();
    for await (const { current: inputs, ahead } of withLookahead(stream.windows)) {
      // The next window is parsed in the pool while this one is planned.
      ahead(reader.prefetch);
      const { candidates, invalid } = await reader.read(inputs);
      // Read and hashed, looked up in the Media Library; a plan uploads nothing.
      await images.prepare(candidates, (candidate) => candidate.origin ?? { path: candidate.file });
      const outcomes: ArticleOutcome[] = [];
      for (const group of localeGroups(candidates)) {
        const { locale } = group[0];
        const state = states.get(locale) ?? emptyState();
        states.set(locale, state);
        mergeState(state, await loadState(strapi, group, locale, pace, state.bySlug));
        for (const [key, plan] of planned) {
          if (plan.locale !== locale && !state.links.has(key)) state.links.set(key, plan.marker);
        }
        for (const candidate of group) {
          await pace();
          const decision = decideArticle(candidate, state, context);
          claimPlanned(state, candidate, decision);
          if (
            decision.action === 'create' &&
            decision.translationOf === undefined &&
            !planned.has(candidate.linkKey)
          ) {
            planned.set(candidate.linkKey, { locale, marker: `${PLANNED}${candidate.key}` });
          }
          outcomes.push(outcomeOf(candidate, decision, 'plan'));
        }
      }
      report.add(inputs, [...outcomes, ...invalid]);
      collect();
    }
  };

  /**
   * The import, a window of inputs at a time: the unchanged-source fast path, parse, one batched
   * read of what the window's articles are in the database, then the chunks (see applyChunk).
   * Nothing of a window is kept once its outcomes are in the report: memory is bounded by the
   * window, not the import.
   */
  const runWrite = async (
    stream: InputStream,
    options: StreamOptions,
    context: DecideContext,
    locales: ImportLocales,
    report: ReportBuilder,
    images: ImageStore,
    statistics: StatisticsKeeper,
    collect: () => void
  ): Promise<void> => {
    const user = options.user ?? null;
    const chunkSize = Math.max(1, options.chunkSize ?? DEFAULT_CHUNK);
    // Gives the event loop back every few milliseconds: between files, queries and articles,
    // inside a chunk's transaction too (see pause.ts for why that is safe).
    const pace = createPacer(options.pauseSliceMs);
    const reader = createCandidateReader(settings, locales, pace, parsing);
    // Entry events of committed chunks, sent while the next chunks are written (a few at most).
    const eventQueue = createEventQueue(
      (queued: EntryEvent[]) => emitEntryEvents(strapi, queued, pace),
      sendingLimitFor(isBetterSqlite(strapi.db.connection))
    );

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
            const state = await loadState(strapi, chunk, chunk[0].locale, pace);
            const events: EntryEvent[] = [];
            // A new article's outcome is given once it is written (its place kept until then).
            const out: (ArticleOutcome | null)[] = [];
            // New articles wait here, their slugs claimed, to be written together (bulk.ts);
            // they are written before any other write, so that rows and link orders come out
            // in input order, as one at a time.
            const bulk = writePathOf(strapi).bulk;
            let pending: (BulkCreate & { index: number; slot: number })[] = [];
            const flush = async () => {
              if (pending.length === 0) return;
              const batch = pending;
              pending = [];
              let written;
              try {
                written = await writeCreates(
                  strapi,
                  trx,
                  batch,
                  state,
                  context.status,
                  events,
                  user,
                  pace
                );
              } catch (error) {
                throw new ArticleFailure(batch[0].index, error);
              }
              batch.forEach(({ candidate, decision, slot }, k) => {
                recordWritten(state, candidate, decision, written[k], context.status, user);
                out[slot] = outcomeOf(candidate, decision, 'apply', written[k].documentId);
              });
            };
            for (const [index, candidate] of chunk.entries()) {
              await pace();
              try {
                const decision = decideArticle(candidate, state, context);
                if (!isWrite(decision)) {
                  out.push(outcomeOf(candidate, decision, 'apply'));
                  continue;
                }
                // The bulk write does not link media: an article with a cover takes the
                // Document Service; nor does it add a locale to a document (a translation).
                if (
                  bulk &&
                  decision.action === 'create' &&
                  !decision.translationOf &&
                  !hasCoverFile(candidate)
                ) {
                  claimPlanned(state, candidate, decision);
                  pending.push({ candidate, decision, index, slot: out.length });
                  out.push(null);
                  continue;
                }
                await flush();
                const written = await writeArticle(
                  strapi,
                  candidate,
                  decision,
                  state,
                  context.status,
                  user
                );
                recordWritten(state, candidate, decision, written, context.status, user);
                out.push(outcomeOf(candidate, decision, 'apply', written.documentId));
              } catch (error) {
                throw error instanceof ArticleFailure ? error : new ArticleFailure(index, error);
              }
            }
            await flush();
            const outcomes = out.filter((outcome) => outcome !== null);
            if (outcomes.length !== chunk.length) {
              throw new Error(
                `${chunk.length - outcomes.length} articles of the chunk were not written.`
              );
            }
            return { out: outcomes, events };
          })
        );
        // Committed: now webhooks and other listeners may hear of the new entries.
        await eventQueue.push(events);
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
            warningDetails: draft.warningDetails,
          }),
        ];
      }
    };

    // Progress counts articles. The total is what is known so far: the articles of the windows
    // read, plus one per input not read yet (a JSON array holds more; the total grows then).
    let done = 0;
    let inputsRead = 0;
    for await (const { current: inputs, ahead } of withLookahead(stream.windows)) {
      inputsRead += inputs.length;
      const unchangedSources = await findUnchangedSources(
        strapi,
        inputs,
        context.status,
        overwriteOf(options.overwriteEdited),
        locales.fallback,
        pace,
        stream.repeatedHashes
      );
      // While this window is written, the pool parses the next — unless this one was mostly
      // unchanged (a re-import): the next one likely is too, and needs no parsing.
      if (unchangedSources.size * 2 < inputs.length) ahead(reader.prefetch);
      for (const { outcome, key } of unchangedSources.values()) {
        if (key) reader.claim(key, locales.fallback, outcome.source);
      }
      const { candidates, invalid } = await reader.read(
        inputs.filter((_, index) => !unchangedSources.has(index))
      );
      // Pictures read, hashed (their hashes join the content hash) and looked up in the Media
      // Library before anything is decided.
      await images.prepare(candidates, (candidate) => candidate.origin ?? { path: candidate.file });
      // Refused as a whole only when nothing in it can be imported (see ImportOptions).
      if (
        stream.single &&
        options.rejectInvalid &&
        invalid.length > 0 &&
        candidates.length === 0 &&
        unchangedSources.size === 0
      ) {
        throw refusal(invalid);
      }

      const outcomes = [...unchangedSources.values()].map(({ outcome }) => outcome);
      const skipped = unchangedSources.size;
      const total = () =>
        done + skipped + candidates.length + Math.max(0, (stream.total ?? 0) - inputsRead);
      if (skipped > 0) options.onProgress?.(done + skipped, total(), outcomes.map(toArticleReport));

      let finished = 0;
      const chunkDone = async (chunk: Candidate[], written: ArticleOutcome[], wrote: boolean) => {
        outcomes.push(...written);
        finished += chunk.length;
        options.onProgress?.(done + skipped + finished, total(), written.map(toArticleReport));
        collect();
        if (wrote) await statistics.written(chunk.length);
      };
      for (const group of localeGroups(candidates)) {
        // A locale's articles that make one chunk, with no picture to upload first (a window of
        // `newsroom seed`): straight to the chunk's transaction, whose read under the lock
        // decides them. A read before it would read the same rows again, only to find out
        // whether there is anything to write.
        if (group.length <= chunkSize && !group.some(hasPendingUpload)) {
          await pace();
          const written = await applyChunk(group);
          await chunkDone(group, written, written.some(isWritten));
          continue;
        }
        // One batched read per locale of a window: chunks with nothing to write skip the
        // transaction and the lock (a re-import of unchanged input costs a few queries in all).
        const before = await loadState(strapi, group, group[0].locale, pace);
        for (let i = 0; i < group.length; i += chunkSize) {
          await pace();
          const chunk = group.slice(i, i + chunkSize);
          const decisions: Decision[] = [];
          for (const candidate of chunk) {
            await pace();
            decisions.push(decideArticle(candidate, before, context));
          }
          // Nothing to write (unchanged, or edited and left alone): no transaction, no lock.
          // Anything else is decided again under the lock, where earlier chunks' writes are seen.
          const idle = decisions.every((d) => d.action === 'unchanged' || d.action === 'conflict');
          // Pictures are uploaded before the chunk's transaction, which a rollback would not undo
          // (the next import links them by hash instead of uploading them again).
          if (!idle) await images.upload(chunk.filter((_, k) => isWrite(decisions[k])));
          const written = idle
            ? chunk.map((candidate, k) => outcomeOf(candidate, decisions[k], 'apply'))
            : await applyChunk(chunk);
          await chunkDone(chunk, written, !idle);
        }
      }
      done += skipped + candidates.length;
      const failedInvalid = invalid.map(({ draft: _draft, ...outcome }): ArticleOutcome => ({
        ...outcome,
        action: 'failed',
      }));
      report.add(inputs, [...outcomes, ...failedInvalid]);
    }
    await eventQueue.drain();
  };

  /** The app's locales and the import's fallback; an unknown `locale` option is a 400. */
  const localesOf = async (options: ImportOptions): Promise<ImportLocales> => {
    try {
      return await importLocales(strapi, options.locale);
    } catch (error) {
      if (error instanceof UnknownLocaleError) {
        throw new errors.ValidationError(error.message, {
          key: 'locale',
          code: 'UNKNOWN_LOCALE',
          params: { locale: error.locale, locales: error.codes.join(', ') },
        } satisfies RequestErrorDetails<'UNKNOWN_LOCALE'>);
      }
      throw error;
    }
  };

  /** One run: timed from its start, its outcomes reported by one report builder. */
  const run = async (stream: InputStream, options: StreamOptions): Promise<ImportReport> => {
    const started = Date.now();
    const context = contextOf(options);
    const dryRun = options.dryRun ?? false;
    const report = createReportBuilder({
      dryRun,
      status: context.status,
      started,
      maxLines: options.maxReportLines,
      onArticle: options.onArticle,
    });
    const images = createImageStore(strapi, {
      uploads: options.images,
      canUpload: options.canUpload,
      limits: options.imageLimits,
      user: options.user ?? null,
    });
    const locales = await localesOf(options);
    // The lookups use the indexes only once PostgreSQL or InnoDB has statistics of about the
    // tables' size (statistics.ts): checked at the start of every run, kept up as a write grows
    // the tables.
    // A large import: the parse workers start while the run gets ready.
    if ((stream.total ?? 0) >= WARM_POOL_INPUTS) parsing.pool?.warm();
    const statistics = createStatisticsKeeper(strapi);
    await statistics.check();
    // The CLI's memory policy (`collectEveryMs`; never in the server), for the whole run.
    const memory = batchMemory(options.collectEveryMs);
    try {
      if (dryRun) await runPlan(stream, options, context, locales, report, images, memory.collect);
      else {
        // On SQLite, the queries that take the one connection meanwhile — the import's and the
        // requests' — run in turns of the event loop of about 40 ms (connection-turns.ts).
        const spread = isBetterSqlite(strapi.db.connection)
          ? spreadQueriesOverTurns(strapi.db.connection.client as unknown as ClientLike)
          : null;
        try {
          await runWrite(
            stream,
            options,
            context,
            locales,
            report,
            images,
            statistics,
            memory.collect
          );
        } finally {
          spread?.();
        }
      }
    } finally {
      memory.stop();
    }
    const finished = report.finish();
    const uploaded = images.stats();
    if (uploaded.files > 0) finished.images = uploaded;
    return finished;
  };

  /** Parses and compares with the database; writes nothing. */
  const plan = (inputs: ImportInput[], options: ImportOptions = {}): Promise<ImportReport> =>
    run(wholeBatch(inputs), { ...options, dryRun: true });

  /** Writes the import, or plans it only when `dryRun` is set. */
  const apply = (inputs: ImportInput[], options: ImportOptions = {}): Promise<ImportReport> =>
    run(wholeBatch(inputs), options);

  /**
   * The import of a stream of inputs, a window at a time (`newsroom seed`): memory is bounded
   * by a window and by `maxReportLines`, whatever the size of the import. The same decisions,
   * transactions (one per chunk) and outcomes as `apply`.
   */
  const applyStream = (stream: InputStream, options: StreamOptions = {}): Promise<ImportReport> =>
    run({ ...stream, single: false }, options);

  return { plan, apply, applyStream };
};

/** An array of inputs as a stream of one window (all at once, as the admin sends them). */
const wholeBatch = (inputs: ImportInput[]): InputStream => ({
  windows: [inputs],
  total: inputs.length,
  single: true,
});

/** Adds what a window read from the database to the plan's state, keeping what was claimed. */
const mergeState = (into: BatchState, from: BatchState) => {
  const keep = <K, V>(target: Map<K, V>, source: Map<K, V>) => {
    for (const [key, value] of source) if (!target.has(key)) target.set(key, value);
  };
  keep(into.articles, from.articles);
  keep(into.byKey, from.byKey);
  keep(into.bySlug, from.bySlug);
  keep(into.authors, from.authors);
  keep(into.categories, from.categories);
  keep(into.links, from.links);
  keep(into.categoryDocuments, from.categoryDocuments);
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
      code: 'NOTHING_TO_IMPORT',
      params: {
        count: invalid.length,
        source: first.source,
        line: firstError?.line ?? null,
        message: firstError?.message ?? '',
        ...(firstError?.code ? { code: firstError.code } : {}),
        ...(firstError?.params ? { params: { ...firstError.params } } : {}),
      } satisfies RequestErrorParams['NOTHING_TO_IMPORT'],
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
