import type { Schema } from '@strapi/strapi';
import { contentTypes } from '@strapi/utils';

type Model = Pick<Schema.Schema, 'attributes'> & { uid?: string };
type GetModel = (uid: string) => Model | undefined;

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

/**
 * What the Document Service sends as an entry event's `entry`: the populated row without its
 * passwords and private attributes, at every level (relations, media, components, dynamic
 * zones). The same result as `sanitize.sanitizers.defaultSanitizeOutput` (a unit test holds
 * them equal on nested entries), computed synchronously: the generic traversal awaits once per
 * key of every node, which made the events of a 1,000-article import cost more CPU than its
 * writes.
 */
export const sanitizeEventEntry = (
  model: Model | undefined,
  getModel: GetModel,
  entity: unknown
): unknown => {
  if (!isPlainObject(entity) || model === undefined || model === null) return entity;
  const copy: Record<string, unknown> = Array.isArray(entity)
    ? (Object.assign([], entity) as unknown as Record<string, unknown>)
    : { ...entity };
  for (const key of Object.keys(copy)) {
    const attribute = model.attributes[key] as Schema.Attribute.AnyAttribute | undefined;
    if (attribute === undefined || attribute === null) continue;
    if (
      attribute.type === 'password' ||
      (attribute as { private?: boolean }).private === true ||
      contentTypes.isPrivateAttribute(model as Schema.ContentType, key)
    ) {
      delete copy[key];
      continue;
    }
    const value = copy[key];
    if (value === null || value === undefined) continue;
    const each = (target: (item: unknown) => Model | undefined) =>
      Array.isArray(value)
        ? value.map((item) => sanitizeEventEntry(target(item), getModel, item))
        : sanitizeEventEntry(target(value), getModel, value);
    switch (attribute.type) {
      case 'relation': {
        const relation = attribute as { relation: string; target?: string };
        copy[key] = relation.relation.toLowerCase().startsWith('morph')
          ? each((item) => getModel(String((item as { __type?: unknown } | null)?.__type)))
          : each(() => (relation.target ? getModel(relation.target) : undefined));
        break;
      }
      case 'media':
        copy[key] = each(() => getModel('plugin::upload.file'));
        break;
      case 'component':
        copy[key] = each(() => getModel(attribute.component));
        break;
      case 'dynamiczone':
        copy[key] = Array.isArray(value)
          ? value.map((item) =>
              isPlainObject(item)
                ? sanitizeEventEntry(getModel(String(item.__component)), getModel, item)
                : item
            )
          : value;
        break;
      default:
        break;
    }
  }
  return copy;
};
