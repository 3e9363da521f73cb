import type { Core } from '@strapi/strapi';

import { UID } from '../../../../shared/contracts';
import { repairBuiltInRoleLocales } from '../role-locales';

/**
 * The repair of Strapi's built-in Editor and Author roles on the newsroom's localized types,
 * against an in-memory admin::role / admin::permission store: it gives the actions a role holds
 * every locale, adds Strapi's left-out defaults only on a new app, and never grants on an
 * existing app what an administrator took away.
 */

interface Row {
  id: number;
  action: string;
  subject: string | null;
  properties: Record<string, unknown> | null;
  conditions: string[] | null;
  role: number;
}

const CM = 'plugin::content-manager.explorer';

const fakeStrapi = (rows: Row[]) => {
  let next = 100;
  const roles = [
    { id: 1, code: 'strapi-editor' },
    { id: 2, code: 'strapi-author' },
  ];
  const query = (uid: string) => ({
    findOne: async ({ where }: { where: { code: string } }) =>
      uid === 'admin::role' ? (roles.find((r) => r.code === where.code) ?? null) : null,
    findMany: async ({ where }: { where: { role: number; subject: string } }) =>
      rows.filter((r) => r.role === where.role && r.subject === where.subject),
    update: async ({ where, data }: { where: { id: number }; data: Partial<Row> }) => {
      Object.assign(
        rows.find((r) => r.id === where.id)!,
        data
      );
    },
    create: async ({ data }: { data: Omit<Row, 'id'> }) => {
      rows.push({ id: (next += 1), ...data });
    },
  });
  return {
    db: { query },
    plugin: () => ({
      service: () => ({
        getDefaultLocale: async () => 'en',
        find: async () => [{ code: 'en' }, { code: 'az' }],
      }),
    }),
    contentType: () => ({ options: { draftAndPublish: true } }),
  } as unknown as Core.Strapi;
};

const row = (id: number, role: number, action: string, properties: Row['properties'] = {}) => ({
  id,
  role,
  action: `${CM}.${action}`,
  subject: UID.article,
  properties,
  conditions: [],
});

const actionsOf = (rows: Row[], role: number, subject = UID.article) =>
  rows
    .filter((r) => r.role === role && r.subject === subject)
    .map((r) => `${r.action.slice(CM.length + 1)} ${JSON.stringify(r.properties?.locales)}`)
    .sort();

describe('repairBuiltInRoleLocales', () => {
  it('on an existing app gives the actions a role holds every locale, and adds none', async () => {
    // An Editor whose delete and publish an administrator took away before articles were
    // localized: after the upgrade it may still create, read and update, in every locale.
    const rows = [row(1, 1, 'create'), row(2, 1, 'read'), row(3, 1, 'update')];
    await repairBuiltInRoleLocales(fakeStrapi(rows));
    expect(actionsOf(rows, 1)).toEqual([
      'create ["en","az"]',
      'read ["en","az"]',
      'update ["en","az"]',
    ]);
    // A role with no permission at all on articles stays without.
    expect(actionsOf(rows, 2)).toEqual([]);
  });

  it('right after Strapi created the roles, adds the defaults Strapi left out', async () => {
    const rows = [row(1, 1, 'read'), row(2, 2, 'read')];
    await repairBuiltInRoleLocales(fakeStrapi(rows), { createMissing: true });
    expect(actionsOf(rows, 1)).toEqual([
      'create ["en","az"]',
      'delete ["en","az"]',
      'publish ["en","az"]',
      'read ["en","az"]',
      'update ["en","az"]',
    ]);
    // The Author: its own entries, no publish.
    expect(actionsOf(rows, 2)).toEqual([
      'create ["en","az"]',
      'delete ["en","az"]',
      'read ["en","az"]',
      'update ["en","az"]',
    ]);
    expect(
      rows
        .filter((r) => r.role === 2 && r.id > 100 && r.subject === UID.article)
        .map((r) => r.conditions)
    ).toEqual([['admin::is-creator'], ['admin::is-creator'], ['admin::is-creator']]);
  });

  it('leaves a role an administrator has given locales exactly as it is', async () => {
    const rows = [row(1, 1, 'read', { locales: ['en'] }), row(2, 1, 'update')];
    await repairBuiltInRoleLocales(fakeStrapi(rows), { createMissing: true });
    expect(actionsOf(rows, 1)).toEqual(['read ["en"]', 'update undefined']);
  });
});
