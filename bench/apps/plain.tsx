// The "plain" baseline: the leanest Facebook form written by hand with MUI and
// useState: no form or validation library, no memoization, and no work for what it
// does not show (the checks run only once a field was left or Save pressed). Same
// five fields, texts, checks and controls as FacebookAccountForm (show/hide,
// Generate and Copy, token warning, Save and Cancel).
import { useState, type FormEvent } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import InputAdornment from '@mui/material/InputAdornment';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { createSvgIcon } from '@mui/material/utils';

const VisibilityIcon = createSvgIcon(
  <path d="M12 4.5C7 4.5 2.73 7.61 1 12c1.73 4.39 6 7.5 11 7.5s9.27-3.11 11-7.5c-1.73-4.39-6-7.5-11-7.5M12 17c-2.76 0-5-2.24-5-5s2.24-5 5-5 5 2.24 5 5-2.24 5-5 5m0-8c-1.66 0-3 1.34-3 3s1.34 3 3 3 3-1.34 3-3-1.34-3-3-3" />,
  'Visibility',
);
const VisibilityOffIcon = createSvgIcon(
  <path d="M12 7c2.76 0 5 2.24 5 5 0 .65-.13 1.26-.36 1.83l2.92 2.92c1.51-1.26 2.7-2.89 3.43-4.75-1.73-4.39-6-7.5-11-7.5-1.4 0-2.74.25-3.98.7l2.16 2.16C10.74 7.13 11.35 7 12 7M2 4.27l2.28 2.28.46.46C3.08 8.3 1.78 10.02 1 12c1.73 4.39 6 7.5 11 7.5 1.55 0 3.03-.3 4.38-.84l.42.42L19.73 22 21 20.73 3.27 3zM7.53 9.8l1.55 1.55c-.05.21-.08.43-.08.65 0 1.66 1.34 3 3 3 .22 0 .44-.03.65-.08l1.55 1.55c-.67.33-1.41.53-2.2.53-2.76 0-5-2.24-5-5 0-.79.2-1.53.53-2.2m4.31-.78 3.15 3.15.02-.16c0-1.66-1.34-3-3-3z" />,
  'VisibilityOff',
);
const CopyIcon = createSvgIcon(
  <path d="M16 1H4c-1.1 0-2 .9-2 2v14h2V3h12zm3 4H8c-1.1 0-2 .9-2 2v14c0 1.1.9 2 2 2h11c1.1 0 2-.9 2-2V7c0-1.1-.9-2-2-2m0 16H8V7h11z" />,
  'ContentCopy',
);

interface Values {
  pageUsername: string;
  pageId: string;
  token: string;
  webhookVerifyToken: string;
}
type Name = keyof Values;

const REQUIRED = 'This field is required.';
const TOO_LONG = 'This value is too long: use at most 4096 characters.';

function check(value: string, pattern: RegExp, message: string): string | undefined {
  if (!value) return REQUIRED;
  if (value.length > 4096) return TOO_LONG;
  return pattern.test(value) ? undefined : message;
}

function validate(v: Values): Partial<Record<Name, string>> {
  const errors: Partial<Record<Name, string>> = {};
  const add = (name: Name, error: string | undefined) => error && (errors[name] = error);
  add(
    'pageUsername',
    check(v.pageUsername, /^[A-Za-z0-9.]{5,50}$/, 'Use 5 to 50 letters, digits or dots.'),
  );
  add('pageId', check(v.pageId, /^[0-9]+$/, 'The Page ID contains digits only.'));
  const single = 'Remove the spaces: this value is a single word.';
  add('token', check(v.token, /^\S+$/, single));
  add('webhookVerifyToken', check(v.webhookVerifyToken, /^\S+$/, single));
  return errors;
}

const compact = (s: string) => s.replace(/\s+/g, '');

function randomToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

export interface PlainFacebookFormProps {
  onSubmit: (config: Values & { type: 'facebook' }) => void;
  onCancel?: () => void;
}

export function PlainFacebookForm({ onSubmit, onCancel }: PlainFacebookFormProps) {
  const [values, setValues] = useState<Values>({
    pageUsername: '',
    pageId: '',
    token: '',
    webhookVerifyToken: '',
  });
  const [touched, setTouched] = useState<Partial<Record<Name, boolean>>>({});
  const [submitted, setSubmitted] = useState(false);
  const [showToken, setShowToken] = useState(false);
  const [showVerify, setShowVerify] = useState(false);
  const [copyStatus, setCopyStatus] = useState('');

  // Checked only when something shows the result: a fresh form runs no check.
  const errors = submitted || Object.keys(touched).length > 0 ? validate(values) : {};
  const set = (name: Name, value: string) => setValues((v) => ({ ...v, [name]: value }));
  const errorOf = (name: Name) => (touched[name] || submitted ? errors[name] : undefined);
  const fieldProps = (name: Name, label: string, helper: string) => ({
    id: name,
    name,
    label,
    value: values[name],
    onChange: (e: { target: { value: string } }) => set(name, e.target.value),
    onBlur: () => {
      if (name !== 'pageUsername') set(name, compact(values[name]));
      setTouched((t) => ({ ...t, [name]: true }));
    },
    error: Boolean(errorOf(name)),
    helperText: errorOf(name) ?? helper,
    fullWidth: true,
    margin: 'normal' as const,
    autoComplete: 'off',
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (Object.keys(validate(values)).length === 0) onSubmit({ type: 'facebook', ...values });
  };
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(values.webhookVerifyToken);
      setCopyStatus('Webhook Verify Token copied to the clipboard.');
    } catch {
      setCopyStatus('Could not copy. Select the text and copy it by hand.');
    }
  };
  const tokenWarning =
    values.token && !values.token.startsWith('EAA')
      ? 'Page Access Tokens usually start with "EAA". Check that you copied the Page token, not an app or user token.'
      : undefined;
  const token = fieldProps('token', 'Token', 'The Page Access Token of your Facebook Page.');

  return (
    <Box component="form" noValidate aria-label="Facebook Messenger account" onSubmit={submit}>
      <TextField
        {...fieldProps(
          'pageUsername',
          'Page Username',
          'The username of your Facebook Page exactly as Facebook shows it, e.g. acme.support.',
        )}
      />
      <TextField
        id="type"
        name="type"
        label="Type"
        value="Facebook Messenger"
        helperText="The kind of messenger account. Chosen when the account was added."
        fullWidth
        margin="normal"
        slotProps={{ htmlInput: { readOnly: true } }}
      />
      <TextField
        {...fieldProps(
          'pageId',
          'Page ID',
          'The numeric ID of your Facebook Page, shown in the About section of the Page.',
        )}
      />
      <TextField
        {...token}
        helperText={token.error ? token.helperText : (tokenWarning ?? token.helperText)}
        type={showToken ? 'text' : 'password'}
        slotProps={{
          input: {
            endAdornment: (
              <InputAdornment position="end">
                <IconButton
                  aria-label={showToken ? 'Hide Token' : 'Show Token'}
                  aria-pressed={showToken}
                  onClick={() => setShowToken((s) => !s)}
                  edge="end"
                >
                  {showToken ? <VisibilityOffIcon /> : <VisibilityIcon />}
                </IconButton>
              </InputAdornment>
            ),
          },
        }}
      />
      <TextField
        {...fieldProps(
          'webhookVerifyToken',
          'Webhook Verify Token',
          'Proves to Facebook that the webhook is yours. Generate one, then paste it in your Facebook App under Webhooks > Edit Page Subscription > Verify Token.',
        )}
        type={showVerify ? 'text' : 'password'}
        slotProps={{
          input: {
            endAdornment: (
              <InputAdornment position="end">
                <IconButton
                  aria-label={
                    showVerify ? 'Hide Webhook Verify Token' : 'Show Webhook Verify Token'
                  }
                  aria-pressed={showVerify}
                  onClick={() => setShowVerify((s) => !s)}
                >
                  {showVerify ? <VisibilityOffIcon /> : <VisibilityIcon />}
                </IconButton>
                <IconButton
                  aria-label="Copy Webhook Verify Token"
                  onClick={copy}
                  disabled={!values.webhookVerifyToken}
                  edge="end"
                >
                  <CopyIcon />
                </IconButton>
              </InputAdornment>
            ),
          },
        }}
      />
      <Button size="small" onClick={() => set('webhookVerifyToken', randomToken())}>
        Generate random token
      </Button>
      <Typography role="status" variant="body2" component="p">
        {copyStatus}
      </Typography>
      <Stack direction="row" spacing={1} sx={{ mt: 3, justifyContent: 'flex-end' }}>
        <Button onClick={onCancel}>Cancel</Button>
        <Button type="submit" variant="contained">
          Save
        </Button>
      </Stack>
    </Box>
  );
}

const noop = () => {};

/** The app the bench mounts. */
export default function App() {
  return <PlainFacebookForm onSubmit={noop} onCancel={noop} />;
}
