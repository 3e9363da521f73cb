/**
 * How many levels a walk of the stored category tree goes at most: deeper than any real site
 * map, and a stop for a corrupt parent cycle. (What an import may *create* is bounded lower, by
 * the parser's MAX_CATEGORY_DEPTH.)
 */
export const MAX_CATEGORY_WALK = 32;
