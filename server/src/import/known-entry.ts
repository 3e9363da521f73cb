/**
 * An entry event's entry built from what the bulk write just inserted, instead of read back.
 *
 * The Document Service sends each new entry populated (every relation and media field, all
 * their fields) as it reads it back. The bulk write knows the article row it inserted and the
 * ids of its relations' targets: reading 200 article rows with their bodies back, per chunk,
 * cost a third of a first import's time on SQLite and a quarter on MariaDB. Here the row's
 * scalar fields are given as a read would give them (Strapi's fields' `fromDB(toDB(value))`:
 * datetimes as ISO text, JSON as a copy, defaults for what was left out), and only the
 * relations' targets — a few small author and category rows — are read, by id.
 *
 * Where a model has a field this cannot give as a read would (a type not listed below, or a
 * relation the write does not know that is not private), `knownEntryModel` says no and the
 * entry is read back as before. tests/integration/import-bulk-differential.test.ts holds the
 * events equal to the Document Service's on each database, and their timestamps equal to the
 * rows'.
 */

/** A row the import inserted (attribute names), and the ids of its relations' targets. */
export interface KnownEntry {
  row: Record<string, unknown>;
  /**
   * The row's JSON values are the write's own and nothing else uses them once it is done: the
   * entry takes them as they are instead of a copy (a copy of a chunk's bodies is a few
   * percent of an import). Leave it out where two entries share a row's values.
   */
  owned?: boolean;
  /**
   * JSON fields given as the text inserted, parsed when the entry is built (values of the
   * entry's own, as a read gives): instead of a parsed copy made when the row is written and
   * held until the chunk's events are sent — long enough for V8 to move every such body into its
   * old generation.
   */
  texts?: Record<string, string>;
  /** Attribute name → target id(s), in the order a read gives them; null: none. */
  relations: Record<string, number[] | number | null>;
}

interface AttributeMeta {
  type: string;
  default?: unknown;
  columnName?: string;
  target?: string;
  private?: boolean;
  unstable_virtual?: boolean;
}

export interface ModelMeta {
  attributes: Record<string, AttributeMeta>;
  /** Column name → attribute name: the fields a read of the row gives. */
  columnToAttribute: Record<string, string>;
}

const columnSets = new WeakMap<ModelMeta, Set<string>>();
const columnsOf = (meta: ModelMeta) => {
  let columns = columnSets.get(meta);
  if (!columns) {
    columns = new Set(Object.values(meta.columnToAttribute));
    columnSets.set(meta, columns);
  }
  return columns;
};

let lastTime = NaN;
let lastIso = '';
/**
 * A datetime as a read gives it. The rows of a chunk share their timestamps (createdAt,
 * updatedAt and publishedAt of all of them): the last time's text is kept.
 */
const asIso = (value: unknown): string | null => {
  const date = value instanceof Date ? value : new Date(value as string | number);
  const time = date.getTime();
  if (Number.isNaN(time)) return null;
  if (time !== lastTime) {
    lastTime = time;
    lastIso = date.toISOString();
  }
  return lastIso;
};

/** What a read gives back for a scalar value written, per attribute type. */
const FROM_WRITTEN: Record<string, (value: unknown) => unknown> = {
  increments: Number,
  integer: Number,
  string: String,
  text: String,
  uid: String,
  richtext: String,
  enumeration: String,
  email: String,
  boolean: Boolean,
  datetime: asIso,
  timestamp: asIso,
  json: (value) => JSON.parse(JSON.stringify(value)) as unknown,
  blocks: (value) => JSON.parse(JSON.stringify(value)) as unknown,
};

const isLink = (attribute: AttributeMeta) =>
  attribute.type === 'relation' || attribute.type === 'media';

/**
 * Whether entries of this model can be given without a read, knowing `relations` (their names):
 * every scalar type is one FROM_WRITTEN knows, and every relation or media field is known or
 * private (the event drops private fields).
 */
export const knownEntryModel = (
  meta: ModelMeta,
  isPrivate: (name: string) => boolean,
  relations: readonly string[]
): boolean => {
  const columns = columnsOf(meta);
  return Object.entries(meta.attributes).every(([name, attribute]) => {
    if (isLink(attribute)) {
      return attribute.unstable_virtual === true || relations.includes(name) || isPrivate(name);
    }
    return !columns.has(name) || attribute.type in FROM_WRITTEN || isPrivate(name);
  });
};

/**
 * The entry a read (populated) would give for a known row: its scalar fields as read back, its
 * relations' targets from `targets` (rows read by id). Private fields are left to the event's
 * sanitizer, as for a read entry.
 */
export const knownEntry = (
  meta: ModelMeta,
  known: KnownEntry,
  id: number,
  targets: (attribute: string, id: number) => unknown
): Record<string, unknown> => {
  const entry: Record<string, unknown> = {};
  for (const field of fieldsOf(meta)) {
    const { name } = field;
    if (field.link) {
      if (!(name in known.relations)) continue;
      const value = known.relations[name];
      entry[name] = Array.isArray(value)
        ? value.map((target) => targets(name, target)).filter((row) => row !== undefined)
        : value === null
          ? null
          : (targets(name, value) ?? null);
      continue;
    }
    let value = name === 'id' ? id : known.row[name];
    // Left out of the insert: the model's default, as Strapi's create gives it.
    if (value === undefined && field.default !== undefined) {
      value =
        typeof field.default === 'function' ? (field.default as () => unknown)() : field.default;
    }
    const text = field.json ? known.texts?.[name] : undefined;
    entry[name] =
      text !== undefined
        ? (JSON.parse(text) as unknown)
        : value === undefined || value === null
          ? null
          : known.owned && field.json
            ? value
            : field.convert(value);
  }
  return entry;
};

/** An attribute knownEntry gives: a relation or media field, or a scalar with its conversion. */
type EntryField =
  | { name: string; link: true }
  | {
      name: string;
      link: false;
      convert: (value: unknown) => unknown;
      json: boolean;
      default: unknown;
    };

const fieldLists = new WeakMap<ModelMeta, EntryField[]>();

/** The fields of a model's entries in attribute order, worked out once per model. */
const fieldsOf = (meta: ModelMeta): EntryField[] => {
  let fields = fieldLists.get(meta);
  if (fields) return fields;
  const columns = columnsOf(meta);
  fields = [];
  for (const [name, attribute] of Object.entries(meta.attributes)) {
    if (isLink(attribute)) {
      fields.push({ name, link: true });
      continue;
    }
    const convert = FROM_WRITTEN[attribute.type];
    if (!convert || !columns.has(name)) continue;
    fields.push({
      name,
      link: false,
      convert,
      json: attribute.type === 'json' || attribute.type === 'blocks',
      default: attribute.default,
    });
  }
  fieldLists.set(meta, fields);
  return fields;
};
