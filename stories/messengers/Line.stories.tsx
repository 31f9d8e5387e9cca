import type { Meta } from '@storybook/react-vite';
import { LineAccountForm, type LineConfig } from '../../src';
import { messengerStories } from '../support/messengerStories';
import { sampleValues, sampleWith } from '../support/sampleValues';

const s = messengerStories<LineConfig>({
  type: 'line',
  Form: LineAccountForm,
  sample: sampleValues.line,
  rejectedValues: sampleWith('line', 'invalid'),
  description:
    'Links a LINE@ account: **Name** (any name for the account), **Type** and **Token** (the access ' +
    'token of the LINE@ account). **Test Connection** checks the token; in these stories it calls the ' +
    'reference HTTP adapter (`createHttpCallbacks`) answered by the MSW handlers of ' +
    '`messenger-integration-forms/mocks`.',
});

const meta = {
  title: 'Messengers/LINE',
  component: LineAccountForm,
  ...s.meta,
} satisfies Meta<typeof LineAccountForm>;
export default meta;

export const Default = s.Default;
export const Prefilled = s.Prefilled;
export const ValidationErrors = s.validationErrors(
  { name: '   ', token: '' },
  { name: 'error.required', token: 'error.required' },
  'Save with a name of blanks only and no token: both are required.',
);
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
