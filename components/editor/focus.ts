// Moving the focus to an element of the editor (a cell, a part's text), bringing it into view.
export function focusElement(
  id: string,
  options: { select?: boolean; block?: ScrollLogicalPosition } = {},
): boolean {
  const element = document.getElementById(id);
  if (!element) return false;
  element.focus({ preventScroll: true });
  element.scrollIntoView({ block: options.block ?? 'center', inline: 'nearest' });
  if (options.select && element instanceof HTMLInputElement) element.select();
  return true;
}
