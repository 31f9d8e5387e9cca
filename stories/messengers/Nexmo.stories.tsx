import type { Meta } from '@storybook/react-vite';
import { NexmoAccountForm, type NexmoConfig } from '../../src';
import { messengerStories } from '../support/messengerStories';
import { sampleValues } from '../support/sampleValues';

const s = messengerStories<NexmoConfig>({
  type: 'nexmo',
  Form: NexmoAccountForm,
  sample: sampleValues.nexmo,
  description:
    'Links a Nexmo account: **Name** (any name), **Type** ("Nexmo"), **Key** and **Secret** (the API ' +
    'key and secret from the Nexmo Dashboard). Nexmo has no Test Connection or Set Webhook, so the ' +
    'form only validates and saves.',
});

const meta = {
  title: 'Messengers/Nexmo',
  component: NexmoAccountForm,
  ...s.meta,
} satisfies Meta<typeof NexmoAccountForm>;
export default meta;

export const Default = s.Default;
export const Prefilled = s.Prefilled;
export const ValidationErrors = s.validationErrors(
  { name: '', key: 'fake-key', secret: '' },
  { name: 'error.required', key: 'error.nexmoKey', secret: 'error.required' },
  'Save with no name, a key with a dash and no secret: each field says what to fix.',
);
export const ReadOnly = s.ReadOnly;
export const Disabled = s.Disabled;
export const HostOwnedButtons = s.HostOwnedButtons;
export const Japanese = s.Japanese;
export const Dark = s.Dark;
