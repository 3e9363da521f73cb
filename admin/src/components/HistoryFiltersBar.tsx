import {
  Box,
  Button,
  Field,
  Flex,
  SingleSelect,
  SingleSelectOption,
  TextInput,
} from '@strapi/design-system';
import { Cross } from '@strapi/icons';

import type { HistoryResult, HistoryUser } from '../../../shared/contracts';
import { NO_FILTERS, type HistoryFilterFields } from '../utils/historyFilters';
import { useT } from '../utils/useT';

interface HistoryFiltersBarProps {
  value: HistoryFilterFields;
  users: readonly HistoryUser[];
  onChange: (value: HistoryFilterFields) => void;
}

const ANYONE = 'anyone';
const ANY_RESULT = 'any';

/** The History tab's filters: who, from and to (days), result. */
export const HistoryFiltersBar = ({ value, users, onChange }: HistoryFiltersBarProps) => {
  const t = useT();
  const set = <K extends keyof HistoryFilterFields>(key: K, next: HistoryFilterFields[K]) =>
    onChange({ ...value, [key]: next });
  const results: { value: HistoryResult; label: string }[] = [
    { value: 'failed', label: t('history.filter.result.failed', 'With failures') },
    {
      value: 'conflict',
      label: t('history.filter.result.conflict', 'With articles left as edited'),
    },
    {
      value: 'forbidden',
      label: t('history.filter.result.forbidden', 'With articles not allowed'),
    },
    { value: 'ok', label: t('history.filter.result.ok', 'Without problems') },
  ];
  const filtered = value.who !== '' || value.from !== '' || value.to !== '' || value.result !== '';

  return (
    <Flex
      gap={4}
      alignItems="flex-end"
      wrap="wrap"
      tag="form"
      role="search"
      aria-label={t('history.filters', 'Filter the history')}
      onSubmit={(event: React.FormEvent) => event.preventDefault()}
    >
      <Box minWidth="220px">
        <Field.Root name="who">
          <Field.Label>{t('history.filter.who', 'Imported by')}</Field.Label>
          <SingleSelect
            value={value.who || ANYONE}
            onChange={(next: string | number) =>
              set('who', String(next) === ANYONE ? '' : String(next))
            }
          >
            <SingleSelectOption value={ANYONE}>
              {t('history.filter.anyone', 'Anyone')}
            </SingleSelectOption>
            {users.map((user) => (
              <SingleSelectOption key={user.id} value={`user:${user.id}`}>
                {user.name || user.email || `#${user.id}`}
              </SingleSelectOption>
            ))}
            <SingleSelectOption value="origin:cli">
              {t('history.origin.cli', 'Seed command')}
            </SingleSelectOption>
            <SingleSelectOption value="origin:bootstrap">
              {t('history.origin.bootstrap', 'Seed at start-up')}
            </SingleSelectOption>
          </SingleSelect>
        </Field.Root>
      </Box>
      <Field.Root name="from">
        <Field.Label>{t('history.filter.from', 'From')}</Field.Label>
        <TextInput
          type="date"
          value={value.from}
          max={value.to || undefined}
          onChange={(event: React.ChangeEvent<HTMLInputElement>) => set('from', event.target.value)}
        />
      </Field.Root>
      <Field.Root name="to">
        <Field.Label>{t('history.filter.to', 'To')}</Field.Label>
        <TextInput
          type="date"
          value={value.to}
          min={value.from || undefined}
          onChange={(event: React.ChangeEvent<HTMLInputElement>) => set('to', event.target.value)}
        />
      </Field.Root>
      <Box minWidth="240px">
        <Field.Root name="result">
          <Field.Label>{t('history.filter.result', 'Result')}</Field.Label>
          <SingleSelect
            value={value.result || ANY_RESULT}
            onChange={(next: string | number) => {
              const chosen = results.find((option) => option.value === String(next));
              set('result', chosen ? chosen.value : '');
            }}
          >
            <SingleSelectOption value={ANY_RESULT}>
              {t('history.filter.result.any', 'Any result')}
            </SingleSelectOption>
            {results.map((option) => (
              <SingleSelectOption key={option.value} value={option.value}>
                {option.label}
              </SingleSelectOption>
            ))}
          </SingleSelect>
        </Field.Root>
      </Box>
      {filtered && (
        <Button variant="tertiary" startIcon={<Cross />} onClick={() => onChange(NO_FILTERS)}>
          {t('history.filter.clear', 'Clear filters')}
        </Button>
      )}
    </Flex>
  );
};
