/** What the raw queries here need of a model's metadata (Strapi's `db.metadata.get(uid)`). */
export interface ModelMeta {
  tableName: string;
  attributes: Record<string, unknown>;
}

/** An attribute's column (Strapi's metadata names it when it differs from the attribute). */
export const columnOf = (meta: Pick<ModelMeta, 'attributes'>, attribute: string): string =>
  (meta.attributes[attribute] as { columnName?: string } | undefined)?.columnName ?? attribute;
