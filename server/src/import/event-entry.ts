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
  // An array given as an entry (not a relation's list): its items are kept as they are, as
  // the generic traversal keeps them.
  if (Array.isArray(entity)) return Object.assign([], entity) as unknown[];
  // The copy takes the keys it keeps, rather than a whole copy with the private keys deleted
  // afterwards: a deleted key turns an object into a slow dictionary (twice the memory of the
  // entry, and slower for every listener that reads or serialises it).
  const copy: Record<string, unknown> = {};
  for (const key in entity) {
    if (!Object.prototype.hasOwnProperty.call(entity, key)) continue;
    const value = entity[key];
    const attribute = model.attributes[key] as Schema.Attribute.AnyAttribute | undefined;
    if (attribute === undefined || attribute === null) {
      copy[key] = value;
      continue;
    }
    if (
      attribute.type === 'password' ||
      (attribute as { private?: boolean }).private === true ||
      contentTypes.isPrivateAttribute(model as Schema.ContentType, key)
    ) {
      continue;
    }
    copy[key] =
      value === null || value === undefined ? value : sanitizeValue(attribute, getModel, value);
  }
  return copy;
};

/** A kept attribute's value: relations, media, components and dynamic zones sanitized in turn. */
const sanitizeValue = (
  attribute: Schema.Attribute.AnyAttribute,
  getModel: GetModel,
  value: unknown
): unknown => {
  // Scalars (most keys) are kept as they are: no work and nothing allocated for them.
  switch (attribute.type) {
    case 'relation': {
      const relation = attribute as { relation: string; target?: string };
      return relation.relation.toLowerCase().startsWith('morph')
        ? nested(value, getModel, MORPH)
        : nested(value, getModel, relation.target ?? null);
    }
    case 'media':
      return nested(value, getModel, 'plugin::upload.file');
    case 'component':
      return nested(value, getModel, attribute.component);
    case 'dynamiczone':
      return Array.isArray(value)
        ? value.map((item) =>
            isPlainObject(item)
              ? sanitizeEventEntry(getModel(String(item.__component)), getModel, item)
              : item
          )
        : value;
    default:
      return value;
  }
};

/** A morph relation's items name their own model (`__type`). */
const MORPH = Symbol('morph');

/**
 * A relation's, media's or component's value (one entry or a list) sanitized with its target's
 * model: a uid, null for none, or MORPH for a morph relation's items.
 */
const nested = (
  value: unknown,
  getModel: GetModel,
  target: string | null | typeof MORPH
): unknown => {
  const modelOf = (item: unknown): Model | undefined =>
    target === null
      ? undefined
      : typeof target === 'string'
        ? getModel(target)
        : getModel(String((item as { __type?: unknown } | null)?.__type));
  if (!Array.isArray(value)) return sanitizeEventEntry(modelOf(value), getModel, value);
  const out: unknown[] = new Array(value.length);
  for (let i = 0; i < value.length; i += 1) {
    out[i] = sanitizeEventEntry(modelOf(value[i]), getModel, value[i]);
  }
  return out;
};

/**
 * An entry event's payload (`{ model, uid, entry }`, as the Document Service sends it) whose
 * `entry` is built the first time something reads it, then kept. Strapi's webhook runner hears
 * every entry event and reads the entry only for a webhook that is set up for it; with none, the
 * entries of an import (its articles' bodies parsed again, each sanitized) were built for
 * nothing: ~6 % of a 10k first import's profiled main thread on SQLite. A listener, a spread
 * (`...info`), `JSON.stringify` or a structured clone gets the built entry; a listener may also
 * replace it.
 */
export const lazyEntryPayload = (
  model: string,
  uid: string,
  build: () => unknown
): { model: string; uid: string; entry: unknown } => {
  const payload = { model, uid } as { model: string; uid: string; entry: unknown };
  const settle = (entry: unknown) => {
    Object.defineProperty(payload, 'entry', {
      value: entry,
      enumerable: true,
      writable: true,
      configurable: true,
    });
    return entry;
  };
  Object.defineProperty(payload, 'entry', {
    enumerable: true,
    configurable: true,
    get: () => settle(build()),
    set: settle,
  });
  return payload;
};
