// How often the engine normalizes and validates (issue #14 item 3): once per blur
// and once per submit, never again inside Formik. Counted through a custom
// messenger whose normalizer and rule record their calls.
import { render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { string } from 'yup';
import { createMessengerForm, defineMessenger } from '../../src';
import { button, field, fill, setupUser } from './helpers';

const calls = { normalize: 0, validate: 0 };
const counted = defineMessenger({
  type: 'counted',
  displayName: 'Counted',
  fields: [
    {
      key: 'name',
      label: 'Name',
      helper: 'Any name.',
      normalize: (value) => {
        calls.normalize += 1;
        return value.trim();
      },
      rule: string()
        .required('error.required')
        .test('counted', 'Never shown.', () => {
          calls.validate += 1;
          return true;
        }),
    },
  ],
  actions: { testConnection: false },
});
const CountedForm = createMessengerForm(counted);

describe('normalize and validate counts', () => {
  it('Save validates once and normalizes no more than the values need', async () => {
    const user = setupUser();
    const onSubmit = vi.fn();
    render(<CountedForm onSubmit={onSubmit} />);
    fill({ Name: '  Acme  ' });
    const before = { ...calls };
    await user.click(button('Save'));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledWith({ type: 'counted', name: 'Acme' }));
    expect(field('Name')).toHaveValue('Acme');
    // The values typed were normalized once when they changed; Save added no
    // normalization (the written-back values are already normalized) and one validation.
    expect(calls.normalize - before.normalize).toBe(0);
    expect(calls.validate - before.validate).toBe(1);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('a blur normalizes the field once', async () => {
    const user = setupUser();
    render(<CountedForm onSubmit={vi.fn()} />);
    await user.click(field('Name'));
    await user.paste('  Acme  ');
    const before = calls.normalize;
    await user.tab();
    expect(field('Name')).toHaveValue('Acme');
    // The blur handler's own call, and one for the render of the new values.
    expect(calls.normalize - before).toBe(2);
  });
});
