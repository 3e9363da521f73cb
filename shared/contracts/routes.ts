/** Admin API (type admin, mounted under /newsroom by Strapi). Each route's contract is named. */
export const ADMIN_ROUTES = {
  preview: '/newsroom/import/preview', // ImportPreview
  import: '/newsroom/import', // ImportArticles
  importDefaults: '/newsroom/import/defaults', // GetImportDefaults
  history: '/newsroom/imports', // GetImportHistory
  settings: '/newsroom/settings', // GetSettings, UpdateSettings
  readingTime: '/newsroom/settings/reading-time', // GetReadingTime
  recomputeReadingTime: '/newsroom/settings/reading-time/recompute', // RecomputeReadingTime
  stats: '/newsroom/stats', // GetStats
  categoryPath: '/newsroom/category-path', // GetCategoryPath
  // ExportArticles: a zip (application/zip). A GET, so that the admin's fetch client hands the
  // answer over as a Blob (its post() reads JSON only).
  export: '/newsroom/export',
} as const;
