import type { Core } from '@strapi/strapi';

import { UID } from '../../../shared/contracts';
import { appLocales } from '../import/locale';

const CM = 'plugin::content-manager.explorer';

interface PermissionRow {
  id: number;
  action: string;
  subject: string | null;
  properties: Record<string, unknown> | null;
  conditions: string[] | null;
}

/** The built-in roles and the Content Manager actions Strapi gives them on a content type. */
const BUILT_IN: { code: string; actions: string[]; conditions: string[] }[] = [
  {
    code: 'strapi-editor',
    actions: ['create', 'read', 'update', 'delete', 'publish'],
    conditions: [],
  },
  {
    code: 'strapi-author',
    actions: ['create', 'read', 'update', 'delete'],
    conditions: ['admin::is-creator'],
  },
];

/**
 * The newsroom's articles and categories are localized (i18n). Strapi creates the built-in
 * Editor and Author roles without the `locales` property that i18n's permission conditions need
 * on localized content types — so those roles can read and write none of them, and lack their
 * delete and publish actions (strapi/strapi#22781, #22825) — until an administrator saves the
 * role again. For each built-in role that has never been given locales on one of these content
 * types, this gives the actions it holds there every locale the app has now. Only right after
 * Strapi has created the roles (a new app, where no administrator has chosen anything yet,
 * `createMissing`) does it also add the default actions Strapi left out (the Author's own
 * entries only, no publish): on an existing app an action missing from a role may be an
 * administrator's choice, and the plugin never grants what they took away. A role an
 * administrator has edited since (any permission on the content type with `locales`) is left
 * exactly as it is.
 */
export const repairBuiltInRoleLocales = async (
  strapi: Core.Strapi,
  { createMissing = false }: { createMissing?: boolean } = {}
): Promise<void> => {
  const { codes } = await appLocales(strapi);
  const permissions = strapi.db.query('admin::permission');
  for (const role of BUILT_IN) {
    const found = (await strapi.db.query('admin::role').findOne({
      where: { code: role.code },
      select: ['id'],
    })) as { id: number } | null;
    if (!found) continue;
    for (const subject of [UID.article, UID.category]) {
      const rows = (await permissions.findMany({
        where: { role: found.id, subject },
        select: ['id', 'action', 'subject', 'properties', 'conditions'],
      })) as PermissionRow[];
      if (rows.some((row) => row.properties && 'locales' in row.properties)) continue;
      const hasDraftAndPublish =
        (strapi.contentType(subject) as { options?: { draftAndPublish?: boolean } }).options
          ?.draftAndPublish === true;
      for (const name of role.actions) {
        if (name === 'publish' && !hasDraftAndPublish) continue;
        const action = `${CM}.${name}`;
        const existing = rows.find((row) => row.action === action);
        if (existing) {
          await permissions.update({
            where: { id: existing.id },
            data: { properties: { ...(existing.properties ?? {}), locales: codes } },
          });
        } else if (createMissing) {
          await permissions.create({
            data: {
              action,
              actionParameters: {},
              subject,
              properties: { locales: codes },
              conditions: role.conditions,
              role: found.id,
            },
          });
        }
      }
    }
  }
};

type CreateRoles = ((...args: unknown[]) => Promise<unknown>) & { [ORIGINAL]?: CreateRoles };
const ORIGINAL = Symbol.for('newsroom.createRolesIfNoneExist');

/**
 * Repairs the built-in roles now (an existing app) and right after Strapi creates them (a new
 * app: the admin creates its default roles after the plugins' bootstrap). The admin's role
 * service is one object for the whole process, so a restarted app (tests, `strapi develop`)
 * wraps Strapi's own function again, never a wrapper of an app that was stopped.
 */
export const repairBuiltInRolesWhenCreated = async (strapi: Core.Strapi): Promise<void> => {
  const roles = strapi.service('admin::role') as unknown as {
    createRolesIfNoneExist?: CreateRoles;
  };
  const current = roles.createRolesIfNoneExist;
  if (typeof current === 'function') {
    const original = current[ORIGINAL] ?? current;
    const wrapped: CreateRoles = async (...args: unknown[]) => {
      // Only when there was no role before did Strapi create them now: a new app.
      const before = await strapi.db.query('admin::role').count({});
      const result = await original.apply(roles, args);
      await repairBuiltInRoleLocales(strapi, { createMissing: before === 0 });
      return result;
    };
    wrapped[ORIGINAL] = original;
    roles.createRolesIfNoneExist = wrapped;
  }
  await repairBuiltInRoleLocales(strapi);
};
