import { Field, Grid } from '@strapi/design-system';

interface FormFieldProps {
  name: string;
  label: string;
  hint: string;
  error?: string;
  children: React.ReactNode;
}

/** One field of a two-column form: label, control, its error (from the server) and a hint. */
export const FormField = ({ name, label, hint, error, children }: FormFieldProps) => (
  <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
    <Field.Root name={name} error={error} hint={hint}>
      <Field.Label>{label}</Field.Label>
      {children}
      <Field.Error />
      <Field.Hint />
    </Field.Root>
  </Grid.Item>
);
