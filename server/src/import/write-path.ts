import type { Core } from '@strapi/strapi';

import { UID } from '../../../shared/contracts';

/**
 * Which way the engine writes new articles, authors and categories: `bulk` (bulk.ts: a few
 * multi-row statements a chunk, through Strapi's query layer and knex) or `documents` (the
 * Document Service, one entry at a time, with every middleware and lifecycle it runs).
 *
 * The bulk path writes what the Document Service writes (tests/integration/import-bulk-
 * differential.test.ts proves it row for row) but it does not run the Document Service's
 * middlewares, nor the database's per-row `beforeCreate` / `afterCreate` lifecycles. So the
 * engine takes it only when nothing would run there besides what the bulk path does itself.
 * It switches to the Document Service when any of these holds at import time:
 *
 * - the author content type is localized (i18n): the bulk path writes articles and categories
 *   in their locale (the newsroom's schema localizes both; a new document has no other locale to
 *   sync), but authors are written without one;
 * - Strapi's `features.future.experimental_firstPublishedAt` is on;
 * - a Document Service middleware was registered (`strapi.documents.use`) after newsroom's
 *   register phase, other than the two core ones known to do nothing to these writes (i18n's,
 *   which acts on localized content types only, and upload's, which signs media URLs of
 *   private providers in results). Content history, review workflows and content releases
 *   (Strapi's EE features), AI localizations, and any other plugin's or the app's middleware
 *   count — whatever they do;
 * - a database lifecycle subscriber (`strapi.db.lifecycles.subscribe`) registered after
 *   newsroom's register phase listens to a create (`beforeCreate`, `afterCreate`,
 *   `beforeCreateMany`, `afterCreateMany`) of these content types (a function subscriber
 *   listens to all);
 * - one of these content types declares create lifecycles of its own (`lifecycles` in its
 *   definition, as an app's extension may add).
 *
 * Middlewares and subscribers are seen from newsroom's `register` on (`observeWriteHooks`):
 * those a plugin registers in its own `register` *before* newsroom's are not (Strapi keeps the
 * list private). Updates always go through the Document Service.
 */
export interface WritePath {
  bulk: boolean;
  /** Why the Document Service is used; empty when the bulk path is. */
  reasons: string[];
}

export const WRITE_UIDS: readonly string[] = [UID.article, UID.author, UID.category];

const CREATE_LIFECYCLES = ['beforeCreate', 'afterCreate', 'beforeCreateMany', 'afterCreateMany'];

/**
 * Core middlewares known to leave a non-localized create as it is, matched by the file that
 * registers them: the compiled file or, when source maps are on, the TypeScript source.
 */
const HARMLESS_MIDDLEWARES: { file: RegExp; what: string }[] = [
  {
    file: /[\\/]@strapi[\\/]i18n[\\/](dist[\\/])?server[\\/](src[\\/])?bootstrap\.(m?js|ts):/,
    what: 'i18n',
  },
  {
    file: /[\\/]@strapi[\\/]upload[\\/](dist[\\/])?server[\\/](src[\\/])?services[\\/]extensions[\\/]index\.(m?js|ts):/,
    what: 'upload URL signing',
  },
];

interface Registered {
  kind: 'middleware' | 'subscriber';
  /** Where it was registered from: the caller's stack frame. */
  origin: string;
  relevant: boolean;
}

type Subscriber = Parameters<Core.Strapi['db']['lifecycles']['subscribe']>[0];

const registry = new WeakMap<Core.Strapi, Set<Registered>>();

/**
 * The caller that registered a hook: the frame below the wrapper `observeWriteHooks` puts in
 * place of `strapi.documents.use` / `strapi.db.lifecycles.subscribe`.
 */
const originOf = (stack: string | undefined): string => {
  const caller = (stack ?? '').split('\n')[2];
  return (caller ?? 'unknown caller').trim().replace(/^at /, '');
};

/** Whether a database subscriber reacts to creates of the newsroom's content types. */
export const listensToCreates = (subscriber: Subscriber): boolean => {
  if (typeof subscriber === 'function') return true;
  const models = (subscriber as { models?: string[] }).models;
  if (models && !models.some((uid) => WRITE_UIDS.includes(uid))) return false;
  return CREATE_LIFECYCLES.some((action) => action in subscriber);
};

/**
 * Watches the Document Service middlewares and database subscribers registered from now on
 * (newsroom's register phase), so that `writePathOf` knows whether any would run on the
 * writes the bulk path does. Unregistering one (the function `use` / `subscribe` return)
 * forgets it.
 */
export const observeWriteHooks = (strapi: Core.Strapi) => {
  if (registry.has(strapi)) return;
  const seen = new Set<Registered>();
  registry.set(strapi, seen);

  // Typed as returning the service; at run time `use` returns the function that unregisters.
  const documents = strapi.documents as unknown as { use: (middleware: unknown) => unknown };
  const use = documents.use;
  documents.use = (middleware: unknown) => {
    const origin = originOf(new Error().stack);
    const entry: Registered = {
      kind: 'middleware',
      origin,
      relevant: !HARMLESS_MIDDLEWARES.some(({ file }) => file.test(origin)),
    };
    seen.add(entry);
    const remove = use(middleware);
    return typeof remove === 'function'
      ? () => {
          seen.delete(entry);
          return (remove as () => unknown)();
        }
      : remove;
  };

  const lifecycles = strapi.db.lifecycles;
  const subscribe = lifecycles.subscribe.bind(lifecycles);
  lifecycles.subscribe = (subscriber: Subscriber) => {
    const entry: Registered = {
      kind: 'subscriber',
      origin: originOf(new Error().stack),
      relevant: listensToCreates(subscriber),
    };
    seen.add(entry);
    const remove = subscribe(subscriber);
    return () => {
      seen.delete(entry);
      return remove();
    };
  };
};

const isLocalized = (strapi: Core.Strapi, uid: string) => {
  const contentType = strapi.contentType(uid as Parameters<Core.Strapi['contentType']>[0]) as {
    pluginOptions?: { i18n?: { localized?: boolean } };
  };
  return contentType?.pluginOptions?.i18n?.localized === true;
};

const ownCreateLifecycles = (strapi: Core.Strapi, uid: string) => {
  const model = strapi.getModel(uid as Parameters<Core.Strapi['getModel']>[0]) as {
    lifecycles?: Record<string, unknown>;
  };
  return CREATE_LIFECYCLES.filter((action) => typeof model?.lifecycles?.[action] === 'function');
};

/** The write path an import takes now, and why (see above). */
export const writePathOf = (strapi: Core.Strapi): WritePath => {
  const reasons: string[] = [];
  for (const uid of WRITE_UIDS) {
    if (uid === UID.author && isLocalized(strapi, uid)) reasons.push(`${uid} is localized (i18n)`);
    const own = ownCreateLifecycles(strapi, uid);
    if (own.length > 0) reasons.push(`${uid} declares lifecycles ${own.join(', ')}`);
  }
  if (strapi.config.get<boolean>('features.future.experimental_firstPublishedAt', false) === true) {
    reasons.push('features.future.experimental_firstPublishedAt is on');
  }
  const seen = registry.get(strapi);
  if (!seen) {
    reasons.push('the Document Service middlewares were not observed (observeWriteHooks)');
  } else {
    for (const hook of seen) {
      if (!hook.relevant) continue;
      reasons.push(
        hook.kind === 'middleware'
          ? `a Document Service middleware is registered (${hook.origin})`
          : `a database lifecycle subscriber listens to creates (${hook.origin})`
      );
    }
  }
  return { bulk: reasons.length === 0, reasons };
};
