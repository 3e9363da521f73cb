/**
 * Request/response contracts shared by the admin and the server: one namespace per route, the
 * statuses, actions, limits, accepted extensions and uids. Types and constants only (no Strapi,
 * no Node, no React): both bundles import this folder, and nothing else of each other.
 */
export * from './article';
export * from './article-errors';
export * from './blocks';
export * from './errors';
export * from './export';
export * from './extensions';
export * from './guards';
export * from './import';
export * as LIMITS from './limits';
export * from './limits';
export * from './permissions';
export * from './plugin';
export * from './routes';
export * from './settings';
export * from './body-shape';
export * from './site';
export * from './warnings';
