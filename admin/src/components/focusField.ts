/**
 * Moves the focus to a field of the Content Manager's edit form, scrolled into view: the element
 * named after the attribute (inputs, relation comboboxes), else the first control of the field
 * whose label reads `label` (the media field has no named input). Answers whether it found one.
 */
export const focusField = (name: string, label: string, root: ParentNode = document): boolean => {
  const named = root.querySelector<HTMLElement>(`[name="${CSS.escape(name)}"]`);
  const target = named ?? controlLabelled(label, root);
  if (!target) return false;
  target.scrollIntoView?.({ block: 'center' });
  target.focus();
  return true;
};

const FOCUSABLE = 'input, textarea, select, button, [tabindex]:not([tabindex="-1"])';

const controlLabelled = (label: string, root: ParentNode): HTMLElement | null => {
  const wanted = label.trim().toLowerCase();
  for (const element of Array.from(root.querySelectorAll<HTMLLabelElement>('label'))) {
    // A required field's label ends with an asterisk.
    const text = (element.textContent ?? '')
      .replace(/\*\s*$/, '')
      .trim()
      .toLowerCase();
    if (text !== wanted) continue;
    const byFor = element.htmlFor
      ? root.querySelector<HTMLElement>(`#${CSS.escape(element.htmlFor)}`)
      : null;
    // The label may point at a wrapper (the media field's carousel): then its first control.
    const inside = byFor?.matches(FOCUSABLE) ? byFor : byFor?.querySelector<HTMLElement>(FOCUSABLE);
    if (inside) return inside;
    // Else the first control after the label, within the field that holds both (a few levels
    // up at most, so as not to land in another field).
    let field: HTMLElement | null = element.parentElement;
    for (let depth = 0; field && field !== root && depth < 4; depth += 1) {
      const control = Array.from(field.querySelectorAll<HTMLElement>(FOCUSABLE)).find(
        (candidate) => candidate !== element && !element.contains(candidate)
      );
      if (control) return control;
      field = field.parentElement;
    }
  }
  return null;
};
