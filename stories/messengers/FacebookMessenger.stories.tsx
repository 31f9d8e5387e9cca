import type { Meta } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { FacebookAccountForm, type FacebookConfig } from '../../src';
import { translator } from '../support/i18n';
import { messengerStories } from '../support/messengerStories';
import { sampleValues, sampleWith } from '../support/sampleValues';

const sample = sampleValues.facebook;

const s = messengerStories<FacebookConfig>({
  type: 'facebook',
  Form: FacebookAccountForm,
  sample,
  rejectedValues: sampleWith('facebook', 'invalid'),
  hostName: 'Facebook',
  description:
    'Links a Facebook Page: **Page Username**, **Type**, **Page ID**, **Token** (the Page Access Token) and ' +
    '**Webhook Verify Token**, which **Generate random token** fills with a secure random value to paste in ' +
    'the Facebook App. **Test Connection** checks the Page token; in these stories it calls the reference ' +
    'HTTP adapter (`createHttpCallbacks`) answered by the MSW handlers of `messenger-integration-forms/mocks`.',
});

const meta = {
  title: 'Messengers/Facebook Messenger',
  component: FacebookAccountForm,
  ...s.meta,
} satisfies Meta<typeof FacebookAccountForm>;
export default meta;

export const Default = s.Default;
export const Prefilled = s.Prefilled;
export const ValidationErrors = s.validationErrors(
  { pageUsername: 'acme_support', pageId: 'acme.support', token: '', webhookVerifyToken: '' },
  {
    pageUsername: 'error.facebookUsername',
    pageId: 'error.facebookPageId',
    token: 'error.required',
    webhookVerifyToken: 'error.required',
  },
  'Save with typical mistakes: an underscore in the username, the username in the Page ID field, no tokens.',
);

/** Generate random token fills the Webhook Verify Token with a secure random value; Show reveals it. */
export const GenerateToken = {
  args: { initialValues: { ...sample, webhookVerifyToken: '' } },
  play: async ({ canvasElement, globals }) => {
    const t = translator(globals);
    const canvas = within(canvasElement);
    const label = t('facebook.webhookVerifyToken.label');
    const verifyToken = canvas.getByLabelText<HTMLInputElement>(label);
    await expect(verifyToken).toHaveValue('');
    await userEvent.click(canvas.getByRole('button', { name: t('generate.button') }));
    // At least 256 bits of URL-safe base64.
    await waitFor(() => expect(verifyToken.value).toMatch(/^[\w-]{43,}$/));
    await userEvent.click(canvas.getByRole('button', { name: t('secret.show', { label }) }));
    await expect(verifyToken).toHaveAttribute('type', 'text');
    await expect(canvas.getByRole('button', { name: t('copy.button', { label }) })).toBeEnabled();
  },
} satisfies typeof s.Default;

export const TestConnectionInProgress = s.TestConnectionInProgress;
export const TestConnectionSucceeds = s.TestConnectionSucceeds;
export const TestConnectionFails = s.TestConnectionFails;
export const ServerError = s.ServerError;
export const Timeout = s.Timeout;
export const ReadOnly = s.ReadOnly;
export const Disabled = s.Disabled;
export const HostOwnedButtons = s.HostOwnedButtons;
export const Japanese = s.Japanese;
export const Dark = s.Dark;
