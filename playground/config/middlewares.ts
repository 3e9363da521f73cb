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
      formidable: { maxFileSize: 16 * 1024 * 1024 },
    },
  },
  'strapi::session',
  'strapi::favicon',
  'strapi::public',
];
