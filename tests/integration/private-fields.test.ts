import type { Core, Schema } from '@strapi/strapi';

import { PUBLIC_UIDS } from '../../shared/contracts';
import { api, deepKeys, graphql, seedNewsroom, text, type ErrorBody } from '../helpers/content-api';
import { startTestApp, type TestApp } from '../helpers/strapi';

/**
 * Every private attribute of every newsroom content type, read from the schemas the app loaded,
 * is given a value in the database and then looked for in every way the content API can be
 * asked: REST list, by id, by slug, `populate=*` and deep populate, GraphQL; and asking for it in
 * `fields`, `populate[…][fields]` or `filters` is a 400 (README, "Drafts and private fields").
 *
 * A list read from the schemas cannot notice an attribute that lost its `private` flag: the
 * design's private fields are the floor that the schemas must keep (README, "Content model":
 * the author's e-mail; the article's content hash, source hash and tag index).
 */
const DESIGN_PRIVATE: Record<string, string[]> = {
  'plugin::newsroom.article': ['contentHash', 'sourceHash', 'tagIndex'],
  'plugin::newsroom.author': ['email'],
};

let app: TestApp;
/** uid → its private attributes (the schema's, plus the design's floor). */
let privates: Map<string, string[]>;
/** The content API's collections: uid → REST path and GraphQL query names. */
let served: { uid: string; path: string; gqlMany: string; gqlType: string }[];
/** A value no response may contain: set in every private attribute of every row. */
const MARKER = 'zz-private-value-zz';
/** A date value no fixture or import writes: the marker of private date and time attributes. */
const DATE_MARKER = '1999-09-09T09:09:09.999Z';
const DATE_MARKER_TEXT = '1999-09-09T09:09:09';

type Attribute = Schema.Attribute.AnyAttribute & {
  private?: boolean;
  target?: string;
  unstable_virtual?: boolean;
};

const newsroomTypes = (strapi: Core.Strapi) =>
  Object.values(strapi.contentTypes).filter((type) => type.plugin === 'newsroom');

const attributes = (type: Schema.ContentType) =>
  Object.entries(type.attributes) as [string, Attribute][];

/**
 * A value of the attribute's type that carries the marker (and is found in any response).
 * `markerUser` is an admin user whose names carry it (for Strapi's private createdBy/updatedBy).
 */
const markerValue = (
  uid: string,
  name: string,
  attribute: Attribute,
  markerUser: number
): unknown => {
  if (attribute.type === 'relation' && attribute.target === 'admin::user') return markerUser;
  // A virtual relation (i18n's `localizations`) stores nothing, and Strapi reads each row by its
  // `locale`, so that one stays as Strapi wrote it: only their keys are looked for.
  if (attribute.type === 'relation' && attribute.unstable_virtual === true) return undefined;
  if (name === 'locale') return undefined;
  switch (attribute.type) {
    case 'string':
    case 'text':
    case 'richtext':
    case 'uid':
      return `${MARKER}|${name}|`;
    case 'email':
      return `${MARKER}@${name}.example`;
    case 'json':
      return { [MARKER]: name };
    case 'datetime':
      return DATE_MARKER;
    default:
      // A new private attribute of another type needs a value here: fail rather than skip it.
      throw new Error(
        `private-fields.test: no marker value for ${uid}.${name} (${attribute.type})`
      );
  }
};

/** The relation attributes of a type that lead to `target`. */
const relationsTo = (type: Schema.ContentType, target: string) =>
  attributes(type)
    .filter(([, attribute]) => attribute.type === 'relation' && attribute.target === target)
    .map(([name]) => name);

beforeAll(async () => {
  app = await startTestApp();
  const { strapi } = app;
  await seedNewsroom(strapi);

  const markerUser = (await strapi.db.query('admin::user').create({
    data: { firstname: MARKER, lastname: MARKER, email: `${MARKER}@admin.example` },
  })) as { id: number };

  privates = new Map();
  for (const type of newsroomTypes(strapi)) {
    const fromSchema = attributes(type)
      .filter(([, attribute]) => attribute.private === true)
      .map(([name]) => name);
    const all = [...new Set([...fromSchema, ...(DESIGN_PRIVATE[type.uid] ?? [])])];
    if (all.length === 0) continue;
    privates.set(type.uid, all);
    // Straight into every row (drafts and published), past the Document Service's middleware.
    const data = Object.fromEntries(
      all
        .map((name) => [
          name,
          markerValue(type.uid, name, type.attributes[name] as Attribute, markerUser.id),
        ])
        .filter(([, value]) => value !== undefined)
    );
    const query = strapi.db.query(type.uid as 'plugin::newsroom.article');
    for (const { id } of (await query.findMany({ select: ['id'] })) as { id: number }[]) {
      await query.update({ where: { id }, data });
    }
  }

  const { naming } = strapi.plugin('graphql').service('utils') as unknown as {
    naming: {
      getFindQueryName: (type: Schema.ContentType) => string;
      getTypeName: (type: Schema.ContentType) => string;
    };
  };
  const publicUids: readonly string[] = PUBLIC_UIDS;
  served = newsroomTypes(strapi)
    .filter((type) => publicUids.includes(type.uid))
    .map((type) => ({
      uid: type.uid,
      path: `/${type.info.pluralName}`,
      gqlMany: naming.getFindQueryName(type),
      gqlType: naming.getTypeName(type),
    }));
  expect(served).toHaveLength(PUBLIC_UIDS.length);
});

afterAll(async () => {
  await app?.stop();
});

/** Names no response may hold as a key: private here and not a public attribute elsewhere. */
const hiddenKeys = () => {
  const publicNames = new Set(
    newsroomTypes(app.strapi).flatMap((type) =>
      attributes(type)
        .filter(([name]) => !privates.get(type.uid)?.includes(name))
        .map(([name]) => name)
    )
  );
  return [...new Set([...privates.values()].flat())].filter((name) => !publicNames.has(name));
};

const expectNoPrivateValue = (body: unknown) => {
  const keys = deepKeys(body);
  for (const name of hiddenKeys())
    expect({ name, present: keys.has(name) }).toEqual({ name, present: false });
  expect(text(body)).not.toContain(MARKER);
  expect(text(body)).not.toContain(DATE_MARKER_TEXT);
};

describe('the schemas', () => {
  it('keep the design’s private fields private', () => {
    for (const [uid, names] of Object.entries(DESIGN_PRIVATE)) {
      const type = app.strapi.contentTypes[uid as 'plugin::newsroom.article'];
      for (const name of names) {
        expect({ uid, name, private: (type.attributes[name] as Attribute).private }).toEqual({
          uid,
          name,
          private: true,
        });
      }
    }
  });

  it('every private value is really in the database (the checks below can fail)', async () => {
    // The internal types (import log, lock) are not served at all; the served ones have rows.
    for (const { uid } of served) {
      const names = privates.get(uid) ?? [];
      const type = app.strapi.contentTypes[uid as 'plugin::newsroom.article'];
      const stored = names.filter(
        (name) =>
          markerValue(uid, name, type.attributes[name] as Attribute, 0) !== undefined &&
          type.attributes[name].type !== 'relation'
      );
      const linked = names.filter(
        (name) => (type.attributes[name] as Attribute).target === 'admin::user'
      );
      const rows = (await app.strapi.db.query(uid as 'plugin::newsroom.article').findMany({
        select: stored,
        populate: Object.fromEntries(linked.map((name) => [name, { select: ['email'] }])),
      })) as Record<string, unknown>[];
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) {
        for (const name of [...stored, ...linked]) {
          const value = row[name];
          const isDate = type.attributes[name].type === 'datetime';
          if (isDate) expect(new Date(value as string).toISOString()).toBe(DATE_MARKER);
          else expect(text(value)).toContain(MARKER);
        }
      }
    }
  });
});

describe('REST never shows a private attribute', () => {
  it('in lists, by id and by slug, with populate=* and deep populate', async () => {
    for (const { uid, path } of served) {
      const list = await api(app, `${path}?populate=*`);
      expect(list.status).toBe(200);
      expect(list.body.data.length).toBeGreaterThan(0);
      expectNoPrivateValue(list.body);

      // Two levels of populate=* on every relation and media attribute, and the plain list.
      const type = app.strapi.contentTypes[uid as 'plugin::newsroom.article'];
      const relations = attributes(type)
        .filter(([, a]) => a.type === 'relation' && a.private !== true)
        .map(([name]) => name);
      expect(relations.length).toBeGreaterThan(0);
      const deep = relations.map((r) => `populate[${r}][populate]=*`).join('&');
      for (const query of [deep, '']) {
        const res = await api(app, `${path}?${query}`);
        expect(res.status).toBe(200);
        expectNoPrivateValue(res.body);
      }

      const one = await api(app, `${path}/${list.body.data[0].documentId}?populate=*`);
      expect(one.status).toBe(200);
      expectNoPrivateValue(one.body);
    }
    const bySlug = await api(app, '/articles/slug/summit-in-baku?populate=*');
    expect(bySlug.status).toBe(200);
    expectNoPrivateValue(bySlug.body);
    const bySlugDeep = await api(
      app,
      '/articles/slug/summit-in-baku?populate[authors][populate]=*&populate[category][populate]=*'
    );
    expect(bySlugDeep.status).toBe(200);
    expectNoPrivateValue(bySlugDeep.body);
  });

  it('asking for one in `fields` or `populate[…][fields]` is a 400', async () => {
    for (const { uid, path } of served) {
      for (const name of privates.get(uid) ?? []) {
        const asked = [`${path}?fields[0]=${name}`, `${path}?fields[0]=${name}&fields[1]=slug`];
        for (const query of asked) {
          const res = await api<ErrorBody>(app, query);
          expect({ query, status: res.status }).toEqual({ query, status: 400 });
          expectNoPrivateValue(res.body);
        }
      }
    }
    for (const from of served) {
      const type = app.strapi.contentTypes[from.uid as 'plugin::newsroom.article'];
      for (const [target, names] of privates) {
        for (const relation of relationsTo(type, target)) {
          for (const name of names) {
            const query = `${from.path}?populate[${relation}][fields][0]=${name}`;
            const res = await api<ErrorBody>(app, query);
            expect({ query, status: res.status }).toEqual({ query, status: 400 });
            expectNoPrivateValue(res.body);
          }
        }
      }
    }
  });

  it('filtering on one, directly or through a relation, is a 400', async () => {
    for (const from of served) {
      const type = app.strapi.contentTypes[from.uid as 'plugin::newsroom.article'];
      const paths: string[] = (privates.get(from.uid) ?? []).map((name) => `[${name}]`);
      for (const [target, names] of privates) {
        for (const relation of relationsTo(type, target)) {
          paths.push(...names.map((name) => `[${relation}][${name}]`));
        }
      }
      for (const path of paths) {
        for (const operator of ['$eq', '$contains', '$notNull']) {
          const value = operator === '$notNull' ? 'true' : encodeURIComponent(MARKER);
          const query = `${from.path}?filters${path}[${operator}]=${value}`;
          const res = await api<ErrorBody>(app, query);
          expect({ query, status: res.status }).toEqual({ query, status: 400 });
          expect(res.body.error).toMatchObject({ name: 'ValidationError' });
        }
      }
    }
  });
});

describe('GraphQL never shows a private attribute', () => {
  it('has no such field on any type, and refuses it in a query and in filters', async () => {
    for (const { uid, gqlMany } of served) {
      for (const name of privates.get(uid) ?? []) {
        const asked = await graphql(app, `{ ${gqlMany} { ${name} } }`);
        expect(asked.status).toBe(400);
        expect(asked.body.errors?.[0].message).toMatch(`Cannot query field "${name}"`);

        const filtered = await graphql(
          app,
          `{ ${gqlMany}(filters: { ${name}: { eq: "${MARKER}" } }) { documentId } }`
        );
        expect(filtered.status).toBe(400);
        expect(text(filtered.body)).not.toContain(`"data"`);
      }
    }

    const schema = await graphql<{
      __schema: { types: { name: string; fields: { name: string }[] | null }[] };
    }>(app, '{ __schema { types { name fields { name } inputFields { name } } } }');
    expect(schema.body.errors).toBeUndefined();
    const newsroomTypeNames = (schema.body.data?.__schema.types ?? []).filter((t) =>
      /^Newsroom/.test(t.name)
    );
    expect(newsroomTypeNames.length).toBeGreaterThan(0);
    const fieldNames = new Set(
      newsroomTypeNames.flatMap((t) => [
        ...(t.fields ?? []).map((f) => f.name),
        ...((t as { inputFields?: { name: string }[] | null }).inputFields ?? []).map(
          (f) => f.name
        ),
      ])
    );
    for (const name of hiddenKeys())
      expect({ name, field: fieldNames.has(name) }).toEqual({ name, field: false });
  });

  it('shows none of their values, with every field of every type selected', async () => {
    for (const { gqlMany, gqlType } of served) {
      const type = await graphql<{
        __type: {
          fields: { name: string; type: { kind: string; ofType: { kind: string } | null } }[];
        };
      }>(app, `{ __type(name: "${gqlType}") { fields { name type { kind ofType { kind } } } } }`);
      const scalars = (type.body.data?.__type.fields ?? [])
        .filter((f) => [f.type.kind, f.type.ofType?.kind].includes('SCALAR'))
        .map((f) => f.name);
      expect(scalars).toContain('documentId');
      const res = await graphql(app, `{ ${gqlMany} { ${scalars.join(' ')} } }`);
      expect(res.body.errors).toBeUndefined();
      expect(text(res.body)).toContain('documentId');
      expect(text(res.body)).not.toContain(MARKER);
      expect(text(res.body)).not.toContain(DATE_MARKER_TEXT);
    }
  });
});
