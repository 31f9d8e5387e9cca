// Opens the React 18 fixture in Chromium: every form renders and works under React 18.
// Usage: node e2e.mjs <fixture dir>
import path from 'node:path';
import { runE2E, withPage } from '../lib/browser.mjs';

const fixture = path.resolve(process.argv[2] ?? '.');
const dist = path.join(fixture, 'dist');

const FORMS = [
  'FacebookAccountForm',
  'LineAccountForm',
  'NexmoAccountForm',
  'TelegramAccountForm',
  'ViberAccountForm',
  ...['facebook', 'line', 'nexmo', 'telegram', 'viber'].map((t) => `MessengerAccountForm ${t}`),
];

const BOT = 'fake_react18_bot';
const TOKEN = '123456789:AAFAKE_consumer_test_token_xxxxxxx';

runE2E('react18 e2e', async () => {
  await withPage(dist, async (page) => {
    const version = await page.getByTestId('react-version').textContent();
    if (!version?.startsWith('18.3.')) throw new Error(`expected React 18.3, got ${version}`);

    for (const name of FORMS) {
      const section = page.getByRole('region', { name, exact: true });
      await section.locator('form').waitFor();
      const inputs = await section.locator('input').count();
      if (inputs < 2) throw new Error(`${name}: ${inputs} inputs rendered`);
    }

    // Validation under React 18: Save on an empty form shows the errors.
    const facebook = page.getByRole('region', { name: 'FacebookAccountForm', exact: true });
    await facebook.getByRole('button', { name: 'Save', exact: true }).click();
    await facebook.getByText('This field is required.').first().waitFor();

    // Test Connection and Save under React 18.
    const telegram = page.getByRole('region', { name: 'TelegramAccountForm', exact: true });
    await telegram.getByLabel('Bot Username').fill(BOT);
    await telegram.getByLabel('Token', { exact: true }).fill(TOKEN);
    await telegram.getByRole('button', { name: 'Test Connection' }).click();
    await telegram
      .getByRole('alert')
      .filter({ hasText: 'React 18 test connection for telegram' })
      .waitFor();
    await telegram.getByRole('button', { name: 'Save', exact: true }).click();
    const expected = JSON.stringify([{ type: 'telegram', botUsername: BOT, token: TOKEN }]);
    await page.getByTestId('submitted').filter({ hasText: expected }).waitFor();

    // Picker, add button and create dialog.
    const picker = page.getByRole('region', { name: 'MessengerTypePicker', exact: true });
    await picker.getByRole('button', { name: 'Viber' }).click();
    await page.getByTestId('picked').filter({ hasText: 'viber' }).waitFor();

    await page.getByRole('button', { name: 'Add messenger account' }).click();
    await page.getByRole('menuitem', { name: 'LINE' }).click();
    const dialog = page.getByRole('dialog', { name: 'New LINE account' });
    await dialog.getByLabel('Name').waitFor();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'detached' });
  });
});
