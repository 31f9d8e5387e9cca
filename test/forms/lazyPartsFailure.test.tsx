import { render, screen } from '@testing-library/react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { WebhookMock } from './describeMessengerForm';
import { SAMPLES, labelledValues, type AnyForm } from './fixtures';
import { button, fill, freshLibrary, lineTestConnectionAlert, setupUser } from './helpers';

// A part that cannot be loaded (a deploy replaced the chunks, the network is gone)
// leaves a message, never nothing; the form stays usable.
vi.mock('../../src/core/form/WebhookUrlDialog', () => Promise.reject(new Error('chunk')));
vi.mock('../../src/core/form/ActionResultAlert', () => Promise.reject(new Error('chunk')));

// An earlier file may have loaded the real parts already.
let en: typeof import('../../src').en;
let LineAccountForm: typeof import('../../src').LineAccountForm;
let ViberAccountForm: typeof import('../../src').ViberAccountForm;
beforeAll(async () => {
  ({ en, LineAccountForm, ViberAccountForm } = await freshLibrary());
});

describe('a part that cannot be loaded', () => {
  it('Set Webhook of Viber says so instead of opening nothing', async () => {
    const user = setupUser();
    const onSetWebhook: WebhookMock = vi.fn();
    render(<ViberAccountForm onSubmit={vi.fn()} onSetWebhook={onSetWebhook} />);
    fill(labelledValues(SAMPLES.viber));
    await user.click(button('Set Webhook'));
    expect(await screen.findByRole('alert')).toHaveTextContent(en['action.loadFailed']);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(onSetWebhook).not.toHaveBeenCalled();
    expect(button('Set Webhook')).toBeEnabled();
  });

  it('a result it cannot show says so', async () => {
    const alert = await lineTestConnectionAlert(LineAccountForm as unknown as AnyForm);
    expect(alert).toHaveTextContent(en['action.loadFailed']);
  });
});
