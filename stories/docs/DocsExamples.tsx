// Live examples embedded in the MDX docs pages (not a stories file).
// Docs pages render no story, so the MSW service worker is not started for
// them: the examples use the reference HTTP adapter with a `fetch` that asks
// the mock handlers directly, in the page. Behaviour is the same as in stories.
import { useState, type ReactNode } from 'react';
import { getResponse } from 'msw';
import { Unstyled } from '@storybook/addon-docs/blocks';
import Box from '@mui/material/Box';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Typography from '@mui/material/Typography';
import {
  AddMessengerAccountButton,
  CreateMessengerAccountDialog,
  MESSENGER_DISPLAY_NAMES,
  MessengerAccountForm,
  MessengerFormsProvider,
  messengerDescriptors,
  type ConfigOfType,
  type MessengerConfig,
  type MessengerFormsLocale,
  type MessengerType,
} from '../../src';
import { createHttpCallbacks, createMockHandlers } from '../../src/mocks';

/** Shorter than the 30 s default, so that a `slow` token times out while the reader watches. */
export const DOCS_TIMEOUT_MS = 10_000;

const handlers = createMockHandlers({ delayMs: 600 });

/** `createHttpCallbacks` answered in-page by `createMockHandlers` (base URL `/api`). */
export const docsCallbacks = createHttpCallbacks({
  baseUrl: '/api',
  fetch: async (input, init) => {
    const request = new Request(new URL(input, window.location.href), init);
    return (await getResponse(handlers, request)) ?? Response.error();
  },
});

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** A framed, unstyled area of a docs page for a live component. */
export function Example({ children, caption }: { children: ReactNode; caption?: ReactNode }) {
  return (
    <Unstyled>
      <Box
        component="figure"
        sx={{
          m: 0,
          my: 3,
          p: 3,
          maxWidth: 600,
          border: 1,
          borderColor: 'divider',
          borderRadius: 1,
          bgcolor: 'background.paper',
          fontFamily: 'Roboto, Helvetica, Arial, sans-serif',
        }}
      >
        {children}
        {caption && (
          <Typography
            component="figcaption"
            variant="body2"
            sx={{ mt: 2, pt: 1.5, borderTop: 1, borderColor: 'divider', color: 'text.secondary' }}
          >
            {caption}
          </Typography>
        )}
      </Box>
    </Unstyled>
  );
}

function ConfigOutput({ label, config }: { label: string; config: MessengerConfig | null }) {
  return (
    <Box role="status" sx={{ mt: config ? 2 : 0 }}>
      {config && (
        <>
          <Typography variant="body2" sx={{ fontWeight: 'fontWeightMedium' }}>
            {label}
          </Typography>
          <Box
            component="pre"
            sx={{
              m: 0,
              mt: 0.5,
              p: 1.5,
              bgcolor: 'action.hover',
              borderRadius: 1,
              fontSize: 13,
              overflowX: 'auto',
            }}
          >
            {JSON.stringify(config, null, 2)}
          </Box>
        </>
      )}
    </Box>
  );
}

/** Props of {@link LiveForm}. */
export interface LiveFormProps<T extends MessengerType> {
  type: T;
  initialValues?: Partial<Omit<ConfigOfType<T>, 'type'>>;
  locale?: MessengerFormsLocale;
}

/**
 * A messenger form wired to the mocks; shows what `onSubmit` received.
 * @example
 * <LiveForm type="telegram" />
 */
export function LiveForm<T extends MessengerType>({
  type,
  initialValues,
  locale,
}: LiveFormProps<T>) {
  const [saved, setSaved] = useState<MessengerConfig | null>(null);
  const { testConnection, setWebhook } = messengerDescriptors[type].actions;
  return (
    <Example
      caption={
        testConnection || setWebhook ? (
          <>
            Live example wired to the mock API: put <code>invalid</code>, <code>error</code> or{' '}
            <code>slow</code> in the token to see failures (the action timeout is shortened to{' '}
            {DOCS_TIMEOUT_MS / 1000} s here). Nothing leaves the page.
          </>
        ) : (
          <>Live example: press Save to see what onSubmit receives. Nothing leaves the page.</>
        )
      }
    >
      <MessengerFormsProvider locale={locale}>
        <MessengerAccountForm<T>
          type={type}
          initialValues={initialValues}
          {...docsCallbacks}
          actionTimeoutMs={DOCS_TIMEOUT_MS}
          onChange={() => setSaved(null)}
          onSubmit={async (config) => {
            await pause(400);
            setSaved(config);
          }}
        />
      </MessengerFormsProvider>
      <ConfigOutput label="onSubmit received:" config={saved} />
    </Example>
  );
}

function describe(config: MessengerConfig): string {
  switch (config.type) {
    case 'facebook':
      return `@${config.pageUsername} (Page ID ${config.pageId})`;
    case 'line':
    case 'nexmo':
      return config.name;
    case 'telegram':
    case 'viber':
      return `@${config.botUsername}`;
  }
}

/** The "+" button and the create dialog, as on the Messenger Integration page. */
export function AddAccountExample() {
  const [type, setType] = useState<MessengerType>();
  const [open, setOpen] = useState(false);
  const [accounts, setAccounts] = useState<MessengerConfig[]>([]);
  return (
    <Example
      caption={
        <>
          Live example: press <strong>+</strong>, pick a type, fill the form and save. Test
          Connection and Set Webhook answer from the mock API.
        </>
      }
    >
      <Box sx={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between' }}>
        <Typography variant="h6" component="p">
          Messenger Integration
        </Typography>
        <AddMessengerAccountButton
          onSelect={(picked) => {
            setType(picked);
            setOpen(true);
          }}
        />
      </Box>
      {accounts.length === 0 ? (
        <Typography variant="body2" sx={{ color: 'text.secondary', py: 1 }}>
          No messenger accounts yet.
        </Typography>
      ) : (
        <List dense aria-label="Messenger accounts">
          {accounts.map((account, index) => (
            <ListItem key={index} disableGutters>
              <ListItemText
                primary={describe(account)}
                secondary={MESSENGER_DISPLAY_NAMES[account.type]}
              />
            </ListItem>
          ))}
        </List>
      )}
      <CreateMessengerAccountDialog
        open={open}
        type={type}
        onClose={() => setOpen(false)}
        onCreate={async (config) => {
          await pause(400);
          setAccounts((list) => [...list, config]);
        }}
        {...docsCallbacks}
        actionTimeoutMs={DOCS_TIMEOUT_MS}
      />
    </Example>
  );
}
