const ALLOWED_PROTOCOLS = new Set(['http:', 'https:', 'ftp:', 'mailto:', 'tel:']);

/** The link URLs Strapi's blocks validator accepts: http(s), ftp, mailto, tel, or a "/path". */
export function isAllowedLinkUrl(url: string): boolean {
  if (url.startsWith('/')) return true;
  try {
    return ALLOWED_PROTOCOLS.has(new URL(url).protocol);
  } catch {
    return false;
  }
}
