/* global module, AbortController */
// What each server render must contain. Shared by render.mjs (import) and
// render.cjs (require); `lib` is the package as that module system loads it.
const TELEGRAM = {
  botUsername: 'fake_ssr_bot',
  token: '123456789:AAFAKE_consumer_test_token_xxxxxxx',
};

const LABELS = {
  facebook: ['Page Username', 'Page ID', 'Token', 'Webhook Verify Token', 'Save'],
  line: ['Name', 'Token', 'Save'],
  nexmo: ['Name', 'Key', 'Secret', 'Save'],
  telegram: ['Bot Username', 'Token', 'Save'],
  viber: ['Bot Username', 'Token', 'Save'],
};

const FORM_COMPONENTS = {
  facebook: 'FacebookAccountForm',
  line: 'LineAccountForm',
  nexmo: 'NexmoAccountForm',
  telegram: 'TelegramAccountForm',
  viber: 'ViberAccountForm',
};

/** @returns {{ name: string, element: unknown, expect: string[], form?: boolean }[]} */
function cases(lib, React) {
  const h = React.createElement;
  const noop = () => {};
  const ok = async () => ({ ok: true });
  const list = [];
  for (const [type, component] of Object.entries(FORM_COMPONENTS)) {
    list.push({
      name: component,
      element: h(lib[component], { onSubmit: noop, onTestConnection: ok, onCancel: noop }),
      // Nexmo has no Test Connection (per the product).
      expect: [...LABELS[type], 'Cancel', ...(type === 'nexmo' ? [] : ['Test Connection'])],
      form: true,
    });
    list.push({
      name: `MessengerAccountForm type="${type}"`,
      element: h(lib.MessengerAccountForm, { type, onSubmit: noop }),
      expect: LABELS[type],
      form: true,
    });
  }
  list.push(
    {
      name: 'TelegramAccountForm with values, Set Webhook, provider messages',
      element: h(
        lib.MessengerFormsProvider,
        { messages: { 'form.save': 'Save bot' } },
        h(lib.TelegramAccountForm, {
          initialValues: TELEGRAM,
          onSubmit: noop,
          onSetWebhook: ok,
        }),
      ),
      expect: ['fake_ssr_bot', 'Set Webhook', 'Save bot'],
      form: true,
    },
    {
      name: 'MessengerAccountForm readOnly',
      element: h(lib.MessengerAccountForm, {
        type: 'viber',
        readOnly: true,
        initialValues: { botUsername: 'fake_viber' },
        onSubmit: noop,
      }),
      expect: ['Bot Username', 'fake_viber'],
      form: true,
    },
    {
      name: 'MessengerTypePicker',
      element: h(lib.MessengerTypePicker, { onSelect: noop }),
      expect: Object.values(lib.MESSENGER_DISPLAY_NAMES),
    },
    {
      name: 'AddMessengerAccountButton',
      element: h(lib.AddMessengerAccountButton, { onSelect: noop }),
      expect: ['Add messenger account'],
    },
    {
      // MUI renders a dialog in a portal, which is empty on the server: it must not throw.
      name: 'CreateMessengerAccountDialog (open)',
      element: h(lib.CreateMessengerAccountDialog, {
        open: true,
        type: 'telegram',
        onClose: noop,
        onCreate: noop,
      }),
      expect: [],
    },
  );
  return list;
}

function escapeHtml(text) {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Renders every case; returns the problems found. Also runs the mocks in Node:
 * MSW's setupServer with createMockHandlers, called through createHttpCallbacks.
 */
async function check({ lib, mocks, connectors, React, renderToString, setupServer, label }) {
  const problems = [];
  const errors = [];
  const consoleError = console.error;
  console.error = (...args) => errors.push(args.map(String).join(' '));
  try {
    for (const c of cases(lib, React)) {
      let html;
      try {
        html = renderToString(c.element);
      } catch (error) {
        problems.push(`${c.name}: renderToString threw ${error && error.stack}`);
        continue;
      }
      const missing = c.expect.filter((text) => !html.includes(escapeHtml(text)));
      if (missing.length) problems.push(`${c.name}: HTML lacks ${JSON.stringify(missing)}`);
      if (c.form && !html.includes('<form')) problems.push(`${c.name}: no <form> in HTML`);
      console.log(`${label}: ${c.name} → ${html.length} characters of HTML`);
    }
  } finally {
    console.error = consoleError;
  }
  for (const e of errors) problems.push(`console.error during render: ${e}`);

  // Mocks in Node, through the same module system. 127.0.0.1:9 is never contacted.
  const baseUrl = 'http://127.0.0.1:9/api';
  const server = setupServer(...mocks.createMockHandlers({ baseUrl }));
  server.listen({ onUnhandledRequest: 'error' });
  try {
    const api = mocks.createHttpCallbacks({ baseUrl });
    const result = await api.onTestConnection(
      { type: 'telegram', ...TELEGRAM },
      { signal: new AbortController().signal },
    );
    if (!result.ok || !/Connected to @fake_ssr_bot/.test(result.message || ''))
      problems.push(`mocks: unexpected Test Connection result ${JSON.stringify(result)}`);
    else console.log(`${label}: mocks answered "${result.message}"`);
  } finally {
    server.close();
  }

  // Connectors (server side) against the packed provider mocks: nothing leaves the process.
  const providers = setupServer(...mocks.createProviderHandlers());
  providers.listen({ onUnhandledRequest: 'error' });
  try {
    const bot = mocks.createProviderState().telegram[0];
    const config = { type: 'telegram', botUsername: bot.username, token: bot.token };
    const ok = await connectors.testConnection(config);
    if (!ok.ok || ok.code !== 'connected')
      problems.push(`connectors: unexpected Test Connection result ${JSON.stringify(ok)}`);
    const bad = await connectors.testConnection({
      ...config,
      token: '1:AAFAKE-unknown-token-xxxxxxxxxx',
    });
    if (bad.ok || bad.code !== 'invalid_token' || bad.field !== 'token')
      problems.push(`connectors: unexpected invalid-token result ${JSON.stringify(bad)}`);
    if (!problems.length) console.log(`${label}: connectors answered "${ok.message}"`);
  } finally {
    providers.close();
  }
  return problems;
}

module.exports = { cases, check };
