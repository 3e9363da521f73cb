import {
  Field,
  Grid,
  NumberInput,
  SingleSelect,
  SingleSelectOption,
  Toggle,
} from '@strapi/design-system';

import type { NewsroomSettings } from '../contracts';
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
      <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
        <Field.Root
          name="defaultStatus"
          error={errors.defaultStatus}
          hint={t(
            'settings.defaultStatus.hint',
            'Preselected on the Newsroom page and used by the seed command.'
          )}
        >
          <Field.Label>{t('settings.defaultStatus', 'Default status')}</Field.Label>
          <SingleSelect
            value={values.defaultStatus}
            disabled={disabled}
            onChange={(value: string | number) =>
              set('defaultStatus', value === 'published' ? 'published' : 'draft')
            }
          >
            <SingleSelectOption value="draft">{t('status.draft', 'Draft')}</SingleSelectOption>
            <SingleSelectOption value="published">
              {t('status.published', 'Published')}
            </SingleSelectOption>
          </SingleSelect>
          <Field.Error />
          <Field.Hint />
        </Field.Root>
      </Grid.Item>
      <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
        <Field.Root
          name="wordsPerMinute"
          error={errors.wordsPerMinute}
          hint={t('settings.wordsPerMinute.hint', 'Reading speed used for the reading time.')}
        >
          <Field.Label>{t('settings.wordsPerMinute', 'Words per minute')}</Field.Label>
          <NumberInput
            value={values.wordsPerMinute}
            disabled={disabled}
            step={10}
            onValueChange={(value: number | undefined) => set('wordsPerMinute', value ?? 0)}
          />
          <Field.Error />
          <Field.Hint />
        </Field.Root>
      </Grid.Item>
      <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
        <Field.Root
          name="maxImportBytes"
          error={errors.maxImportBytes}
          hint={t(
            'settings.maxImportBytes.hint',
            'Most the server accepts in one import request ({size}); the Newsroom page splits larger batches.',
            {
              size: formatBytes(values.maxImportBytes),
            }
          )}
        >
          <Field.Label>{t('settings.maxImportBytes', 'Maximum import size (MB)')}</Field.Label>
          <NumberInput
            value={Math.round((values.maxImportBytes / MB) * 100) / 100}
            disabled={disabled}
            step={0.5}
            onValueChange={(value: number | undefined) =>
              set('maxImportBytes', Math.round((value ?? 0) * MB))
            }
          />
          <Field.Error />
          <Field.Hint />
        </Field.Root>
      </Grid.Item>
      <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
        <Field.Root
          name="publicRead"
          error={errors.publicRead}
          hint={t(
            'settings.publicRead.hint',
            'Lets anyone read published articles, authors and categories through the API.'
          )}
        >
          <Field.Label>{t('settings.publicRead', 'Public read access')}</Field.Label>
          <Toggle
            checked={values.publicRead}
            disabled={disabled}
            onLabel={t('settings.on', 'On')}
            offLabel={t('settings.off', 'Off')}
            onChange={(event: React.ChangeEvent<HTMLInputElement>) =>
              set('publicRead', event.target.checked)
            }
          />
          <Field.Error />
          <Field.Hint />
        </Field.Root>
      </Grid.Item>
    </Grid.Root>
  );
};
