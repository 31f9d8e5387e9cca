// The built-in brand marks are a lazy chunk: the picker and the add menu render at
// once with same-size placeholders, on the server and while hydrating too, and draw
// the marks when the chunk is in. Its own file: the chunk's module is mocked here.
import { act, render, screen, waitFor } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { MessengerTypePicker as Picker } from '../../src';
import { telegramIcon } from '../../src/messengers/telegram/icon';
import { typeName } from '../../stories/support/names';
import { freshLibrary } from './helpers';

/** How each import of the chunk ends: `fail` throws (a chunk that does not load). */
const chunk = vi.hoisted(() => ({ fail: true, imports: 0 }));
vi.mock('../../src/messengers/icons', async (importOriginal) => {
  chunk.imports += 1;
  if (chunk.fail) throw new Error('chunk failed to load');
  return importOriginal();
});

const markOf = (item: Element) => item.querySelector('svg[aria-hidden="true"] path');
/** The placeholder: hidden, empty, no mark. */
function expectPlaceholder(item: Element) {
  const box = item.querySelector('.MuiListItemIcon-root > [aria-hidden="true"]');
  expect(box).not.toBeNull();
  expect(box).toBeEmptyDOMElement();
  expect(item.querySelector('svg')).toBeNull();
}

// An earlier file may have loaded the marks already.
let MessengerTypePicker: typeof Picker;
beforeAll(async () => {
  ({ MessengerTypePicker } = await freshLibrary());
});

afterEach(() => vi.restoreAllMocks());

// In this order: the module-level cache carries over from test to test, as on a page.
describe('lazy brand marks', () => {
  it('a chunk that fails to load leaves the placeholders and throws nowhere', async () => {
    const error = vi.spyOn(console, 'error');
    render(<MessengerTypePicker onSelect={() => {}} />);
    const telegram = screen.getByRole('button', { name: typeName('Telegram') });
    await waitFor(() => expect(chunk.imports).toBe(1));
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
    expectPlaceholder(telegram);
    expect(error).not.toHaveBeenCalled();
  });

  it('on the server: the placeholders, without starting the load', () => {
    chunk.fail = false;
    const html = renderToString(<MessengerTypePicker onSelect={() => {}} />);
    expect(html).not.toContain('<svg');
    expect(html).toContain('aria-hidden="true"');
    expect(chunk.imports).toBe(1);
  });

  it('a later mount tries again; loaded once for the page, a new picker draws them at once', async () => {
    const { unmount } = render(<MessengerTypePicker onSelect={() => {}} />);
    const telegram = screen.getByRole('button', { name: typeName('Telegram') });
    expectPlaceholder(telegram);
    await waitFor(() => expect(markOf(telegram)).toHaveAttribute('d', telegramIcon.path));
    expect(chunk.imports).toBe(2);
    unmount();

    render(<MessengerTypePicker onSelect={() => {}} types={['telegram']} />);
    expect(markOf(screen.getByRole('button'))).toHaveAttribute('d', telegramIcon.path);
    expect(chunk.imports).toBe(2);
  });

  it('hydrates server HTML without a mismatch although the marks are loaded, then draws them', async () => {
    const container = document.createElement('div');
    container.innerHTML = renderToString(<MessengerTypePicker onSelect={() => {}} />);
    expect(container.querySelector('svg')).toBeNull();
    document.body.append(container);
    const error = vi.spyOn(console, 'error');
    const onRecoverableError = vi.fn();
    const root = await act(async () =>
      hydrateRoot(container, <MessengerTypePicker onSelect={() => {}} />, { onRecoverableError }),
    );
    await waitFor(() => expect(container.querySelectorAll('svg path')).toHaveLength(5));
    expect(onRecoverableError).not.toHaveBeenCalled();
    expect(error).not.toHaveBeenCalled();
    act(() => root.unmount());
    container.remove();
    expect(chunk.imports).toBe(2);
  });
});
