import { Typography } from '@strapi/design-system';

import type { ImportError } from '../../../shared/contracts';
import { errorText } from '../utils/articleErrors';
import { useT } from '../utils/useT';
import { DangerNotice } from './DangerNotice';

/** "Line 12: The title is missing …", in the danger colours and the user's language. */
export const ParseErrorMessage = ({ error }: { error: ImportError }) => {
  const t = useT();
  return (
    <DangerNotice testId="parse-error">
      {error.line !== null && error.line !== undefined && (
        <Typography fontWeight="bold" textColor="danger700">
          {error.column
            ? t('error.lineColumn', 'Line {line}, column {column}: ', {
                line: error.line,
                column: error.column,
              })
            : t('error.line', 'Line {line}: ', { line: error.line })}
        </Typography>
      )}
      {errorText(error, t)}
    </DangerNotice>
  );
};
