import { useState } from 'react';

import { Button, Dialog, Grid, NumberInput, Toggle } from '@strapi/design-system';

import type { NewsroomSettings, SettingsLimits } from '../../../shared/contracts';
import { FormField } from './FormField';
import { SelectField } from './SelectField';
import { formatBytes } from '../utils/format';
import type { SettingsErrors } from '../utils/settingsErrors';
import { useT } from '../utils/useT';

const MB = 1024 * 1024;

export type { SettingsErrors } from '../utils/settingsErrors';

interface SettingsFormProps {
  values: NewsroomSettings;
  limits: SettingsLimits;
  errors: SettingsErrors;
  disabled: boolean;
  onChange: (values: NewsroomSettings) => void;
}

/** The four run-time settings; the server validates them on save. */
export const SettingsForm = ({ values, limits, errors, disabled, onChange }: SettingsFormProps) => {
  const t = useT();
  const [confirmPublic, setConfirmPublic] = useState(false);
  const set = <K extends keyof NewsroomSettings>(key: K, value: NewsroomSettings[K]) =>
    onChange({ ...values, [key]: value });

  return (
    <Grid.Root gap={6}>
      <SelectField
        name="defaultStatus"
        error={errors.defaultStatus}
        label={t('settings.defaultStatus', 'Default status')}
        hint={t(
          'settings.defaultStatus.hint',
          'Preselected on the Newsroom page and used by the seed command.'
        )}
        value={values.defaultStatus}
        disabled={disabled}
        options={[
          { value: 'draft', label: t('status.draft', 'Draft') },
          { value: 'published', label: t('status.published', 'Published') },
        ]}
        onChange={(value) => set('defaultStatus', value)}
      />
      <FormField
        name="wordsPerMinute"
        error={errors.wordsPerMinute}
        label={t('settings.wordsPerMinute', 'Words per minute')}
        hint={t('settings.wordsPerMinute.hint', 'Reading speed used for the reading time.')}
      >
        <NumberInput
          value={values.wordsPerMinute}
          disabled={disabled}
          step={10}
          onValueChange={(value: number | undefined) => set('wordsPerMinute', value ?? 0)}
        />
      </FormField>
      <FormField
        name="maxImportBytes"
        error={errors.maxImportBytes}
        label={t('settings.maxImportBytes', 'Maximum import size (MB)')}
        hint={t(
          'settings.maxImportBytes.hint',
          'Most the server accepts in one import request, from {min} to {max} on this server (its body parser’s limit); the Newsroom page splits larger batches.',
          {
            min: formatBytes(limits.maxImportBytes.min),
            max: formatBytes(limits.maxImportBytes.max),
          }
        )}
      >
        <NumberInput
          value={Math.round((values.maxImportBytes / MB) * 100) / 100}
          disabled={disabled}
          step={0.5}
          min={0}
          onValueChange={(value: number | undefined) =>
            set('maxImportBytes', Math.round((value ?? 0) * MB))
          }
        />
      </FormField>
      <FormField
        name="publicRead"
        error={errors.publicRead}
        label={t('settings.publicRead', 'Public read access')}
        hint={t(
          'settings.publicRead.hint',
          'Lets anyone read published articles, authors and categories through the API.'
        )}
      >
        <Toggle
          checked={values.publicRead}
          disabled={disabled}
          onLabel={t('settings.on', 'On')}
          offLabel={t('settings.off', 'Off')}
          onChange={(event: React.ChangeEvent<HTMLInputElement>) => {
            // Turning it on opens the content to everyone: the user confirms first.
            if (event.target.checked) setConfirmPublic(true);
            else set('publicRead', false);
          }}
        />
      </FormField>
      <Dialog.Root open={confirmPublic} onOpenChange={setConfirmPublic}>
        <Dialog.Content>
          <Dialog.Header>
            {t('settings.publicRead.confirmTitle', 'Open the articles to everyone?')}
          </Dialog.Header>
          <Dialog.Body>
            <Dialog.Description>
              {t(
                'settings.publicRead.confirm',
                'Anyone on the internet will be able to read every published article, author and category through the API and the feeds, without logging in. Drafts stay private. You can turn it off again here.'
              )}
            </Dialog.Description>
          </Dialog.Body>
          <Dialog.Footer>
            <Dialog.Cancel>
              <Button variant="tertiary">
                {t('settings.publicRead.cancel', 'Keep it private')}
              </Button>
            </Dialog.Cancel>
            <Dialog.Action>
              <Button variant="danger-light" onClick={() => set('publicRead', true)}>
                {t('settings.publicRead.turnOn', 'Turn on public read')}
              </Button>
            </Dialog.Action>
          </Dialog.Footer>
        </Dialog.Content>
      </Dialog.Root>
    </Grid.Root>
  );
};
