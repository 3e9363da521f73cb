/** Limits shared by the parser, the content model and the admin UI. */
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
export const DEFAULT_WORDS_PER_MINUTE = 200;
export const MAX_TITLE_LENGTH = 255;
export const MAX_DESCRIPTION_LENGTH = 300;
export const MAX_SLUG_LENGTH = 200;
/** Deepest list nesting accepted in a JSON blocks body. */
export const MAX_LIST_DEPTH = 10;
