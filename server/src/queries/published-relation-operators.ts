import type { Core } from '@strapi/strapi';

import { isRecord } from '../../../shared/contracts';
import { hasDraftAndPublish, relationTarget, REST_SYNTAX } from './published-filters';
import { idsWithPublished } from './visible-entities';

type Filters = Record<string, unknown>;

const REST_LOGICAL = REST_SYNTAX.logical;

const truthy = (value: unknown) =>
  value === true || value === 'true' || value === 1 || value === '1';

/**
 * Operators on a relation itself (`filters[articles][$null]=true`) test whether *any* related
 * row exists, drafts included: for a reader of published content they would tell which authors
 * have unpublished articles. Rewritten here to count published related documents only:
 * `$null` / `$notNull` become a condition on the ids that have a published one; any other
 * operator (`$in`, `$eq` on ids…) is applied to published related rows only. REST only: the
 * GraphQL filter inputs have no operator on a relation.
 */
export const publishedRelationOperators = async (
  strapi: Core.Strapi,
  uid: string,
  filters: unknown
): Promise<unknown> => {
  if (Array.isArray(filters)) {
    return Promise.all(filters.map((f) => publishedRelationOperators(strapi, uid, f)));
  }
  if (!isRecord(filters)) return filters;
  const out: Filters = {};
  const and: Filters[] = [];
  for (const [key, value] of Object.entries(filters)) {
    const target = relationTarget(strapi, uid, key);
    if (REST_LOGICAL.has(key)) {
      out[key] = await publishedRelationOperators(strapi, uid, value);
    } else if (target && isRecord(value)) {
      const operators = Object.keys(value).filter(REST_SYNTAX.isRelationOperator);
      if (operators.length === 0 || !hasDraftAndPublish(strapi, target)) {
        out[key] = await publishedRelationOperators(strapi, target, value);
        continue;
      }
      const rest: Filters = {};
      const onIds: Filters = {};
      for (const [op, operand] of Object.entries(value)) {
        if (op === '$null' || op === '$notNull') {
          const ids = await idsWithPublished(strapi, uid, key);
          const wantsNone = (op === '$null') === truthy(operand);
          and.push({ id: wantsNone ? { $notIn: ids } : { $in: ids } });
        } else if (REST_SYNTAX.isRelationOperator(op)) onIds[op] = operand;
        else rest[op] = operand;
      }
      const inner = { ...rest, ...(Object.keys(onIds).length > 0 ? { id: onIds } : {}) };
      if (Object.keys(inner).length > 0) {
        out[key] = await publishedRelationOperators(strapi, target, inner);
      }
    } else {
      out[key] = value;
    }
  }
  return and.length === 0 ? out : { $and: [out, ...and] };
};
