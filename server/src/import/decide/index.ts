/**
 * The import's pure decisions (no Strapi, no database): which article a source is, the slug it
 * gets, whether an editor changed it since its last import, and which Content Manager right a
 * write needs. The engine reads the database, asks these, and writes.
 */
export * from './article';
export * from './conflict';
export * from './identity';
export * from './permissions';
export * from './slug';
export * from './diff';
