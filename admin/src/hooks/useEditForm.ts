import { useForm } from '@strapi/strapi/admin';

/**
 * The Content Manager's edit form, read from a side panel (the panels are rendered inside it):
 * its current values, unsaved ones included, and whether anything changed since the last save.
 * Outside an edit form, `values` is undefined and `modified` false.
 */
export const useEditForm = (): {
  values: Record<string, unknown> | undefined;
  modified: boolean;
} => {
  const values = useForm('NewsroomSidePanel', (state) => state.values) as
    Record<string, unknown> | undefined;
  const modified = useForm('NewsroomSidePanel', (state) => state.modified) === true;
  return { values, modified };
};
