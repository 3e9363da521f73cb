import type { EventEmitter } from 'node:events';

import type { Knex } from 'knex';

import { columnOf } from '../queries/columns';

/**
 * The bulk write's multi-row inserts on SQLite, straight on better-sqlite3 with statements kept
 * prepared (issue 13: within 5× of the raw SQL floor on SQLite).
 *
 * Through Strapi's `createMany` and knex, every insert of a 10k first import was converted value
 * by value, compiled by knex into `insert … select ? as … union all select ? …` and prepared by
 * SQLite anew (knex's better-sqlite3 client prepares each query it runs), then its ids read back
 * with a second query. A statement's text depends only on its table, its columns and its number
 * of rows, so the same few statements serve a whole import here, with VALUES lists and
 * `RETURNING` for the ids.
 *
 * It writes the values Strapi's query layer writes: for each scalar attribute of the model (and
 * each owned `joinColumn` relation) the value the row gives, converted as Strapi's field
 * (`toDB`) then knex's better-sqlite3 client (`_formatBindings`: a Date as its milliseconds, a
 * boolean as 0/1) convert it, or the attribute's default when the row has none (createMany's
 * `withDefaults`). A value of a kind this does not convert the way Strapi would (a date-only
 * attribute, a datetime given as text…) makes `directRows` return null, and the caller writes
 * that group through `createMany` instead. tests/integration/import-bulk-differential.test.ts
 * compares the rows with the Document Service's on each database.
 */

interface Statement {
  run(params: unknown[]): unknown;
  all(params: unknown[]): unknown[];
}

interface Connection {
  prepare(sql: string): Statement;
}

/** The attributes of Strapi's metadata this reads. */
interface AttributeMeta {
  type?: string;
  columnName?: string;
  default?: unknown;
  joinColumn?: { name: string };
  owner?: boolean;
}

export interface DirectModel {
  tableName: string;
  attributes: Record<string, unknown>;
}

type Convert = (value: unknown) => unknown;

/** No conversion of Strapi's applies to this value: the group goes through `createMany`. */
const NOT_DIRECT = Symbol('not direct');

const STRING_TYPES = new Set([
  'string',
  'text',
  'richtext',
  'uid',
  'enumeration',
  'email',
  'password',
]);
const NUMBER_TYPES = new Set(['integer', 'float', 'decimal']);
const DATETIME_TYPES = new Set(['datetime', 'timestamp']);

/**
 * How a value of an attribute is bound, as Strapi's field then knex's client would bind it, for
 * the kinds of values the bulk write gives; NOT_DIRECT for anything else.
 */
const converterOf = (attribute: AttributeMeta): Convert | null => {
  const type = attribute.type ?? '';
  if (STRING_TYPES.has(type)) {
    return (value) => (typeof value === 'string' ? value : NOT_DIRECT);
  }
  if (NUMBER_TYPES.has(type)) {
    return (value) => (typeof value === 'number' && Number.isFinite(value) ? value : NOT_DIRECT);
  }
  if (type === 'boolean') {
    return (value) => (typeof value === 'boolean' ? Number(value) : NOT_DIRECT);
  }
  if (DATETIME_TYPES.has(type)) {
    return (value) =>
      value instanceof Date && !Number.isNaN(value.getTime()) ? value.getTime() : NOT_DIRECT;
  }
  if (type === 'json' || type === 'blocks') {
    return (value) =>
      typeof value === 'string'
        ? value
        : value !== null && typeof value === 'object'
          ? JSON.stringify(value)
          : NOT_DIRECT;
  }
  return null;
};

/** A default as createMany gives it (not converted by the field), bound as knex binds it. */
const bindDefault = (value: unknown): unknown =>
  value instanceof Date ? value.getTime() : typeof value === 'boolean' ? Number(value) : value;

interface Column {
  attribute: string;
  column: string;
  convert: Convert;
  /** The attribute's default, for rows without a value (a function is called per row). */
  fallback?: unknown;
}

const plans = new WeakMap<object, Column[] | null>();

/**
 * The columns an insert of this model writes, in the metadata's order; null when the model has
 * an attribute stored in its own table that this does not convert (the caller uses createMany).
 */
const columnsOf = (model: DirectModel): Column[] | null => {
  const known = plans.get(model);
  if (known !== undefined) return known;
  let columns: Column[] | null = [];
  for (const [name, raw] of Object.entries(model.attributes)) {
    const attribute = raw as AttributeMeta;
    if (attribute.type === 'increments') continue;
    if (attribute.type === 'relation') {
      // An owned xToOne stored in a column of this table (createdBy, updatedBy): its id.
      if (attribute.joinColumn && attribute.owner) {
        columns.push({
          attribute: name,
          column: attribute.joinColumn.name,
          convert: (value) =>
            typeof value === 'number'
              ? value
              : value !== null && typeof value === 'object' && 'id' in value
                ? (value as { id: unknown }).id
                : NOT_DIRECT,
        });
      }
      continue;
    }
    // Components, dynamic zones and media live in other tables: createMany writes none of them.
    if (attribute.type === 'component' || attribute.type === 'dynamiczone') continue;
    if (attribute.type === 'media') continue;
    const convert = converterOf(attribute);
    if (!convert) {
      columns = null;
      break;
    }
    columns.push({
      attribute: name,
      column: columnOf(model, name),
      convert,
      ...(attribute.default !== undefined ? { fallback: attribute.default } : {}),
    });
  }
  plans.set(model, columns);
  return columns;
};

/**
 * The rows' values in column order, as bindings, and the columns they use; null when a value
 * is of a kind this does not convert (the caller writes the rows through createMany).
 */
export const directRows = (
  model: DirectModel,
  rows: readonly Record<string, unknown>[]
): { columns: string[]; bindings: unknown[] } | null => {
  const all = columnsOf(model);
  if (!all || rows.length === 0) return null;
  // The columns any row gives a value or a default to; the others are left to the table's
  // defaults, as knex leaves a column none of the rows names (a missing one in a row is NULL).
  const used = all.filter(
    (column) =>
      column.fallback !== undefined || rows.some((row) => row[column.attribute] !== undefined)
  );
  const bindings: unknown[] = [];
  for (const row of rows) {
    for (const column of used) {
      let value = row[column.attribute];
      if (value === undefined) {
        const fallback =
          typeof column.fallback === 'function'
            ? (column.fallback as () => unknown)()
            : column.fallback;
        bindings.push(fallback === undefined ? null : bindDefault(fallback));
        continue;
      }
      if (value !== null) value = column.convert(value);
      if (value === NOT_DIRECT) return null;
      bindings.push(value);
    }
  }
  return { columns: used.map((column) => column.column), bindings };
};

const quote = (identifier: string) => `"${identifier.replace(/"/g, '""')}"`;

/** Prepared statements by connection, by SQL: a handful per import (table × row count). */
const prepared = new WeakMap<object, Map<string, Statement>>();
const MAX_PREPARED = 64;

const statementOf = (connection: Connection, sql: string): Statement => {
  let cache = prepared.get(connection);
  if (!cache) {
    cache = new Map();
    prepared.set(connection, cache);
  }
  let statement = cache.get(sql);
  if (!statement) {
    if (cache.size >= MAX_PREPARED) cache.clear();
    statement = connection.prepare(sql);
    cache.set(sql, statement);
  }
  return statement;
};

/**
 * Whether this knex instance or transaction runs on knex's better-sqlite3 client (the direct
 * inserts' case; one connection, one thread).
 */
export const isBetterSqlite = (trx: Pick<Knex, 'client'>): boolean =>
  (trx.client as { driverName?: string }).driverName === 'better-sqlite3';

/**
 * One multi-row `INSERT … VALUES` on the transaction's own connection; with `returning`, the
 * inserted rows' values of those columns (in the order SQLite returns them).
 */
export const insertDirect = async (
  trx: Knex.Transaction,
  table: string,
  columns: readonly string[],
  bindings: readonly unknown[],
  returning: readonly string[] = []
): Promise<Record<string, unknown>[]> => {
  if (trx.isCompleted()) {
    throw new Error(`The transaction ended before the insert into ${table}.`);
  }
  const rowCount = bindings.length / columns.length;
  const tuple = `(${columns.map(() => '?').join(', ')})`;
  const sql =
    `insert into ${quote(table)} (${columns.map(quote).join(', ')}) values ` +
    Array.from({ length: rowCount }, () => tuple).join(', ') +
    (returning.length > 0 ? ` returning ${returning.map(quote).join(', ')}` : '');
  const connection = (await trx.client.acquireConnection()) as Connection;
  const statement = statementOf(connection, sql);
  // Heard as knex's own queries are (its `query` event: debug logs, query counters, tests).
  (trx.client as unknown as EventEmitter).emit('query', {
    method: 'insert',
    sql,
    bindings,
    __knexTxId: (trx as unknown as { txid?: string }).txid,
  });
  if (returning.length === 0) {
    statement.run(bindings as unknown[]);
    return [];
  }
  return statement.all(bindings as unknown[]) as Record<string, unknown>[];
};
