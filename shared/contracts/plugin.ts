/** The plugin's id and the uids of its content types (one home, for the admin and the server). */
export const PLUGIN_ID = 'newsroom';

export const UID = {
  article: 'plugin::newsroom.article',
  author: 'plugin::newsroom.author',
  category: 'plugin::newsroom.category',
  importLog: 'plugin::newsroom.import-log',
  lock: 'plugin::newsroom.lock',
  image: 'plugin::newsroom.image',
} as const;

/** The content types the content API serves (the others are internal to the plugin). */
export const PUBLIC_UIDS = [UID.article, UID.author, UID.category] as const;
export type PublicUID = (typeof PUBLIC_UIDS)[number];

/**
 * The tags custom field (`plugin::newsroom.tags`): a JSON array of strings, edited as chips. The
 * article's `tags` attribute uses it; its stored value is the plain JSON array.
 */
export const TAGS_FIELD = { name: 'tags', uid: `plugin::${PLUGIN_ID}.tags`, type: 'json' } as const;
