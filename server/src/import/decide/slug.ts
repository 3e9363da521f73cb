/**
 * The slug an article gets. Its wanted slug when nobody else holds it; when it already has a
 * slug that is the wanted one or a numbered variant of it (`daily-weather-2`), it keeps that
 * one (a re-import never renumbers); otherwise the first free `wanted-N`, N ≥ 2.
 * `holderOf` answers who holds a slug (a documentId, or a marker for an article planned earlier
 * in the same import); `self` is the article's own documentId (null for a new article).
 */
export const allocateSlug = (
  wanted: string,
  self: string | null,
  holderOf: (slug: string) => string | undefined,
  current: string | null = null
): string => {
  const mine = (slug: string) => self !== null && holderOf(slug) === self;
  if (current !== null && mine(current) && isVariantOf(current, wanted)) return current;
  const free = (slug: string) => {
    const holder = holderOf(slug);
    return holder === undefined || (self !== null && holder === self);
  };
  if (free(wanted)) return wanted;
  for (let n = 2; ; n += 1) {
    const candidate = `${wanted}-${n}`;
    if (free(candidate)) return candidate;
  }
};

/** `slug` is `wanted` itself or `wanted-N` (N ≥ 2). */
export const isVariantOf = (slug: string, wanted: string): boolean => {
  if (slug === wanted) return true;
  if (!slug.startsWith(`${wanted}-`)) return false;
  const n = slug.slice(wanted.length + 1);
  return /^[1-9]\d*$/.test(n) && Number(n) >= 2;
};
