/** What the raw queries here need of a model's metadata (Strapi's `db.metadata.get(uid)`). */
export interface ModelMeta {
  tableName: string;
  attributes: Record<string, unknown>;
}

/** An attribute's column (Strapi's metadata names it when it differs from the attribute). */
export const columnOf = (meta: Pick<ModelMeta, 'attributes'>, attribute: string): string =>
  (meta.attributes[attribute] as { columnName?: string } | undefined)?.columnName ?? attribute;

/** A relation's join table as Strapi's metadata describes it (`attributes[name].joinTable`). */
export interface JoinTableMeta {
  name: string;
  joinColumn: { name: string; referencedColumn?: string };
  inverseJoinColumn: { name: string; referencedColumn?: string };
  /** Extra conditions (polymorphic links); the raw queries here take plain join tables only. */
  on?: unknown;
}
