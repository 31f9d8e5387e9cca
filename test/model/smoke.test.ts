import { describe, expect, it } from 'vitest';
import { validateMessengerConfig } from '../../src';

describe('validateMessengerConfig', () => {
  it('normalizes a pasted Telegram username', () => {
    const result = validateMessengerConfig({
      type: 'telegram',
      botUsername: ' @acme_bot ',
      token: '123456:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
    });
    expect(result).toEqual({
      ok: true,
      config: {
        type: 'telegram',
        botUsername: 'acme_bot',
        token: '123456:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
      },
    });
  });
});
