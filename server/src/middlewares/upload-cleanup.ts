import fs from 'node:fs/promises';

import type { Context, Next } from 'koa';

import { PLUGIN_ID } from '../../../shared/contracts';

interface UploadedFile {
  filepath?: string;
}

type Files = Record<string, UploadedFile | UploadedFile[] | undefined>;

/**
 * Deletes every file the body parser wrote for this request, whatever its form field. Strapi's
 * body middleware deletes only the `files` field, and only when the request succeeds: a refused
 * import (400, 401, 403, 413, 500) would leave its uploads in the temp folder.
 */
export const removeUploads = async (ctx: Context): Promise<void> => {
  const files = (ctx.request as { files?: Files }).files;
  if (!files) return;
  const paths = Object.values(files)
    .flatMap((value) => (Array.isArray(value) ? value : value ? [value] : []))
    .map((file) => file.filepath)
    .filter((path): path is string => typeof path === 'string');
  await Promise.all(paths.map((path) => fs.rm(path, { force: true })));
};

/**
 * Server middleware for the plugin's admin routes (multipart imports): whatever happens after
 * the body is parsed — a refused login, a failed policy, an error — the uploads are removed
 * before the answer goes out. (A request aborted while uploading is cleaned up by the body
 * parser itself: formidable deletes the files it was writing.)
 */
export const uploadCleanupMiddleware = async (ctx: Context, next: Next): Promise<void> => {
  if (!ctx.path.startsWith(`/${PLUGIN_ID}/`)) return next();
  try {
    await next();
  } finally {
    await removeUploads(ctx);
  }
};
