import { useCallback, useEffect, useMemo, useState } from 'react';

import { Box, Button } from '@strapi/design-system';
import { Check } from '@strapi/icons';
import { Layouts, Page, useNotification, useRBAC } from '@strapi/strapi/admin';

import { fieldErrorsOf, toRequestFailure, type RequestFailure } from '../api/errors';
import type { SettingsAnswer } from '../api/newsroom';
import { useNewsroomApi } from '../api/useNewsroomApi';
import { ReadingTimeRecompute } from '../components/ReadingTimeRecompute';
import { RequestFailureAlert } from '../components/RequestFailureAlert';
import { SettingsForm } from '../components/SettingsForm';
import { SETTINGS_READ_PERMISSIONS, SETTINGS_UPDATE_PERMISSIONS } from '../constants';
import { SETTING_KEYS, type NewsroomSettings } from '../../../shared/contracts';
import { useRequest } from '../hooks/useRequest';
import { settingsChanged, settingsErrors, type SettingsErrors } from '../utils/settingsErrors';
import type { Translate } from '../utils/useT';
import { useT } from '../utils/useT';

/**
 * Field errors from a 400: the field the server names in `details.key` (or yup's paths), said
 * the way the page says it when it knows the check (the user's language, labels, MB), else the
 * server's message.
 */
const errorsFromFailure = (
  failure: RequestFailure,
  values: NewsroomSettings,
  answer: SettingsAnswer,
  t: Translate
): SettingsErrors => {
  const byField = fieldErrorsOf(failure);
  const own = settingsErrors(values, answer.limits, t);
  const errors: SettingsErrors = {};
  for (const key of SETTING_KEYS) if (byField[key]) errors[key] = own[key] ?? byField[key];
  return errors;
};

const SettingsPageContent = () => {
  const t = useT();
  const api = useNewsroomApi();
  const { toggleNotification } = useNotification();
  // The array form (Strapi 5): `plugin::newsroom.settings.update` → canUpdate.
  const {
    allowedActions: { canUpdate },
  } = useRBAC(SETTINGS_UPDATE_PERMISSIONS);
  const load = useCallback(() => api.settings(), [api]);
  const { result } = useRequest(load);

  const [saved, setSaved] = useState<SettingsAnswer | null>(null);
  const [values, setValues] = useState<NewsroomSettings | null>(null);
  const [serverErrors, setServerErrors] = useState<SettingsErrors>({});
  const [saving, setSaving] = useState(false);
  // The last save that changed the words per minute (this visit): offers the recompute.
  const [wpmChange, setWpmChange] = useState<{ from: number; to: number } | null>(null);

  useEffect(() => {
    if (result.state === 'loaded') {
      setSaved(result.data);
      setValues(result.data.settings);
    }
  }, [result]);

  // Checked as the user types, before anything is sent.
  const inline = useMemo(
    () => (values && saved ? settingsErrors(values, saved.limits, t) : {}),
    [values, saved, t]
  );
  const errors = { ...serverErrors, ...inline };
  const changed = values !== null && saved !== null && settingsChanged(values, saved.settings);
  const canSave = changed && Object.keys(inline).length === 0 && !saving;

  const save = async () => {
    if (!values || !saved || !canSave) return;
    setSaving(true);
    try {
      const answer = await api.saveSettings(values);
      const from = saved.settings.wordsPerMinute;
      const to = answer.settings.wordsPerMinute;
      if (from !== to) setWpmChange({ from, to });
      setSaved(answer);
      setValues(answer.settings);
      setServerErrors({});
      toggleNotification({ type: 'success', message: t('settings.saved', 'Settings saved') });
    } catch (error) {
      const failure = toRequestFailure(error);
      setServerErrors(errorsFromFailure(failure, values, saved, t));
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
            <Button
              startIcon={<Check />}
              loading={saving}
              disabled={!canSave}
              onClick={() => void save()}
            >
              {t('settings.save', 'Save')}
            </Button>
          ) : undefined
        }
      />
      <Layouts.Content>
        {result.state === 'failed' ? (
          <RequestFailureAlert failure={result.failure} />
        ) : !values || !saved ? (
          <Page.Loading />
        ) : (
          <>
            <Box background="neutral0" hasRadius shadow="tableShadow" padding={6}>
              <SettingsForm
                values={values}
                limits={saved.limits}
                errors={errors}
                disabled={!canUpdate || saving}
                onChange={(next) => {
                  setValues(next);
                  setServerErrors({});
                }}
              />
            </Box>
            <ReadingTimeRecompute changed={wpmChange} canStart={canUpdate} />
          </>
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
