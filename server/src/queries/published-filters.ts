import type { Core, UID as StrapiUID } from '@strapi/strapi';

import { isRecord } from '../../../shared/contracts';

type Filters = Record<string, unknown>;

/** How filters are spelled: `$and`/`$notNull` over REST, `and`/`notNull` in GraphQL args. */
export interface FilterSyntax {
  logical: ReadonlySet<string>;
  and: string;
  published: Filters;
  /** `{ $null: true }` and the like test the relation itself, not the related documents. */
  isRelationOperator: (key: string) => boolean;
}

const REST_LOGICAL = new Set(['$and', '$or', '$not']);
export const REST_SYNTAX: FilterSyntax = {
  logical: REST_LOGICAL,
  and: '$and',
  published: { publishedAt: { $notNull: true } },
  isRelationOperator: (key) => key.startsWith('$') && !REST_LOGICAL.has(key),
};
export const GRAPHQL_SYNTAX: FilterSyntax = {
  logical: new Set(['and', 'or', 'not']),
  and: 'and',
  published: { publishedAt: { notNull: true } },
  isRelationOperator: () => false,
};

/** All these rewrites need is the schemas (so they can be tested without booting Strapi). */
export type Models = Pick<Core.Strapi, 'getModel'>;

const model = (strapi: Models, uid: string) => strapi.getModel(uid as StrapiUID.Schema);

export const relationTarget = (strapi: Models, uid: string, key: string): string | null => {
  const attribute = model(strapi, uid)?.attributes?.[key] as
    { type?: string; target?: string } | undefined;
  return attribute?.type === 'relation' && attribute.target ? attribute.target : null;
};

export const hasDraftAndPublish = (strapi: Models, uid: string): boolean =>
  model(strapi, uid)?.options?.draftAndPublish === true;

/**
 * Strapi joins relations to every row of a draft & publish target, drafts included, so
 * `filters[authors][articles][title][$eq]=…` would tell a reader whether some *draft* has that
 * title. For readers of published content, every relation filter that reaches a draft & publish
 * type is limited to published rows.
 */
export const publishedOnlyFilters = (
  strapi: Models,
  uid: string,
  filters: unknown,
  syntax: FilterSyntax = REST_SYNTAX
): unknown => {
  if (Array.isArray(filters)) {
    return filters.map((f) => publishedOnlyFilters(strapi, uid, f, syntax));
  }
  if (!isRecord(filters)) return filters;
  const out: Filters = {};
  for (const [key, value] of Object.entries(filters)) {
    const target = relationTarget(strapi, uid, key);
    if (syntax.logical.has(key)) {
      out[key] = publishedOnlyFilters(strapi, uid, value, syntax);
    } else if (target && isRecord(value) && !Object.keys(value).some(syntax.isRelationOperator)) {
      const inner = publishedOnlyFilters(strapi, target, value, syntax);
      out[key] = hasDraftAndPublish(strapi, target)
        ? { [syntax.and]: [inner, syntax.published] }
        : inner;
    } else {
      out[key] = value;
    }
  }
  return out;
};

/** The same for the `filters` of populated relations, at any depth (REST). */
export const publishedOnlyPopulate = (strapi: Models, uid: string, populate: unknown): unknown => {
  if (!isRecord(populate)) return populate;
  const out: Filters = {};
  for (const [key, value] of Object.entries(populate)) {
    const target = relationTarget(strapi, uid, key);
    if (!target || !isRecord(value)) {
      out[key] = value;
      continue;
    }
    const next: Filters = { ...value };
    if ('filters' in next) next.filters = publishedOnlyFilters(strapi, target, next.filters);
    if ('populate' in next) next.populate = publishedOnlyPopulate(strapi, target, next.populate);
    out[key] = next;
  }
  return out;
};
