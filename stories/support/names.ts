/**
 * The name an element gets from `aria-labelledby`, else its text: a type's
 * display name in the picker or the add menu, without the hint under it.
 */
export function nameOf(element: Element): string | null {
  const id = element.getAttribute('aria-labelledby');
  const label = id ? element.ownerDocument.getElementById(id) : null;
  return (label ?? element).textContent;
}
