/** Article fields an import writes; a conflict names those an editor changed. */
export type ArticleFieldName =
  'title' | 'slug' | 'description' | 'body' | 'tags' | 'authors' | 'category';
