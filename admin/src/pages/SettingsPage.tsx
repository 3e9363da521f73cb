import { useCallback, useEffect, useState } from 'react';

import { Box, Button } from '@strapi/design-system';
import { Check } from '@strapi/icons';
import { Layouts, Page, useNotification, useRBAC } from '@strapi/strapi/admin';

import { fieldErrorsOf, toRequestFailure, type RequestFailure } from '../api/errors';
import { useNewsroomApi } from '../api/useNewsroomApi';
import { RequestFailureAlert } from '../components/RequestFailureAlert';
import { SettingsForm, type SettingsErrors } from '../components/SettingsForm';
import { SETTINGS_READ_PERMISSIONS, SETTINGS_UPDATE_PERMISSIONS } from '../constants';
import { SETTING_KEYS, type NewsroomSettings } from '../../../shared/contracts';
import { useRequest } from '../hooks/useRequest';
import { useT } from '../utils/useT';

/** Field errors from a 400: the field the server names in `details.key` (or yup's paths). */
const errorsFromFailure = (failure: RequestFailure): SettingsErrors => {
  const byField = fieldErrorsOf(failure);
  const errors: SettingsErrors = {};
  for (const key of SETTING_KEYS) if (byField[key]) errors[key] = byField[key];
  return errors;
};

const SettingsPageContent = () => {
  const t = useT();
  const api = useNewsroomApi();
  const { toggleNotification } = useNotification();
  const {
    allowedActions: { canUpdate },
  } = useRBAC({ update: SETTINGS_UPDATE_PERMISSIONS });
  const load = useCallback(() => api.settings(), [api]);
  const { result } = useRequest(load);

  const [values, setValues] = useState<NewsroomSettings | null>(null);
  const [errors, setErrors] = useState<SettingsErrors>({});
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    if (result.state === 'loaded') setValues(result.data);
  }, [result]);

  const save = async () => {
    if (!values) return;
    setSaving(true);
    try {
      setValues(await api.saveSettings(values));
      setErrors({});
      toggleNotification({ type: 'success', message: t('settings.saved', 'Settings saved') });
    } catch (error) {
      const failure = toRequestFailure(error);
      setErrors(errorsFromFailure(failure));
      toggleNotification({
        type: 'danger',
        title: t('settings.saveFailed', 'The settings were not saved'),
        message: failure.message || t('failure.httpNoStatus', 'The request failed'),
      });
    } finally {
      setSaving(false);
    }
  };

  const title = t('settings.title', 'Newsroom');
  return (
    <Page.Main>
      <Page.Title>{title}</Page.Title>
      <Layouts.Header
        title={title}
        subtitle={t('settings.subtitle', 'Import defaults, reading time and public access.')}
        primaryAction={
          canUpdate && values ? (
            <Button startIcon={<Check />} loading={saving} onClick={() => void save()}>
              {t('settings.save', 'Save')}
            </Button>
          ) : undefined
        }
      />
      <Layouts.Content>
        {result.state === 'failed' ? (
          <RequestFailureAlert failure={result.failure} />
        ) : !values ? (
          <Page.Loading />
        ) : (
          <Box background="neutral0" hasRadius shadow="tableShadow" padding={6}>
            <SettingsForm
              values={values}
              errors={errors}
              disabled={!canUpdate || saving}
              onChange={(next) => {
                setValues(next);
                setErrors({});
              }}
            />
          </Box>
        )}
      </Layouts.Content>
    </Page.Main>
  );
};

const SettingsPage = () => (
  <Page.Protect permissions={SETTINGS_READ_PERMISSIONS}>
    <SettingsPageContent />
  </Page.Protect>
);

export { SettingsPage };
export default SettingsPage;
