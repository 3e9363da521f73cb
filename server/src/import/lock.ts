import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';

import { UID } from '../../../shared/contracts';

const IMPORT_LOCK = 'import';

/** Makes sure the lock row exists (bootstrap). Extra rows from a start-up race are harmless. */
export const ensureImportLock = async (strapi: Core.Strapi): Promise<void> => {
  const query = strapi.db.query(UID.lock);
  if (!(await query.findOne({ where: { name: IMPORT_LOCK } }))) {
    await query.create({ data: { name: IMPORT_LOCK } });
  }
};

/**
 * Takes the import lock for the rest of the transaction: `SELECT … FOR UPDATE` on the lock row,
 * so writers in other transactions, or other Strapi processes on the same Postgres or MySQL
 * database, wait until this one commits. Must be the transaction's first statement (on MySQL the
 * REPEATABLE READ snapshot then starts after the lock, so the reads that follow see the other
 * writer's rows). SQLite has a single writer and ignores FOR UPDATE.
 */
export const takeImportLock = async (strapi: Core.Strapi, trx: Knex.Transaction) => {
  const lock = () =>
    strapi.db
      .queryBuilder(UID.lock)
      .select(['id'])
      .where({ name: IMPORT_LOCK })
      .transacting(trx)
      .forUpdate()
      .execute<unknown[]>();
  if ((await lock()).length === 0) {
    // The row was wiped (e.g. by a data transfer) since bootstrap: put it back, then lock it.
    await strapi.db.query(UID.lock).create({ data: { name: IMPORT_LOCK } });
    await lock();
  }
};
