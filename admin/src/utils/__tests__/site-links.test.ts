import { articleSiteUrl, siteRoot } from '../../../../shared/contracts';
import { viewOnSiteUrl } from '../siteLinks';

const site = { url: 'https://news.example.com', articlePath: '/articles/:slug' };

describe('articleSiteUrl', () => {
  it('joins the site, the article path and the slug', () => {
    expect(articleSiteUrl(site, 'storm-reaches-baku')).toBe(
      'https://news.example.com/articles/storm-reaches-baku'
    );
  });

  it('drops trailing slashes of the site and encodes the slug', () => {
    expect(siteRoot('https://news.example.com///')).toBe('https://news.example.com');
    expect(
      articleSiteUrl({ url: 'https://news.example.com/', articlePath: '/news/:slug/' }, 'a b/ç')
    ).toBe('https://news.example.com/news/a%20b%2F%C3%A7/');
  });
});

describe('viewOnSiteUrl', () => {
  const line = (
    action: Parameters<typeof viewOnSiteUrl>[0]['action'],
    slug: string | null = 'x'
  ) => ({
    action,
    slug,
  });

  it('links what a published import left on the site', () => {
    for (const action of ['created', 'updated', 'unchanged'] as const) {
      expect(viewOnSiteUrl(line(action), 'published', site)).toBe(
        'https://news.example.com/articles/x'
      );
    }
  });

  it('links nothing without a site, for a draft import, or for what the import did not write', () => {
    expect(viewOnSiteUrl(line('created'), 'published', null)).toBeNull();
    expect(viewOnSiteUrl(line('created'), 'draft', site)).toBeNull();
    expect(viewOnSiteUrl(line('updated'), 'draft', site)).toBeNull();
    for (const action of ['conflict', 'forbidden', 'failed', 'create', 'update'] as const) {
      expect(viewOnSiteUrl(line(action), 'published', site)).toBeNull();
    }
    expect(viewOnSiteUrl(line('created', null), 'published', site)).toBeNull();
  });
});
