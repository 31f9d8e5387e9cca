// The RJSF comparison: the same Facebook form as a JSON schema rendered by
// @rjsf/mui with @rjsf/validator-ajv8 (bench/package.json), used as its docs show.
// Plain JSX (not TypeScript) so that `tsc` at the root does not need bench/node_modules.
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Form from '@rjsf/mui';
import validator from '@rjsf/validator-ajv8';

const credential = { type: 'string', minLength: 1, maxLength: 4096, pattern: '^\\S+$' };

export const schema = {
  type: 'object',
  required: ['pageUsername', 'pageId', 'token', 'webhookVerifyToken'],
  properties: {
    pageUsername: {
      type: 'string',
      title: 'Page Username',
      description:
        'The username of your Facebook Page exactly as Facebook shows it, e.g. acme.support.',
      pattern: '^[A-Za-z0-9.]{5,50}$',
    },
    type: {
      type: 'string',
      title: 'Type',
      description: 'The kind of messenger account. Chosen when the account was added.',
      default: 'Facebook Messenger',
      readOnly: true,
    },
    pageId: {
      type: 'string',
      title: 'Page ID',
      description: 'The numeric ID of your Facebook Page, shown in the About section of the Page.',
      maxLength: 4096,
      pattern: '^[0-9]+$',
    },
    token: {
      ...credential,
      title: 'Token',
      description: 'The Page Access Token of your Facebook Page.',
    },
    webhookVerifyToken: {
      ...credential,
      title: 'Webhook Verify Token',
      description:
        'Proves to Facebook that the webhook is yours. Generate one, then paste it in your Facebook App under Webhooks > Edit Page Subscription > Verify Token.',
    },
  },
};

export const uiSchema = {
  'ui:order': ['pageUsername', 'type', 'pageId', 'token', 'webhookVerifyToken'],
  token: { 'ui:widget': 'password' },
  webhookVerifyToken: { 'ui:widget': 'password' },
};

const noop = () => {};

/** The app the bench mounts. */
export default function App() {
  return (
    <Form schema={schema} uiSchema={uiSchema} validator={validator} onSubmit={noop} noHtml5Validate>
      <Stack direction="row" spacing={1} sx={{ mt: 3, justifyContent: 'flex-end' }}>
        <Button onClick={noop}>Cancel</Button>
        <Button type="submit" variant="contained">
          Save
        </Button>
      </Stack>
    </Form>
  );
}
