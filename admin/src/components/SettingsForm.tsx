import { Grid, NumberInput, Toggle } from '@strapi/design-system';

import type { NewsroomSettings } from '../../../shared/contracts';
import { FormField } from './FormField';
import { SelectField } from './SelectField';
import { formatBytes } from '../utils/format';
import { useT } from '../utils/useT';

const MB = 1024 * 1024;

export type SettingsErrors = Partial<Record<keyof NewsroomSettings, string>>;

interface SettingsFormProps {
  values: NewsroomSettings;
  errors: SettingsErrors;
  disabled: boolean;
  onChange: (values: NewsroomSettings) => void;
}

/** The four run-time settings; the server validates them on save. */
export const SettingsForm = ({ values, errors, disabled, onChange }: SettingsFormProps) => {
  const t = useT();
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
          'Most the server accepts in one import request ({size}); the Newsroom page splits larger batches.',
          {
            size: formatBytes(values.maxImportBytes),
          }
        )}
      >
        <NumberInput
          value={Math.round((values.maxImportBytes / MB) * 100) / 100}
          disabled={disabled}
          step={0.5}
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
          onChange={(event: React.ChangeEvent<HTMLInputElement>) =>
            set('publicRead', event.target.checked)
          }
        />
      </FormField>
    </Grid.Root>
  );
};
