import { factories, type Modules } from '@strapi/strapi';

import { andFilters, type Query } from '../queries/read-query';
import type { ReadService } from '../utils/read-service';
import { UID } from '../../../shared/contracts';

type Filters = Modules.Documents.Params.Filters.Any<typeof UID.article>;

/** The core article service (find, findOne…) plus a lookup by slug. */
const article = factories.createCoreService(UID.article, ({ strapi }) => ({
  /** The article with this slug, in `params.status` (published by default), or null. */
  async findOneBySlug(slug: string, params: Query = {}): Promise<unknown> {
    return strapi.documents(UID.article).findFirst({
      ...params,
      status: params.status === 'draft' ? 'draft' : 'published',
      filters: andFilters(params.filters, [{ slug: { $eq: slug } }]) as Filters,
    });
  },
}));

export type ArticleService = ReadService & ReturnType<typeof article>;
export default article;
