import os from 'node:os';

export default [
  'strapi::logger',
  'strapi::errors',
  'strapi::security',
  'strapi::cors',
  'strapi::poweredBy',
  'strapi::query',
  {
    // Room for the Newsroom import API: its own limit (maxImportBytes, 5 MiB by default)
    // answers 413 with a clear message; these only need to be larger.
    name: 'strapi::body',
    config: {
      jsonLimit: '16mb',
      formLimit: '16mb',
      textLimit: '16mb',
      // uploadDir read at start (not when formidable loads), so a TMPDIR given to the app applies.
      formidable: { maxFileSize: 16 * 1024 * 1024, uploadDir: os.tmpdir() },
    },
  },
  'strapi::session',
  'strapi::favicon',
  'strapi::public',
];
