import { Flex, Typography } from '@strapi/design-system';

import type { RequestFailure } from '../api/errors';
import { requestErrorMessage } from '../utils/requestErrors';
import { useT, type Translate } from '../utils/useT';

import { DismissibleAlert } from './DismissibleAlert';

export const failureTitle = (t: Translate, failure: RequestFailure): string => {
  switch (failure.kind) {
    case 'http':
      return failure.status !== null
        ? t('failure.http', 'The request failed (HTTP {status})', { status: failure.status })
        : t('failure.httpNoStatus', 'The request failed');
    case 'network':
      return t('failure.network', 'The server could not be reached');
    case 'unexpected':
      return t('failure.unexpected', 'The server sent an answer the admin cannot read');
    case 'aborted':
      return t('failure.aborted', 'The request was cancelled');
  }
};

interface RequestFailureAlertProps {
  failure: RequestFailure;
  /** The files the failed request carried: none of them was imported. */
  files?: string[];
  /** What the files were not: "imported", "checked". */
  notDoneLabel?: string;
  onClose?: () => void;
}

/**
 * A failed request: what the server refused, in the user's language when it sent a code this
 * admin knows, else the server's own (English) message.
 */
export const RequestFailureAlert = ({
  failure,
  files = [],
  notDoneLabel,
  onClose,
}: RequestFailureAlertProps) => {
  const t = useT();
  const translated = requestErrorMessage(failure, t);
  const message =
    translated ??
    (failure.message && (failure.name ? `${failure.name}: ${failure.message}` : failure.message));
  return (
    <DismissibleAlert
      variant="danger"
      title={failureTitle(t, failure)}
      closeLabel={t('failure.close', 'Close')}
      onClose={onClose}
      data-testid="request-failure"
    >
      <Flex direction="column" alignItems="flex-start" gap={1} tag="span">
        {message && (
          <Typography tag="span" data-testid="request-failure-message">
            {message}
          </Typography>
        )}
        {files.length > 0 && (
          <Typography tag="span">
            {notDoneLabel ?? t('failure.notImported', 'Not imported:')} {files.join(', ')}
          </Typography>
        )}
      </Flex>
    </DismissibleAlert>
  );
};
