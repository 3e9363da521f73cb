import type { Core } from '@strapi/strapi';

import { PLUGIN_ID, PUBLIC_READ_ACTIONS } from '../../../shared/contracts';

const ROLE = 'plugin::users-permissions.role';
const PERMISSION = 'plugin::users-permissions.permission';
/** Core-store key listing the permission actions this module created (and so may revoke). */
const GRANTED_KEY = 'public-read-granted';

interface Row {
  id: number;
  action: string;
}

/**
 * Public read of the newsroom content API (`publicRead`): when enabled, gives the Public role of
 * Users & Permissions find/findOne on articles, authors and categories; when disabled, takes
 * back only the permissions it gave itself (one an admin granted by hand stays). Idempotent:
 * it never creates a permission the role already has. Never grants draft rights.
 */
export const setPublicRead = async (strapi: Core.Strapi, enabled: boolean): Promise<void> => {
  if (!strapi.plugin('users-permissions')) {
    if (enabled) strapi.log.warn('[newsroom] publicRead needs the users-permissions plugin.');
    return;
  }
  const role = (await strapi.db.query(ROLE).findOne({ where: { type: 'public' } })) as {
    id: number;
  } | null;
  if (!role) return;

  const store = strapi.store({ type: 'plugin', name: PLUGIN_ID });
  const saved = await store.get({ key: GRANTED_KEY });
  const granted = Array.isArray(saved)
    ? saved.filter((a): a is string => typeof a === 'string')
    : [];
  const permissions = strapi.db.query(PERMISSION);

  if (!enabled) {
    if (granted.length > 0) {
      await permissions.deleteMany({ where: { role: role.id, action: { $in: granted } } });
    }
    await store.set({ key: GRANTED_KEY, value: [] });
    return;
  }

  const existing = (await permissions.findMany({
    where: { role: role.id, action: { $in: [...PUBLIC_READ_ACTIONS] } },
    select: ['id', 'action'],
  })) as Row[];
  const present = new Set(existing.map((row) => row.action));
  const missing = PUBLIC_READ_ACTIONS.filter((action) => !present.has(action));
  for (const action of missing) {
    await permissions.create({ data: { action, role: role.id } });
  }
  const stillOurs = granted.filter((action) => present.has(action));
  await store.set({ key: GRANTED_KEY, value: [...new Set([...stillOurs, ...missing])] });
};
