/** The plugin's id and the uids of its content types (one home, for the admin and the server). */
export const PLUGIN_ID = 'newsroom';

export const UID = {
  article: 'plugin::newsroom.article',
  author: 'plugin::newsroom.author',
  category: 'plugin::newsroom.category',
  importLog: 'plugin::newsroom.import-log',
  lock: 'plugin::newsroom.lock',
} as const;

/** The content types the content API serves (the others are internal to the plugin). */
export const PUBLIC_UIDS = [UID.article, UID.author, UID.category] as const;
export type PublicUID = (typeof PUBLIC_UIDS)[number];
