/** Query parameters of the articles list that the standard syntax cannot express. */
export const ARTICLE_PARAMS = ['category', 'tag', 'author'] as const;
export type ArticleParam = (typeof ARTICLE_PARAMS)[number];

export const MAX_PARAM_LENGTH = 200;

export type ArticleParamValues =
  | { ok: true; values: Partial<Record<ArticleParam, string>> }
  | { ok: false; param: ArticleParam; message: string };

const readParam = (query: Record<string, unknown>, param: ArticleParam) => {
  const value = query[param];
  if (value === undefined) return { value: undefined };
  if (typeof value !== 'string') {
    return { error: `"${param}" must be a single value, e.g. ?${param}=politics` };
  }
  const trimmed = value.trim();
  if (trimmed === '' || trimmed.length > MAX_PARAM_LENGTH) {
    return { error: `"${param}" must be between 1 and ${MAX_PARAM_LENGTH} characters` };
  }
  return { value: trimmed };
};

/** The custom params the caller gave, trimmed; the first bad one is named with what is wrong. */
export const readArticleParams = (query: Record<string, unknown>): ArticleParamValues => {
  const values: Partial<Record<ArticleParam, string>> = {};
  for (const param of ARTICLE_PARAMS) {
    const read = readParam(query, param);
    if (read.error !== undefined) return { ok: false, param, message: read.error };
    if (read.value !== undefined) values[param] = read.value;
  }
  return { ok: true, values };
};
