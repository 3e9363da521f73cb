import { Box, Button, Flex, Typography } from '@strapi/design-system';

import { matchExpected, type ImportStart } from '../utils/rerun';
import { useDateTime } from '../utils/useDateTime';
import { useT } from '../utils/useT';

/**
 * On the Import tab started by a re-run: what it is. The failed files of an import of this page
 * are here already (planned again at once); those of a past import are named, and the files
 * chosen are checked against the names: which are chosen, which are missing, which are not
 * among them.
 */
export const RerunNotice = ({
  start,
  chosen,
  onForget,
}: {
  start: ImportStart;
  /** The names of the files chosen so far. */
  chosen: readonly string[];
  onForget: () => void;
}) => {
  const t = useT();
  const formatDateTime = useDateTime();
  if (start.kind === 'files') {
    return (
      <Box background="primary100" padding={4} hasRadius data-testid="rerun-notice">
        <Typography variant="omega" role="status">
          {t(
            'rerun.planned',
            'Re-run of {count, plural, one {the file} other {the # files}} whose import failed: {files}. Planned again below, alone; nothing is written until you import.',
            { count: start.files.length, files: start.files.map((file) => file.name).join(', ') }
          )}
        </Typography>
      </Box>
    );
  }
  const { found, missing, unexpected } = matchExpected(start.names, chosen);
  return (
    <Box background="primary100" padding={4} hasRadius data-testid="rerun-notice">
      <Flex direction="column" alignItems="stretch" gap={2}>
        <Typography tag="h2" variant="delta">
          {t('rerun.chooseHeading', 'Choose the failed files again')}
        </Typography>
        <Typography variant="omega">
          {t(
            'rerun.chooseIntro',
            'The import of {when} could not import {count, plural, one {this file} other {these # files}}. The history keeps what happened to each file, not its content: choose {count, plural, one {it} other {them}} again below (fix {count, plural, one {it} other {them}} first if the reason was the file itself), preview, then import.',
            {
              when: formatDateTime(start.createdAt, { seconds: true }),
              count: start.names.length,
            }
          )}
        </Typography>
        <ul aria-label={t('rerun.expectedList', 'Failed files to choose again')}>
          {start.names.map((name) => {
            const isChosen = found.includes(name);
            return (
              <li key={name} data-testid="expected-file" data-chosen={isChosen}>
                <Typography
                  variant="omega"
                  textColor={isChosen ? 'success600' : 'neutral800'}
                  fontWeight={isChosen ? 'bold' : undefined}
                >
                  {isChosen
                    ? t('rerun.fileChosen', '{file}: chosen', { file: name })
                    : t('rerun.fileMissing', '{file}: not chosen yet', { file: name })}
                </Typography>
              </li>
            );
          })}
        </ul>
        <Typography variant="pi" textColor="neutral600" role="status" data-testid="expected-count">
          {missing.length === 0
            ? t('rerun.allChosen', 'All {count} chosen.', { count: start.names.length })
            : t('rerun.chosenCount', '{chosen} of {count} chosen.', {
                chosen: found.length,
                count: start.names.length,
              })}
        </Typography>
        {unexpected.length > 0 && (
          <Typography variant="omega" textColor="warning700" data-testid="unexpected-files">
            {t(
              'rerun.unexpected',
              'Not among the failed files of that import: {files}. Remove {count, plural, one {it} other {them}} unless you mean to import {count, plural, one {it} other {them}} too.',
              { files: unexpected.join(', '), count: unexpected.length }
            )}
          </Typography>
        )}
        {start.unlisted > 0 && (
          <Typography variant="pi" textColor="neutral600">
            {t(
              'rerun.unlisted',
              '{count, plural, one {# more failed article is} other {# more failed articles are}} not listed: the history keeps the first lines of an import.',
              { count: start.unlisted }
            )}
          </Typography>
        )}
        <Flex>
          <Button variant="tertiary" size="S" onClick={onForget}>
            {t('rerun.forget', 'Forget this list')}
          </Button>
        </Flex>
      </Flex>
    </Box>
  );
};
