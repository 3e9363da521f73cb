import crypto from 'node:crypto';

import type { Context } from 'koa';

/**
 * Sends a feed or sitemap with validators: a strong ETag (hash of the bytes) and Last-Modified
 * (the newest article's date). A reader that revalidates with If-None-Match or
 * If-Modified-Since gets 304 and no body while nothing changed.
 */
export const sendCacheable = (
  ctx: Context,
  body: string,
  contentType: string,
  lastModified: Date | null
): void => {
  ctx.set('Content-Type', contentType);
  ctx.set('Cache-Control', 'public, max-age=300');
  const etag = `"${crypto.createHash('sha256').update(body).digest('base64url')}"`;
  ctx.set('ETag', etag);
  if (lastModified) ctx.set('Last-Modified', lastModified.toUTCString());
  if (notModified(ctx, etag, lastModified)) {
    ctx.status = 304;
    return;
  }
  ctx.status = 200;
  ctx.body = body;
};

/**
 * RFC 9110 §13.2.2, as an origin server evaluates it: If-None-Match when present (weak
 * comparison), else If-Modified-Since. Koa's `ctx.fresh` is a cache's rule instead: it ignores
 * both when the request says `Cache-Control: no-cache`, as fetch() does on every conditional
 * request.
 */
const notModified = (ctx: Context, etag: string, lastModified: Date | null): boolean => {
  const noneMatch = ctx.get('If-None-Match');
  if (noneMatch) {
    const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
    return noneMatch.split(',').some((tag) => tag.trim() === '*' || opaque(tag) === opaque(etag));
  }
  const since = Date.parse(ctx.get('If-Modified-Since'));
  // HTTP dates have whole seconds: compare at that precision.
  return (
    lastModified !== null &&
    !Number.isNaN(since) &&
    Math.floor(lastModified.getTime() / 1000) * 1000 <= since
  );
};

/** The newest of these dates, or null. */
export const newest = (dates: Array<string | Date>): Date | null => {
  let best: Date | null = null;
  for (const value of dates) {
    const date = value instanceof Date ? value : new Date(value);
    if (!Number.isNaN(date.getTime()) && (!best || date > best)) best = date;
  }
  return best;
};
