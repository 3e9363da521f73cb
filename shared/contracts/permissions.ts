import { PUBLIC_UIDS, UID } from './plugin';

/** RBAC action ids (admin permissions). */
export const PERMISSIONS = {
  import: 'plugin::newsroom.import',
  settingsRead: 'plugin::newsroom.settings.read',
  settingsUpdate: 'plugin::newsroom.settings.update',
  export: 'plugin::newsroom.export',
} as const;

/**
 * Draft rights: a Users & Permissions role or a custom API token holding this action may ask
 * for `status=draft` (and call `GET /api/newsroom/articles/drafts`). Full-access tokens always
 * may. Its name does not end in "find"/"findOne" on purpose: Strapi lets read-only tokens call
 * any action named so, and read-only tokens must not read drafts.
 */
export const DRAFT_ACTION = `${UID.article}.readDrafts`;

/** Feeds (RSS, Atom, JSON Feed) and sitemaps: published articles only. */
export const FEED_ACTIONS: readonly string[] = [
  'plugin::newsroom.feed.find',
  'plugin::newsroom.sitemap.find',
];

/** What `publicRead` grants to the Public role. The by-slug route is the article's `findOne`. */
export const PUBLIC_READ_ACTIONS: readonly string[] = [
  ...PUBLIC_UIDS.flatMap((uid) => [`${uid}.find`, `${uid}.findOne`]),
  ...FEED_ACTIONS,
];
