import { useCallback } from 'react';

import { useIntl } from 'react-intl';

import { getTranslation } from './getTranslation';

export type MessageValues = Record<string, string | number | boolean | null | undefined | Date>;

export type Translate = (id: string, defaultMessage: string, values?: MessageValues) => string;

/** `t(id, defaultMessage, values)`: a plugin message (id prefixed with `newsroom.`) as a string. */
export const useT = (): Translate => {
  const { formatMessage } = useIntl();
  return useCallback(
    (id, defaultMessage, values) =>
      formatMessage({ id: getTranslation(id), defaultMessage }, values),
    [formatMessage]
  );
};
