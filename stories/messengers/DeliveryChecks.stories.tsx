// Test Connection results with `checks` (DESIGN "Result checks"): the checklist in the
// result alert, a failing check on its field, for each provider's typical failure.
// The contract endpoint is answered here with a fixed result in the request's
// Accept-Language, as a back end running `./connectors` would answer.
import type { Meta, StoryObj } from '@storybook/react-vite';
import { http, HttpResponse } from 'msw';
import { expect, fn, userEvent, within } from 'storybook/test';
import {
  MessengerAccountForm,
  type ActionCheck,
  type ActionResult,
  type MessengerConfig,
  type MessengerFormsLocale,
  type MessengerType,
} from '../../src';
import { createMockHandlers } from '../../src/mocks';
import { localeOf, translator } from '../support/i18n';
import { setWebhookCallback, testConnectionCallback, withMocks } from '../support/mocks';
import { expectFieldError } from '../support/play';
import { sampleValues } from '../support/sampleValues';

type Texts = Readonly<Record<MessengerFormsLocale, string>>;
type Type = Exclude<MessengerType, 'nexmo'>;

/** One check of a scenario, with its text in both locales. */
interface CheckSpec extends Omit<ActionCheck, 'message'> {
  text: Texts;
}

/** What the back end answers: checks in order (`ok` follows them), and the summary of a pass. */
interface Scenario {
  type: Type;
  checks: readonly CheckSpec[];
  summary?: Texts;
}

const OURS = 'https://contact-center.example/webhooks/telegram/acme';
const ELSEWHERE = 'https://old-integration.example/bot';

const tokenAccepted = (provider: string): CheckSpec => ({
  id: 'token',
  status: 'pass',
  code: 'token_valid',
  text: { en: `${provider} accepted the token.`, ja: `${provider} がトークンを受け付けました。` },
});

/** The result for a locale: the failing check's text is the result's, as the connectors answer. */
function resultOf(scenario: Scenario, locale: MessengerFormsLocale): ActionResult {
  const checks = scenario.checks.map(({ text, ...check }): ActionCheck => ({
    ...check,
    message: text[locale],
  }));
  const failed = checks.find((c) => c.status === 'fail');
  if (failed) {
    const { message, field, code } = failed;
    return { ok: false, message, ...(field ? { field } : {}), ...(code ? { code } : {}), checks };
  }
  return { ok: true, ...(scenario.summary ? { message: scenario.summary[locale] } : {}), checks };
}

/** Answers Test Connection with the scenario; everything else as the baseline mock does. */
const answering = (scenario: Scenario) =>
  withMocks([
    http.post('*/messenger-accounts/test-connection', ({ request }) =>
      HttpResponse.json(
        resultOf(scenario, request.headers.get('accept-language') === 'ja' ? 'ja' : 'en'),
      ),
    ),
    ...createMockHandlers({ delayMs: 0 }),
  ]);

// Provider facts behind each scenario:
// Telegram getWebhookInfo: `url` is empty when no webhook is set
//   (https://core.telegram.org/bots/api#getwebhookinfo).
// Graph: a user token fails with (#190) "must be called with a Page Access Token";
//   Page webhooks need GET/POST /{page-id}/subscribed_apps
//   (https://developers.facebook.com/docs/graph-api/reference/page/subscribed_apps).
// LINE: GET /v2/bot/channel/webhook/endpoint answers `active: false` when "Use webhook"
//   is off (https://developers.line.biz/en/reference/messaging-api/#get-webhook-endpoint-information).
// Viber get_account_info answers the current `webhook`
//   (https://developers.viber.com/docs/api/rest-bot-api/#get-account-info).
const scenarios = {
  passing: {
    type: 'telegram',
    summary: { en: 'Connected to @acme_support_bot.', ja: '@acme_support_bot に接続しました。' },
    checks: [
      tokenAccepted('Telegram'),
      {
        id: 'identity',
        status: 'pass',
        text: {
          en: 'The token belongs to @acme_support_bot.',
          ja: 'トークンは @acme_support_bot のものです。',
        },
      },
      {
        id: 'webhook_ours',
        status: 'pass',
        text: {
          en: `The webhook points at this contact center (${OURS}).`,
          ja: `Webhook はこのコンタクトセンター（${OURS}）を指しています。`,
        },
      },
      {
        id: 'delivery',
        status: 'warn',
        text: {
          en: '120 updates are waiting to be delivered.',
          ja: '配信待ちの更新が 120 件あります。',
        },
      },
    ],
  },
  telegramWebhookNotSet: {
    type: 'telegram',
    checks: [
      tokenAccepted('Telegram'),
      {
        id: 'webhook_set',
        status: 'fail',
        code: 'webhook_not_set',
        text: {
          en: 'No webhook is set, so Telegram delivers no messages: press Set Webhook.',
          ja: 'Webhook が設定されていないため、Telegram はメッセージを配信しません。「Webhookを設定」を押してください。',
        },
      },
    ],
  },
  telegramWebhookElsewhere: {
    type: 'telegram',
    checks: [
      tokenAccepted('Telegram'),
      {
        id: 'webhook_ours',
        status: 'fail',
        code: 'webhook_elsewhere',
        text: {
          en: `The webhook points at ${ELSEWHERE}, not at this contact center: press Set Webhook.`,
          ja: `Webhook はこのコンタクトセンターではなく ${ELSEWHERE} を指しています。「Webhookを設定」を押してください。`,
        },
      },
    ],
  },
  facebookUserToken: {
    type: 'facebook',
    checks: [
      {
        id: 'token_kind',
        status: 'fail',
        field: 'token',
        code: 'not_page_token',
        text: {
          en: 'This is a user access token, not a Page token: paste the Page Access Token of this Page.',
          ja: 'これはユーザーアクセストークンで、ページのトークンではありません。このページのページアクセストークンを貼り付けてください。',
        },
      },
    ],
  },
  facebookNotSubscribed: {
    type: 'facebook',
    checks: [
      tokenAccepted('Facebook'),
      {
        id: 'page_token',
        status: 'pass',
        text: {
          en: 'The token is a Page Access Token of this Page.',
          ja: 'トークンはこのページのページアクセストークンです。',
        },
      },
      {
        id: 'subscribed',
        status: 'fail',
        code: 'page_not_subscribed',
        text: {
          en: 'The Page is not subscribed to the app, so Meta sends no messages: subscribe it (Set Webhook).',
          ja: 'ページがアプリに登録されていないため、Meta はメッセージを送信しません。ページを登録してください（Webhookを設定）。',
        },
      },
    ],
  },
  lineWebhookOff: {
    type: 'line',
    checks: [
      tokenAccepted('LINE'),
      {
        id: 'webhook_ours',
        status: 'pass',
        text: {
          en: 'The webhook points at this contact center.',
          ja: 'Webhook はこのコンタクトセンターを指しています。',
        },
      },
      {
        id: 'webhook_active',
        status: 'fail',
        code: 'webhook_inactive',
        text: {
          en: '"Use webhook" is off: turn on Use webhook in the LINE Official Account Manager.',
          ja: '「Webhookの利用」がオフです。LINE公式アカウントの管理画面で「Webhookの利用」をオンにしてください。',
        },
      },
    ],
  },
  viberWebhookElsewhere: {
    type: 'viber',
    checks: [
      tokenAccepted('Viber'),
      {
        id: 'identity',
        status: 'pass',
        text: {
          en: 'The token belongs to acme_support.',
          ja: 'トークンは acme_support のものです。',
        },
      },
      {
        id: 'webhook_ours',
        status: 'fail',
        code: 'webhook_elsewhere',
        text: {
          en: `The webhook points at ${ELSEWHERE}, not at this contact center: press Set Webhook.`,
          ja: `Webhook はこのコンタクトセンターではなく ${ELSEWHERE} を指しています。「Webhookを設定」を押してください。`,
        },
      },
    ],
  },
} satisfies Record<string, Scenario>;

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
    // Play functions read their texts from the active locale (test/stories-ja.test.tsx).
    localeAware: true,
    docs: {
      description: {
        component:
          'Test Connection answers whether messages will really arrive: the result carries ' +
          '`checks`, listed in the result alert in order, each with its status in words ' +
          '(Passed / Warning / Failed). A failing check with a `field` also shows on that field. ' +
          'Here the contract endpoint answers each provider’s typical failure.',
      },
    },
  },
} satisfies Meta<typeof MessengerAccountForm<MessengerType>>;
export default meta;

type Story = StoryObj<typeof meta>;

/** A story answering `scenario`, in `variant` (light, dark or Japanese). */
function checksStory(
  scenario: Scenario,
  story: string,
  variant: 'light' | 'dark' | 'ja' = 'light',
): Story {
  return {
    args: { type: scenario.type, initialValues: sampleValues[scenario.type] },
    ...(variant === 'dark' ? { globals: { theme: 'dark' } } : {}),
    ...(variant === 'ja' ? { globals: { locale: 'ja' } } : {}),
    parameters: {
      ...answering(scenario),
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
    play: async ({ canvasElement, globals }) => {
      const t = translator(globals);
      const locale = localeOf(globals);
      const canvas = within(canvasElement);
      await userEvent.click(canvas.getByRole('button', { name: t('action.testConnection') }));
      const alert = await canvas.findByRole('alert');
      const items = within(within(alert).getByRole('list')).getAllByRole('listitem');
      await expect(items.map((item) => item.textContent)).toEqual(
        scenario.checks.map((c) => `${t(`check.${c.status}`)}: ${c.text[locale]}`),
      );
      for (const check of scenario.checks.filter((c) => c.status === 'fail' && c.field)) {
        const field = canvasElement.querySelector<HTMLInputElement>(`input[name="${check.field}"]`);
        await expect(field).not.toBeNull();
        await expectFieldError(field as HTMLInputElement, check.text[locale]);
      }
    },
  };
}

const PASSING =
  'Every delivery check passes (one warning): the alert is a success with the checklist.';
const TELEGRAM_NOT_SET = 'Telegram: the token works but no webhook is set, so nothing arrives.';
const TELEGRAM_ELSEWHERE =
  'Telegram: the webhook points at another server (e.g. an earlier integration).';
const FACEBOOK_USER_TOKEN =
  'Facebook: a user token from the Graph API Explorer reads the Page but cannot send; the check fails on Token.';
const FACEBOOK_NOT_SUBSCRIBED =
  'Facebook: the Page is not subscribed to the app, so Meta delivers no webhook.';
const LINE_OFF = 'LINE: the endpoint is ours but "Use webhook" is off.';
const VIBER_ELSEWHERE = 'Viber: the account’s webhook points at another server.';

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
