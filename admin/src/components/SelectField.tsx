import { SingleSelect, SingleSelectOption } from '@strapi/design-system';

import { FormField } from './FormField';

interface SelectFieldProps<V extends string> {
  name: string;
  label: string;
  hint: string;
  error?: string;
  disabled?: boolean;
  value: V;
  options: readonly { value: V; label: string }[];
  onChange: (value: V) => void;
}

/** A form field choosing one of a few values (a status, a format). */
export const SelectField = <V extends string>({
  value,
  options,
  disabled,
  onChange,
  ...field
}: SelectFieldProps<V>) => (
  <FormField {...field}>
    <SingleSelect
      value={value}
      disabled={disabled}
      onChange={(next: string | number) => {
        const chosen = options.find((option) => option.value === String(next));
        if (chosen) onChange(chosen.value);
      }}
    >
      {options.map((option) => (
        <SingleSelectOption key={option.value} value={option.value}>
          {option.label}
        </SingleSelectOption>
      ))}
    </SingleSelect>
  </FormField>
);
