import type { UserConfig } from 'vite';

import { languageNames } from './languageNames';

/**
 * Strapi merges this into its admin Vite config (src/admin/vite.config.ts): the profile page
 * then offers Azerbaijani, which src/admin/app.ts enables.
 */
export default (config: UserConfig): UserConfig => ({
  ...config,
  plugins: [...(config.plugins ?? []), languageNames()],
});
