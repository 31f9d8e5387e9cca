// Test Connection results with `checks` (DESIGN "Result checks"): the checklist in the
// result alert, a failing check on its field, for each provider's typical failure, and
// Set Webhook fixing it. The whole chain runs: form → createHttpCallbacks → contract
// handler → connectors → provider mocks, which answer from a provider state set up per
// story (see "Provider mock states" in Docs/Mocks). So the checks, codes, fields and
// texts (in the request's Accept-Language) are the connectors' own.
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import {
  formatMessage,
  MessengerAccountForm,
  type ActionCheck,
  type MessengerConfig,
  type MessengerType,
} from '../../src';
import { checkMessages, type CheckCode } from '../../src/connectors';
import {
  createMockHandlers,
  createProviderState,
  mockWebhookUrl,
  type ProviderMockState,
} from '../../src/mocks';
import { localeOf, resultText, translator } from '../support/i18n';
import { setWebhookCallback, testConnectionCallback, withMocks } from '../support/mocks';
import { expectFieldError } from '../support/play';
import { sampleValues } from '../support/sampleValues';

type Type = Exclude<MessengerType, 'nexmo'>;
type Globals = Readonly<Record<string, unknown>>;

/** One check the connectors answer: its id, status, code, params and field (the text is the catalogue's). */
interface Expected {
  id: string;
  status: ActionCheck['status'];
  code: CheckCode;
  params?: Readonly<Record<string, string | number>>;
  field?: string;
}

/** A provider situation: how the provider mock is set up, and the checks Test Connection answers. */
interface Scenario {
  type: Type;
  /** Puts the (fresh) provider mock state in the situation. */
  setup: (state: ProviderMockState) => void;
  checks: readonly Expected[];
}

// One provider state for the file, reset and set up before every story. Test Connection
// passes the URL the mock's Set Webhook registers as `expectedWebhookUrl`, as a host's
// back end passes its own endpoint of the account, so the "is ours" checks run.
const state = createProviderState();
const handlers = createMockHandlers({ connectors: { state, expectedWebhookUrl: true } });

const ELSEWHERE = 'https://old-integration.example/bot';
const config = <T extends Type>(type: T) => ({ type, ...sampleValues[type] }) as MessengerConfig;
const OURS = {
  telegram: mockWebhookUrl(config('telegram')),
  line: mockWebhookUrl(config('line')),
  viber: mockWebhookUrl(config('viber')),
};

const pass = (id: string, code: CheckCode, params?: Expected['params']): Expected => ({
  id,
  status: 'pass',
  code,
  ...(params ? { params } : {}),
});
const tokenValid = (provider: string) => pass('token', 'token_valid', { provider });
const telegramBot = pass('identity', 'identity_confirmed', { account: '@acme_support_bot' });
const facebookPage = [
  tokenValid('Facebook'),
  pass('page_token', 'page_token_ok'),
  pass('messaging', 'messaging_allowed'),
];

// Provider facts behind each scenario (the provider mocks answer them):
// Telegram getWebhookInfo: `url` is empty when no webhook is set, `pending_update_count`
//   (https://core.telegram.org/bots/api#getwebhookinfo).
// Graph: a user token reads `/me` as the user, Page edges need a Page Access Token;
//   Page webhooks need GET/POST /{page-id}/subscribed_apps
//   (https://developers.facebook.com/docs/graph-api/reference/page/subscribed_apps).
// LINE: GET /v2/bot/channel/webhook/endpoint answers `active: false` when "Use webhook"
//   is off; PUT sets it, POST …/webhook/test sends a test event
//   (https://developers.line.biz/en/reference/messaging-api/#get-webhook-endpoint-information).
// Viber get_account_info answers the current `webhook`
//   (https://developers.viber.com/docs/api/rest-bot-api/#get-account-info).
const scenarios = {
  passing: {
    type: 'telegram',
    setup: (s) => {
      s.telegram[0]!.pendingUpdateCount = 120;
    },
    checks: [
      tokenValid('Telegram'),
      telegramBot,
      pass('webhook_set', 'webhook_present', { url: OURS.telegram }),
      pass('webhook_ours', 'webhook_ours'),
      pass('updates', 'updates_include_messages', { provider: 'Telegram' }),
      pass('delivery_errors', 'delivery_ok', { provider: 'Telegram' }),
      { id: 'pending_updates', status: 'warn', code: 'updates_pending', params: { count: 120 } },
    ],
  },
  telegramWebhookNotSet: {
    type: 'telegram',
    setup: (s) => {
      s.telegram[0]!.webhookUrl = '';
    },
    checks: [
      tokenValid('Telegram'),
      telegramBot,
      {
        id: 'webhook_set',
        status: 'fail',
        code: 'webhook_not_set',
        params: { provider: 'Telegram' },
      },
    ],
  },
  telegramWebhookElsewhere: {
    type: 'telegram',
    setup: (s) => {
      s.telegram[0]!.webhookUrl = ELSEWHERE;
    },
    checks: [
      tokenValid('Telegram'),
      telegramBot,
      pass('webhook_set', 'webhook_present', { url: ELSEWHERE }),
      { id: 'webhook_ours', status: 'fail', code: 'webhook_elsewhere', params: { url: ELSEWHERE } },
    ],
  },
  facebookUserToken: {
    type: 'facebook',
    // The token in the form is a user token (e.g. from the Graph API Explorer).
    setup: (s) => {
      s.facebook[0]!.token = 'EAAFAKEstorybookOtherPageTokenNotReal000000';
      s.facebookUsers[0]!.token = sampleValues.facebook.token;
    },
    checks: [
      tokenValid('Facebook'),
      {
        id: 'page_token',
        status: 'fail',
        code: 'token_not_page',
        params: { actual: 'ACME Admin (ID 100000000000001)' },
        field: 'token',
      },
    ],
  },
  facebookNotSubscribed: {
    type: 'facebook',
    setup: (s) => {
      s.facebook[0]!.subscribedFields = [];
    },
    checks: [
      ...facebookPage,
      { id: 'subscribed', status: 'fail', code: 'page_not_subscribed' },
      pass('identity', 'identity_confirmed', { account: 'ACME Support' }),
    ],
  },
  lineWebhookOff: {
    type: 'line',
    setup: (s) => {
      s.line[0]!.webhookUrl = OURS.line;
      s.line[0]!.webhookActive = false;
    },
    checks: [
      tokenValid('LINE'),
      pass('webhook_set', 'webhook_present', { url: OURS.line }),
      pass('webhook_ours', 'webhook_ours'),
      { id: 'webhook_active', status: 'fail', code: 'webhook_inactive' },
    ],
  },
  lineWebhookNotSet: {
    type: 'line',
    setup: (s) => {
      s.line[0]!.webhookUrl = '';
    },
    checks: [
      tokenValid('LINE'),
      { id: 'webhook_set', status: 'fail', code: 'webhook_not_set', params: { provider: 'LINE' } },
    ],
  },
  viberWebhookElsewhere: {
    type: 'viber',
    setup: (s) => {
      s.viber[0]!.webhookUrl = ELSEWHERE;
    },
    checks: [
      tokenValid('Viber'),
      pass('identity', 'identity_confirmed', { account: 'acme_support' }),
      pass('webhook_set', 'webhook_present', { url: ELSEWHERE }),
      { id: 'webhook_ours', status: 'fail', code: 'webhook_elsewhere', params: { url: ELSEWHERE } },
    ],
  },
} satisfies Record<string, Scenario>;

/** The text of a check as the form shows it, from the connectors' catalogue in the story's locale. */
function textOf(check: Expected, globals: Globals): string {
  const message = formatMessage(
    checkMessages[localeOf(globals)][`result.${check.code}`],
    check.params,
  );
  return (
    resultText(
      { message, code: check.code, ...(check.params ? { params: check.params } : {}) },
      globals,
    ) ?? message
  );
}

/** Asserts the checklist of `alert`: one item per check, its status word and its text. */
async function expectChecks(alert: HTMLElement, checks: readonly Expected[], globals: Globals) {
  const t = translator(globals);
  await waitFor(() => expect(within(alert).getByRole('list')).toBeInTheDocument());
  const items = within(within(alert).getByRole('list')).getAllByRole('listitem');
  await expect(items.map((item) => item.textContent)).toEqual(
    checks.map((c) => `${t(`check.${c.status}`)}: ${textOf(c, globals)}`),
  );
  // With failing checks the alert's first line is a short count, not the first failure again.
  const failed = checks.filter((c) => c.status === 'fail').length;
  if (failed > 0) {
    await expect(alert.querySelector('p')).toHaveTextContent(
      t('check.summary', { failed, total: checks.length }),
    );
  }
}

/** Asserts each failing check with a field shows on that field. */
async function expectFieldChecks(
  canvasElement: HTMLElement,
  checks: readonly Expected[],
  globals: Globals,
) {
  for (const check of checks.filter((c) => c.status === 'fail' && c.field)) {
    const field = canvasElement.querySelector<HTMLInputElement>(`input[name="${check.field}"]`);
    await expect(field).not.toBeNull();
    await expectFieldError(field as HTMLInputElement, textOf(check, globals));
  }
}

/**
 * Presses an action button and returns its result alert (the first alert for Test
 * Connection, the last for Set Webhook) once it shows a new answer with a checklist.
 */
async function press(canvasElement: HTMLElement, name: string, index: 'first' | 'last') {
  const canvas = within(canvasElement);
  const pick = () => {
    const alerts = canvas.queryAllByRole('alert');
    return index === 'first' ? alerts[0] : alerts.at(-1);
  };
  const before = pick()?.textContent;
  await userEvent.click(canvas.getByRole('button', { name }));
  await waitFor(() => {
    const alert = pick();
    expect(alert?.querySelector('ol li')).not.toBeNull();
    expect(alert?.textContent).not.toBe(before);
  });
  return pick() as HTMLElement;
}

const meta = {
  title: 'Messengers/Delivery checks',
  component: MessengerAccountForm<MessengerType>,
  args: {
    type: 'telegram',
    onSubmit: fn(async (_config: MessengerConfig) => {}),
    onTestConnection: testConnectionCallback<MessengerConfig>(),
    onSetWebhook: setWebhookCallback<MessengerConfig>(),
  },
  parameters: {
    ...withMocks(handlers),
    // Play functions read their texts from the active locale (test/stories/sweepJapanese.tsx).
    localeAware: true,
    docs: {
      description: {
        component:
          'Test Connection answers whether messages will really arrive: the result carries ' +
          '`checks`, listed in the result alert in order, each with its status in words ' +
          '(Passed / Warning / Failed). A failing check with a `field` also shows on that field. ' +
          'Here the connectors answer against provider mocks set up in each provider’s typical ' +
          'failure (`createMockHandlers({ connectors: { state, expectedWebhookUrl: true } })`); ' +
          'Set Webhook fixes some of them.',
      },
    },
  },
} satisfies Meta<typeof MessengerAccountForm<MessengerType>>;
export default meta;

type Story = StoryObj<typeof meta>;
type Variant = 'light' | 'dark' | 'ja';

/** The story fields common to every story of `scenario` in `variant`. */
function base(scenario: Scenario, story: string, variant: Variant): Story {
  return {
    args: { type: scenario.type, initialValues: sampleValues[scenario.type] },
    ...(variant === 'dark' ? { globals: { theme: 'dark' } } : {}),
    ...(variant === 'ja' ? { globals: { locale: 'ja' } } : {}),
    beforeEach: () => {
      Object.assign(state, createProviderState());
      scenario.setup(state);
    },
    parameters: {
      docs: {
        description: {
          story:
            variant === 'dark'
              ? `${story} Dark theme.`
              : variant === 'ja'
                ? `${story} In Japanese (\`locale="ja"\`).`
                : story,
        },
      },
    },
  };
}

/** A story pressing Test Connection in `scenario`, in `variant` (light, dark or Japanese). */
function checksStory(scenario: Scenario, story: string, variant: Variant = 'light'): Story {
  return {
    ...base(scenario, story, variant),
    play: async ({ canvasElement, globals }) => {
      const t = translator(globals);
      const alert = await press(canvasElement, t('action.testConnection'), 'first');
      await expectChecks(alert, scenario.checks, globals);
      await expectFieldChecks(canvasElement, scenario.checks, globals);
    },
  };
}

/**
 * A story pressing Test Connection (failing as `scenario` says), then Set Webhook
 * (answering `setChecks`), then Test Connection again (answering `afterChecks`).
 */
function setWebhookStory(
  scenario: Scenario,
  setChecks: readonly Expected[],
  afterChecks: readonly Expected[],
  story: string,
  variant: Variant = 'light',
): Story {
  return {
    ...base(scenario, story, variant),
    play: async ({ canvasElement, globals }) => {
      const t = translator(globals);
      const before = await press(canvasElement, t('action.testConnection'), 'first');
      await expectChecks(before, scenario.checks, globals);
      const set = await press(canvasElement, t('action.setWebhook'), 'last');
      await expectChecks(set, setChecks, globals);
      const after = await press(canvasElement, t('action.testConnection'), 'first');
      await expectChecks(after, afterChecks, globals);
    },
  };
}

const PASSING =
  'Every delivery check passes (one warning: updates are waiting): the alert is a success with the checklist.';
const TELEGRAM_NOT_SET = 'Telegram: the token works but no webhook is set, so nothing arrives.';
const TELEGRAM_ELSEWHERE =
  'Telegram: the webhook points at another server (e.g. an earlier integration).';
const FACEBOOK_USER_TOKEN =
  'Facebook: a user token from the Graph API Explorer is not a Page Access Token; the check fails on Token.';
const FACEBOOK_NOT_SUBSCRIBED =
  'Facebook: the Page is not subscribed to the app, so Meta delivers no webhook.';
const LINE_OFF = 'LINE: the endpoint is ours but "Use webhook" is off.';
const VIBER_ELSEWHERE = 'Viber: the account’s webhook points at another server.';
const FACEBOOK_SUBSCRIBE =
  'Facebook: the Page is not subscribed; Set Webhook subscribes it, then Test Connection passes.';
const LINE_SET =
  'LINE: no webhook endpoint; Set Webhook registers it and LINE’s test event reaches it, then Test Connection passes.';
const LINE_SET_TEST_FAILS =
  'LINE: Set Webhook registers the endpoint, but it answers LINE’s test event with 500.';

export const Passing = checksStory(scenarios.passing, PASSING);
export const PassingDark = checksStory(scenarios.passing, PASSING, 'dark');
export const PassingJapanese = checksStory(scenarios.passing, PASSING, 'ja');
export const TelegramWebhookNotSet = checksStory(scenarios.telegramWebhookNotSet, TELEGRAM_NOT_SET);
export const TelegramWebhookNotSetDark = checksStory(
  scenarios.telegramWebhookNotSet,
  TELEGRAM_NOT_SET,
  'dark',
);
export const TelegramWebhookNotSetJapanese = checksStory(
  scenarios.telegramWebhookNotSet,
  TELEGRAM_NOT_SET,
  'ja',
);
export const TelegramWebhookElsewhere = checksStory(
  scenarios.telegramWebhookElsewhere,
  TELEGRAM_ELSEWHERE,
);
export const TelegramWebhookElsewhereDark = checksStory(
  scenarios.telegramWebhookElsewhere,
  TELEGRAM_ELSEWHERE,
  'dark',
);
export const TelegramWebhookElsewhereJapanese = checksStory(
  scenarios.telegramWebhookElsewhere,
  TELEGRAM_ELSEWHERE,
  'ja',
);
export const FacebookUserToken = checksStory(scenarios.facebookUserToken, FACEBOOK_USER_TOKEN);
export const FacebookUserTokenDark = checksStory(
  scenarios.facebookUserToken,
  FACEBOOK_USER_TOKEN,
  'dark',
);
export const FacebookUserTokenJapanese = checksStory(
  scenarios.facebookUserToken,
  FACEBOOK_USER_TOKEN,
  'ja',
);
export const FacebookNotSubscribed = checksStory(
  scenarios.facebookNotSubscribed,
  FACEBOOK_NOT_SUBSCRIBED,
);
export const FacebookNotSubscribedDark = checksStory(
  scenarios.facebookNotSubscribed,
  FACEBOOK_NOT_SUBSCRIBED,
  'dark',
);
export const FacebookNotSubscribedJapanese = checksStory(
  scenarios.facebookNotSubscribed,
  FACEBOOK_NOT_SUBSCRIBED,
  'ja',
);
export const LineWebhookOff = checksStory(scenarios.lineWebhookOff, LINE_OFF);
export const LineWebhookOffDark = checksStory(scenarios.lineWebhookOff, LINE_OFF, 'dark');
export const LineWebhookOffJapanese = checksStory(scenarios.lineWebhookOff, LINE_OFF, 'ja');
export const ViberWebhookElsewhere = checksStory(scenarios.viberWebhookElsewhere, VIBER_ELSEWHERE);
export const ViberWebhookElsewhereDark = checksStory(
  scenarios.viberWebhookElsewhere,
  VIBER_ELSEWHERE,
  'dark',
);
export const ViberWebhookElsewhereJapanese = checksStory(
  scenarios.viberWebhookElsewhere,
  VIBER_ELSEWHERE,
  'ja',
);

// Set Webhook through the same chain: the connectors change the provider mock's state.
const facebookSubscribed = pass('subscribed', 'page_subscribed');
const facebookConnected = [
  ...facebookPage,
  facebookSubscribed,
  pass('identity', 'identity_confirmed', { account: 'ACME Support' }),
];
const lineRegistered = pass('webhook_set', 'webhook_registered', {
  provider: 'LINE',
  url: OURS.line,
});
const lineSet = [
  lineRegistered,
  pass('webhook_test', 'webhook_test_ok', { statusCode: 200 }),
  pass('webhook_active', 'webhook_active'),
];
const lineConnected = [
  tokenValid('LINE'),
  pass('webhook_set', 'webhook_present', { url: OURS.line }),
  pass('webhook_ours', 'webhook_ours'),
  pass('webhook_active', 'webhook_active'),
];
const lineTestFails: Scenario = {
  ...scenarios.lineWebhookNotSet,
  setup: (s) => {
    scenarios.lineWebhookNotSet.setup(s);
    s.line[0]!.webhookStatusCode = 500;
  },
};
const lineSetTestFailed = [
  lineRegistered,
  {
    id: 'webhook_test',
    status: 'fail',
    code: 'webhook_test_failed',
    params: { statusCode: 500, reason: 'ERROR_STATUS_CODE', detail: '500' },
  },
  pass('webhook_active', 'webhook_active'),
] satisfies Expected[];

export const FacebookSubscribePage = setWebhookStory(
  scenarios.facebookNotSubscribed,
  [facebookSubscribed],
  facebookConnected,
  FACEBOOK_SUBSCRIBE,
);
export const FacebookSubscribePageJapanese = setWebhookStory(
  scenarios.facebookNotSubscribed,
  [facebookSubscribed],
  facebookConnected,
  FACEBOOK_SUBSCRIBE,
  'ja',
);
export const LineSetWebhook = setWebhookStory(
  scenarios.lineWebhookNotSet,
  lineSet,
  lineConnected,
  LINE_SET,
);
export const LineSetWebhookJapanese = setWebhookStory(
  scenarios.lineWebhookNotSet,
  lineSet,
  lineConnected,
  LINE_SET,
  'ja',
);
export const LineSetWebhookTestFails = setWebhookStory(
  lineTestFails,
  lineSetTestFailed,
  lineConnected,
  LINE_SET_TEST_FAILS,
);
export const LineSetWebhookTestFailsJapanese = setWebhookStory(
  lineTestFails,
  lineSetTestFailed,
  lineConnected,
  LINE_SET_TEST_FAILS,
  'ja',
);
