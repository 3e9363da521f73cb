// The Content Manager's views of an article, as an editor meets them: the plugin's list and edit
// layouts on a new install (through the Content Manager's own admin API, as its "Configure the
// view" page reads and writes them), and an admin's own layout kept across restarts.
import { createTestDatabase, type TestDatabase } from '../helpers/database';
import { createAdminSession, request } from '../helpers/requests';
import { startTestApp, type TestApp } from '../helpers/strapi';

const ARTICLE = 'plugin::newsroom.article';
const CONFIGURATION = `/content-manager/content-types/${ARTICLE}/configuration`;

interface FieldMeta {
  edit: { label?: string; description?: string; editable?: boolean; mainField?: string };
  list: { label?: string };
}
interface Configuration {
  settings: Record<string, unknown> & { defaultSortBy: string; defaultSortOrder: string };
  metadatas: Record<string, FieldMeta>;
  layouts: { list: string[]; edit: { name: string; size: number }[][] };
}
interface ConfigurationAnswer {
  data: { contentType: Configuration & { uid: string } };
}

let database: TestDatabase;
let app: TestApp | undefined;

const readConfiguration = async (token: string): Promise<Configuration> => {
  const answer = await request<ConfigurationAnswer>(app!, CONFIGURATION, { token });
  expect(answer.status).toBe(200);
  return answer.body.data.contentType;
};

beforeAll(async () => {
  database = await createTestDatabase();
  app = await startTestApp({}, database);
});

afterAll(async () => {
  await app?.stop();
  await database.drop();
});

describe('the Content Manager views of an article', () => {
  it('on a new install: a newsroom list (newest first) and an edit view with labels and read-only computed fields', async () => {
    const { token } = await createAdminSession(app!);
    const configuration = await readConfiguration(token);

    // The Content Manager adds the Status column itself (draft and publish).
    expect(configuration.layouts.list).toEqual(['title', 'category', 'authors', 'updatedAt']);
    expect(configuration.settings).toMatchObject({
      mainField: 'title',
      defaultSortBy: 'updatedAt',
      defaultSortOrder: 'DESC',
    });
    expect(configuration.metadatas.updatedAt.list.label).toBe('Updated');

    const { metadatas } = configuration;
    // Human labels, not attribute names, for every field the edit view shows.
    const shown = configuration.layouts.edit.flat().map(({ name }) => name);
    expect(shown).toEqual(
      expect.arrayContaining(['title', 'slug', 'body', 'authors', 'category', 'tags'])
    );
    for (const name of shown) {
      expect(metadatas[name].edit.label).toMatch(/^[A-Z]/);
    }
    expect(metadatas.wordCount.edit.label).toBe('Word count');
    expect(metadatas.sourceMeta.edit.label).toBe('Source metadata');

    // What every save recomputes, and what only the import writes, cannot be typed over.
    for (const computed of ['wordCount', 'readingTimeMinutes', 'importedAt', 'sourceMeta']) {
      expect({ computed, editable: metadatas[computed].edit.editable }).toEqual({
        computed,
        editable: false,
      });
    }
    for (const editorial of ['title', 'slug', 'description', 'body', 'authors', 'category']) {
      expect({ editorial, editable: metadatas[editorial].edit.editable }).toEqual({
        editorial,
        editable: true,
      });
    }
    // The bookkeeping fields stay out of the edit view altogether.
    for (const hidden of [
      'contentHash',
      'sourceHash',
      'sourceKey',
      'tagIndex',
      'importFingerprint',
    ]) {
      expect(shown).not.toContain(hidden);
    }
    // Relations are shown by name.
    expect(metadatas.authors.edit.mainField).toBe('name');
    expect(metadatas.category.edit.mainField).toBe('name');
  });

  it("keeps an admin's own layout across restarts", async () => {
    const { token } = await createAdminSession(app!);
    const current = await readConfiguration(token);
    const own = {
      settings: { ...current.settings, defaultSortBy: 'title', defaultSortOrder: 'ASC' },
      metadatas: {
        ...current.metadatas,
        title: {
          ...current.metadatas.title,
          edit: { ...current.metadatas.title.edit, label: 'Headline' },
        },
      },
      layouts: { ...current.layouts, list: ['title', 'slug'] },
    };
    // The body the Content Manager's "Configure the view" page sends: the list metadata without
    // the `mainField` its answer adds for relations.
    const metadatas = Object.fromEntries(
      Object.entries(own.metadatas).map(([name, { edit, list }]) => {
        const { mainField: _shownBy, ...listed } = list as FieldMeta['list'] & {
          mainField?: unknown;
        };
        return [name, { edit, list: listed }];
      })
    );
    const saved = await request(app!, CONFIGURATION, {
      method: 'PUT',
      token,
      body: {
        settings: own.settings,
        metadatas,
        layouts: { list: own.layouts.list, edit: own.layouts.edit },
      },
    });
    if (saved.status !== 200) throw new Error(JSON.stringify(saved.body));

    await app!.stop();
    app = await startTestApp({}, database);

    const { token: after } = await createAdminSession(app);
    const configuration = await readConfiguration(after);
    expect(configuration.layouts.list).toEqual(['title', 'slug']);
    expect(configuration.settings).toMatchObject({
      defaultSortBy: 'title',
      defaultSortOrder: 'ASC',
    });
    expect(configuration.metadatas.title.edit.label).toBe('Headline');
  });
});
