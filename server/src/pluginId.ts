export const PLUGIN_ID = 'newsroom';

export const UID = {
  article: 'plugin::newsroom.article',
  author: 'plugin::newsroom.author',
  category: 'plugin::newsroom.category',
  importLog: 'plugin::newsroom.import-log',
  lock: 'plugin::newsroom.lock',
} as const;
