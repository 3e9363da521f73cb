import fs from 'node:fs';
import path from 'node:path';

import { REPO_ROOT } from './paths';

export interface NewsTextSpec {
  title: string;
  category?: string[];
  tags?: string[];
  paragraphs?: string[];
  authors?: string[];
}

/** An article in the news-text format of the reference seed. */
export const newsText = ({
  title,
  category = [],
  tags = [],
  paragraphs = [`Body of ${title}. It has a few words so that it counts as a paragraph.`],
  authors = [],
}: NewsTextSpec): string => {
  const byline =
    authors.length > 1
      ? `By ${authors.slice(0, -1).join(', ')} and ${authors[authors.length - 1]}`
      : authors.length === 1
        ? `By ${authors[0]}`
        : null;
  return [
    category.length ? `Home / ${[...category, title].join(' / ')}` : null,
    title,
    tags.length ? tags.join(', ') : null,
    ...paragraphs,
    byline,
  ]
    .filter((part): part is string => part !== null)
    .join('\n\n');
};

/** The reference article: ../shared/seed when present, else the copy bundled in data/. */
export const referenceSeed = (): { name: string; content: string } => {
  const name = '000_5637bd5acb181e31.txt';
  const shared = path.resolve(REPO_ROOT, '..', 'shared', 'seed', name);
  const file = fs.existsSync(shared) ? shared : path.join(REPO_ROOT, 'data', name);
  return { name, content: fs.readFileSync(file, 'utf8') };
};
