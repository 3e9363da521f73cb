import { Link, Typography } from '@strapi/design-system';
import { Link as RouterLink } from 'react-router-dom';

import { articleEditPath } from '../constants';

import { NewTabHint } from './NewTabHint';

/**
 * The article's title, linking to its Content Manager edit view when it exists — in a new tab,
 * so that the report or the plan it is in stays where it is (and screen readers are told so).
 */
export const ArticleLink = ({ documentId, title }: { documentId: string | null; title: string }) =>
  documentId ? (
    <Link
      tag={RouterLink}
      to={articleEditPath(documentId)}
      target="_blank"
      rel="noopener noreferrer"
    >
      {title}
      <NewTabHint />
    </Link>
  ) : (
    <Typography variant="omega" fontWeight="bold">
      {title}
    </Typography>
  );
