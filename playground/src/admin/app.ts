/**
 * The playground's admin customisations. `locales` adds Azerbaijani to the admin's languages
 * (the newsroom plugin ships az translations); vite.config.ts gives it its name on the
 * profile page, where each user picks it (Profile → Interface language).
 */
export default {
  config: {
    locales: ['az'],
  },
};
