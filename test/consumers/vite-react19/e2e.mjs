// Opens the production build of the vite-react19 fixture in Chromium and creates
// a Telegram account through the dialog, with the package's MSW mocks answering.
// Usage: node e2e.mjs <fixture dir>
import fs from 'node:fs';
import path from 'node:path';
import { runE2E, withPage } from '../lib/browser.mjs';

const fixture = path.resolve(process.argv[2] ?? '.');
const dist = path.join(fixture, 'dist');

const BOT = 'fake_consumer_bot';
const TOKEN = '123456789:AAFAKE_consumer_test_token_xxxxxxx';

runE2E('vite-react19 e2e', async () => {
  if (!fs.existsSync(path.join(dist, 'mockServiceWorker.js')))
    throw new Error('dist/mockServiceWorker.js is missing: msw init did not run');
  const js = fs.readdirSync(path.join(dist, 'assets')).filter((f) => f.endsWith('.js'));
  const bundle = js.map((f) => fs.readFileSync(path.join(dist, 'assets', f), 'utf8')).join('\n');
  // A production build: React's development warnings are compiled out.
  if (bundle.includes('react-dom.development')) throw new Error('not a production build');

  await withPage(dist, async (page) => {
    await page.getByRole('heading', { name: 'Messenger Integration' }).waitFor();

    await page.getByRole('button', { name: 'Add messenger account' }).click();
    await page.getByRole('menuitem', { name: 'Telegram' }).click();
    const dialog = page.getByRole('dialog', { name: 'New Telegram account' });
    await dialog.waitFor();

    await dialog.getByLabel('Bot Username').fill(`@${BOT}`);
    await dialog.getByLabel('Token', { exact: true }).fill(TOKEN);

    const answer = page.waitForResponse((r) =>
      r.url().endsWith('/api/messenger-accounts/test-connection'),
    );
    await dialog.getByRole('button', { name: 'Test Connection' }).click();
    const response = await answer;
    if (!response.fromServiceWorker())
      throw new Error('Test Connection was not answered by the MSW service worker');
    const body = JSON.parse(response.request().postData() ?? '{}');
    if (body.type !== 'telegram' || body.botUsername !== BOT || body.token !== TOKEN)
      throw new Error(`unexpected request body: ${JSON.stringify(body)}`);

    await dialog
      .getByRole('alert')
      .filter({ hasText: `Connected to @${BOT} (Telegram bot)` })
      .waitFor();

    await dialog.getByRole('button', { name: 'Save', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });

    const saved = (await page.getByTestId('saved').textContent())?.trim();
    const expected = JSON.stringify({ type: 'telegram', botUsername: BOT });
    if (saved !== expected) throw new Error(`saved config: got ${saved}, expected ${expected}`);
    const text = await page.locator('body').innerText();
    if (text.includes(TOKEN)) throw new Error('the token is visible on the page');
  });
});
