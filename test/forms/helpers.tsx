import { inspect } from 'node:util';
import { configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent, { PointerEventsCheckLevel } from '@testing-library/user-event';
import axe from 'axe-core';
import { expect, onTestFinished, vi, type Mock } from 'vitest';
import type { ReactNode } from 'react';
import {
  MessengerFormsProvider,
  isMessengerType,
  type MessengerConfig,
  type MessengerFormProps,
} from '../../src';
import {
  DISPLAY_NAMES,
  FORMS,
  MESSENGERS,
  SAMPLES,
  labelledValues,
  type AnyForm,
  type FormSample,
} from './fixtures';

// These UI tests run on shared CI machines: give async queries and tests
// headroom over the 1 s / 15 s defaults so a loaded machine does not flake.
configure({ asyncUtilTimeout: 15_000 }); // generous: 2 loaded cores, not a timing assertion
vi.setConfig({ testTimeout: 30_000 });

export type User = ReturnType<typeof userEvent.setup>;
export type FormProps = Partial<MessengerFormProps<MessengerConfig>>;
export type SubmitMock = Mock<(config: MessengerConfig) => void | Promise<void>>;

/**
 * user-event without artificial delays. The pointer-events check reads computed
 * styles up the tree on every call, which is slow in jsdom with Emotion; tests
 * assert `disabled` explicitly instead.
 */
export function setupUser(options: Parameters<typeof userEvent.setup>[0] = {}): User {
  return userEvent.setup({
    delay: null,
    pointerEventsCheck: PointerEventsCheckLevel.Never,
    ...options,
  });
}

/** Registers the custom types of the suite (`MessengerFormsProvider messengers`). */
export function WithMessengers({ children }: { children?: ReactNode }) {
  return <MessengerFormsProvider messengers={MESSENGERS}>{children}</MessengerFormsProvider>;
}

/** Render options for `type`: custom types are rendered inside {@link WithMessengers}. */
export const renderOptionsFor = (type: string) =>
  isMessengerType(type) ? {} : { wrapper: WithMessengers };

/**
 * Callbacks for the actions a custom type declares with `requireCallbacks`
 * (`defineMessenger`): rendered without them the form reports the missing
 * callback on the console, as it should for a host that forgot one.
 */
export function requiredCallbacks(type: string): { onTestConnection?: Mock; onSetWebhook?: Mock } {
  const descriptor = MESSENGERS.find((m) => m.type === type);
  if (!descriptor?.requireCallbacks) return {};
  return {
    ...(descriptor.actions.testConnection ? { onTestConnection: vi.fn() } : {}),
    ...(descriptor.actions.setWebhook ? { onSetWebhook: vi.fn() } : {}),
  };
}

/**
 * Renders the typed form of `type`; returns the `<form>` (found by its
 * accessible name) too. A custom type gets the callbacks it requires unless
 * `props` names them (`onTestConnection: undefined` renders without).
 */
export function renderForm(type: string, props: FormProps = {}, Form: AnyForm = FORMS[type]) {
  const onSubmit: SubmitMock = vi.fn();
  const utils = render(
    <Form onSubmit={onSubmit} {...requiredCallbacks(type)} {...props} />,
    renderOptionsFor(type),
  );
  const form = screen.getByRole('form', { name: `${DISPLAY_NAMES[type]} account` });
  return { ...utils, form, onSubmit: (props.onSubmit as SubmitMock | undefined) ?? onSubmit };
}

/** The input labelled `label` (password inputs have no role, so by label). */
export function field(label: string, container: HTMLElement = document.body): HTMLInputElement {
  return within(container).getByLabelText(label, { selector: 'input' }) as HTMLInputElement;
}

/**
 * A button by accessible name. `hidden: true` skips the (slow in jsdom)
 * visibility check; dialogs are queried with `within(dialog)` instead.
 */
export const button = (name: string | RegExp) => screen.getByRole('button', { name, hidden: true });
export const queryButton = (name: string | RegExp) =>
  screen.queryByRole('button', { name, hidden: true });

/** Sets values by label with one change event each (fast; like a paste). */
export function fill(values: Readonly<Record<string, string>>): void {
  for (const [label, value] of Object.entries(values)) {
    fireEvent.change(field(label), { target: { value } });
  }
}

/** Clicks into each field and pastes the value, as an administrator would. */
export async function paste(user: User, values: Readonly<Record<string, string>>): Promise<void> {
  for (const [label, value] of Object.entries(values)) {
    const input = field(label);
    await user.click(input);
    if (input.value) await user.clear(input);
    await user.paste(value);
  }
}

/** Asserts the input values by label. */
export function expectValues(values: Readonly<Record<string, string>>): void {
  const actual = Object.fromEntries(
    Object.keys(values).map((label) => [label, field(label).value]),
  );
  expect(actual).toEqual(values);
}

/**
 * Presses Set Webhook; for Viber also fills the "Set Webhook" dialog with the
 * sample's webhook URL and confirms.
 */
export async function pressSetWebhook(
  user: User,
  sample: Pick<FormSample, 'webhook'>,
): Promise<void> {
  await user.click(button('Set Webhook'));
  if (!sample.webhook) return;
  const dialog = await screen.findByRole('dialog', { name: 'Set Webhook' });
  await user.click(within(dialog).getByLabelText('Webhook url (host and port)'));
  await user.paste(sample.webhook.input);
  await user.click(within(dialog).getByRole('button', { name: 'Set Webhook' }));
  await waitFor(() => expect(dialog).not.toBeInTheDocument());
}

/**
 * Renders `Form` with the LINE sample filled, presses Test Connection at once (before
 * any prefetch; the callback answers ok) and resolves with the alert shown.
 */
export async function lineTestConnectionAlert(Form: AnyForm): Promise<HTMLElement> {
  const user = setupUser();
  const onTestConnection = vi.fn().mockResolvedValue({ ok: true });
  render(<Form onSubmit={vi.fn()} onTestConnection={onTestConnection} />);
  fill(labelledValues(SAMPLES.line));
  await user.click(button('Test Connection'));
  await waitFor(() => expect(onTestConnection).toHaveBeenCalledTimes(1));
  return screen.findByRole('alert');
}

/**
 * The library loaded afresh, for a test file that mocks one of its modules: the files
 * of a worker share loaded modules (vitest.config.ts, `isolate: false`), so an earlier
 * file may have loaded the real module already. Call it in `beforeAll`; modules
 * imported after it (in the same file) are the fresh ones too.
 */
export async function freshLibrary(): Promise<typeof import('../../src')> {
  vi.resetModules();
  return import('../../src');
}

/** Runs axe-core on `node` (color contrast is meaningless in jsdom). */
export async function expectNoAxeViolations(node: Element = document.body): Promise<void> {
  const results = await axe.run(node, { rules: { 'color-contrast': { enabled: false } } });
  const violations = results.violations.map((v) => ({
    id: v.id,
    help: v.help,
    nodes: v.nodes.map((n) => n.html),
  }));
  expect(violations).toEqual([]);
}

const CONSOLE_METHODS = ['log', 'warn', 'error', 'info', 'debug'] as const;

/** Records (and silences) every console call until the test ends. */
export function captureConsole() {
  const spies = CONSOLE_METHODS.map((method) =>
    vi.spyOn(console, method).mockImplementation(() => undefined),
  );
  onTestFinished(() => spies.forEach((spy) => spy.mockRestore()));
  return {
    /** How many console calls were made. */
    count: () => spies.reduce((n, spy) => n + spy.mock.calls.length, 0),
    /** Everything logged, deeply serialized (errors with message and stack). */
    text: () =>
      spies
        .flatMap((spy) => spy.mock.calls)
        .map((args) =>
          args
            .map((arg) =>
              typeof arg === 'string' ? arg : inspect(arg, { depth: 8, showHidden: true }),
            )
            .join(' '),
        )
        .join('\n'),
  };
}

/** Collects unhandled promise rejections until the test ends. */
export function watchUnhandledRejections() {
  const seen: unknown[] = [];
  const listener = (reason: unknown) => void seen.push(reason);
  process.on('unhandledRejection', listener);
  onTestFinished(() => {
    process.off('unhandledRejection', listener);
  });
  return {
    /** Lets pending rejections surface, then asserts there were none. */
    async expectNone() {
      await new Promise((resolve) => setTimeout(resolve, 10));
      expect(seen).toEqual([]);
    },
  };
}
