import {
  CM_ACTIONS,
  forbiddenMessage,
  missingRight,
  requiredRights,
  rightId,
  type Right,
} from '..';

const ARTICLE = 'plugin::newsroom.article';
const AUTHOR = 'plugin::newsroom.author';
const CATEGORY = 'plugin::newsroom.category';

describe('requiredRights', () => {
  it.each([
    [
      'a new draft needs create on articles only',
      {
        action: 'create',
        publish: false,
        createsAuthors: false,
        createsCategories: false,
        setsCover: false,
      },
      [{ action: 'create', subject: ARTICLE }],
    ],
    [
      'publishing an update with new authors and categories needs all four, article first',
      {
        action: 'update',
        publish: true,
        createsAuthors: true,
        createsCategories: true,
        setsCover: false,
      },
      [
        { action: 'update', subject: ARTICLE },
        { action: 'publish', subject: ARTICLE },
        { action: 'create', subject: AUTHOR },
        { action: 'create', subject: CATEGORY },
      ],
    ],
    [
      'reusing authors and categories needs no right on them',
      {
        action: 'update',
        publish: false,
        createsAuthors: false,
        createsCategories: true,
        setsCover: false,
      },
      [
        { action: 'update', subject: ARTICLE },
        { action: 'create', subject: CATEGORY },
      ],
    ],
    [
      'setting the cover needs the same action on the cover field, right after the article',
      {
        action: 'update',
        publish: true,
        createsAuthors: false,
        createsCategories: false,
        setsCover: true,
      },
      [
        { action: 'update', subject: ARTICLE },
        { action: 'update', subject: ARTICLE, field: 'cover' },
        { action: 'publish', subject: ARTICLE },
      ],
    ],
    [
      'a new article with a cover: create on the cover field',
      {
        action: 'create',
        publish: false,
        createsAuthors: false,
        createsCategories: false,
        setsCover: true,
      },
      [
        { action: 'create', subject: ARTICLE },
        { action: 'create', subject: ARTICLE, field: 'cover' },
      ],
    ],
  ] as const)('%s', (_title, change, rights) => {
    expect(requiredRights(change)).toEqual(rights);
  });
});

describe('missingRight', () => {
  const all = requiredRights({
    action: 'create',
    publish: true,
    createsAuthors: true,
    createsCategories: true,
    setsCover: false,
  });

  it('is null when every right is granted', () => {
    expect(missingRight(all, () => true)).toBeNull();
    expect(missingRight([], () => false)).toBeNull();
  });

  it('names the first right that is not granted', () => {
    const denied = (right: Right) => right.action === 'publish' || right.subject === CATEGORY;
    expect(missingRight(all, (right) => !denied(right))).toEqual({
      action: 'publish',
      subject: ARTICLE,
    });
    expect(missingRight(all, (right) => right.subject !== CATEGORY)).toEqual({
      action: 'create',
      subject: CATEGORY,
    });
  });
});

describe('the cover field', () => {
  it('names the field in the right and says to import without the cover', () => {
    expect(rightId({ action: 'create', subject: ARTICLE, field: 'cover' })).toBe(
      'plugin::content-manager.explorer.create on plugin::newsroom.article (field cover)'
    );
    expect(forbiddenMessage({ action: 'create', subject: ARTICLE, field: 'cover' })).toBe(
      'Your role may not set the cover of articles in the Content Manager (plugin::content-manager.explorer.create on plugin::newsroom.article (field cover)), so nothing of this article was written. Import it without its cover (leave it out of the source), or ask an administrator for that permission.'
    );
    expect(forbiddenMessage({ action: 'update', subject: ARTICLE, field: 'cover' })).toMatch(
      /^Your role may not set the cover of this article in the Content Manager \(plugin::content-manager\.explorer\.update on plugin::newsroom\.article \(field cover\)\)/
    );
  });
});

describe('messages', () => {
  it('names the Content Manager action and content type', () => {
    expect(rightId({ action: 'update', subject: ARTICLE })).toBe(
      `${CM_ACTIONS.update} on ${ARTICLE}`
    );
    expect(CM_ACTIONS).toEqual({
      create: 'plugin::content-manager.explorer.create',
      update: 'plugin::content-manager.explorer.update',
      publish: 'plugin::content-manager.explorer.publish',
    });
  });

  it.each([
    [{ action: 'update', subject: ARTICLE }, /may not update this article/],
    [{ action: 'publish', subject: ARTICLE }, /may not publish this article.*as a draft/],
    [{ action: 'create', subject: ARTICLE }, /may not create articles/],
    [{ action: 'create', subject: AUTHOR }, /may not create authors/],
    [{ action: 'create', subject: CATEGORY }, /may not create categories/],
  ] as const)('%j', (right, message) => {
    expect(forbiddenMessage(right)).toMatch(message);
    expect(forbiddenMessage(right)).toContain(rightId(right));
  });

  it('says what to do: import as a draft when publishing is refused, else ask or leave it out', () => {
    expect(forbiddenMessage({ action: 'publish', subject: ARTICLE })).toBe(
      'Your role may not publish this article in the Content Manager (plugin::content-manager.explorer.publish on plugin::newsroom.article), so nothing of this article was written. Import it as a draft, or ask an administrator for that permission.'
    );
    expect(forbiddenMessage({ action: 'create', subject: AUTHOR })).toBe(
      'Your role may not create authors in the Content Manager (plugin::content-manager.explorer.create on plugin::newsroom.author), so nothing of this article was written. Ask an administrator for that permission, or leave this article out.'
    );
  });

  it('speaks of "this article" only for a right on the article', () => {
    // The engine asks only to create authors and categories today; any other right on them is
    // still named by its action and content type, never as "this article".
    expect(forbiddenMessage({ action: 'update', subject: AUTHOR })).toMatch(
      /^Your role may not update authors in the Content Manager/
    );
    expect(forbiddenMessage({ action: 'publish', subject: CATEGORY })).toMatch(
      /^Your role may not publish categories in the Content Manager/
    );
  });
});
