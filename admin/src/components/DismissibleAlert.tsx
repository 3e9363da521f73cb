import { useState } from 'react';

import { Alert, type AlertProps } from '@strapi/design-system';

/** The design system's Alert, whose close button hides it. */
export const DismissibleAlert = ({ onClose, ...props }: AlertProps) => {
  const [open, setOpen] = useState(true);
  if (!open) return null;
  return (
    <Alert
      {...props}
      onClose={() => {
        setOpen(false);
        onClose?.();
      }}
    />
  );
};
