// Assertions shared by the play functions of the stories.
import { expect, waitFor, within } from 'storybook/test';

/** Queries on the whole document: dialogs and menus are portalled out of the canvas. */
export function page(canvasElement: HTMLElement) {
  return within(canvasElement.ownerDocument.body);
}

/** Finds the dialog called `name` and waits for its opening transition to end. */
export async function findDialog(canvasElement: HTMLElement, name: string) {
  const dialog = await page(canvasElement).findByRole('dialog', { name });
  await waitFor(() => expect(dialog).toBeVisible());
  return dialog;
}

/** Names of the form's inputs, in document order (checks the field order of the design). */
export function inputNames(root: HTMLElement): string[] {
  return Array.from(root.querySelectorAll('input')).map((input) => input.name);
}

/** The field shows `message` as its error: marked invalid, message as its description. */
export async function expectFieldError(input: HTMLElement, message: string) {
  await waitFor(() => expect(input).toHaveAttribute('aria-invalid', 'true'));
  await expect(input).toHaveAccessibleDescription(message);
}

/** The field is not marked invalid. */
export async function expectFieldValid(input: HTMLElement) {
  await expect(input).toHaveAttribute('aria-invalid', 'false');
}

/** Every input of the form is read-only (the values stay selectable and copyable). */
export async function expectAllReadOnly(root: HTMLElement) {
  for (const input of Array.from(root.querySelectorAll('input'))) {
    await expect(input).toHaveAttribute('readonly');
  }
}

/** Every input and button of the form is disabled (Cancel and Back too). */
export async function expectAllDisabled(root: HTMLElement) {
  for (const control of Array.from(root.querySelectorAll('input, button'))) {
    await expect(control).toBeDisabled();
  }
}
