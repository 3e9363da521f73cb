import type { Core } from '@strapi/strapi';

export const PLAYGROUND_ADMIN_DEFAULTS = {
  email: 'admin@newsroom.local',
  password: 'Newsroom-Playground-1',
};

interface AdminUserService {
  exists: (attributes?: Record<string, unknown>) => Promise<boolean>;
  createFirstAdmin: (attributes: Record<string, unknown>) => Promise<unknown>;
}

/**
 * Outside production, the playground gets a super admin on its first start so that
 * `npm run develop` leads straight to a usable admin. Credentials come from
 * PLAYGROUND_ADMIN_EMAIL / PLAYGROUND_ADMIN_PASSWORD, with the documented defaults.
 * Never in production.
 */
export const ensurePlaygroundAdmin = async (strapi: Core.Strapi): Promise<void> => {
  if (process.env.NODE_ENV === 'production' || process.env.PLAYGROUND_ADMIN === 'off') return;
  const users = strapi.service('admin::user') as unknown as AdminUserService;
  if (await users.exists()) return;

  const email = process.env.PLAYGROUND_ADMIN_EMAIL || PLAYGROUND_ADMIN_DEFAULTS.email;
  const password = process.env.PLAYGROUND_ADMIN_PASSWORD || PLAYGROUND_ADMIN_DEFAULTS.password;
  try {
    await users.createFirstAdmin({ email, password, firstname: 'Playground', lastname: 'Admin' });
  } catch (error) {
    // Another process created the first admin at the same moment: that one wins.
    if (await users.exists()) return;
    throw error;
  }
  strapi.log.info(
    `[playground] Created the playground admin: ${email} / ${password} (log in at ${strapi.config.get('server.absoluteUrl', '')}/admin)`
  );
};
