import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { AnyForm } from './fixtures';
import { button, freshLibrary, lineTestConnectionAlert } from './helpers';

// The result parser is loaded with the action's call (useAction). If it cannot be
// loaded (`load` gives undefined, as after a failed import), the result is a generic
// failure, never nothing.

// An earlier file may have loaded the parser already.
let en: typeof import('../../src').en;
let LineAccountForm: typeof import('../../src').LineAccountForm;
let resultParserPart: typeof import('../../src/core/form/useAction').resultParserPart;
beforeAll(async () => {
  ({ en, LineAccountForm } = await freshLibrary());
  ({ resultParserPart } = await import('../../src/core/form/useAction'));
});

describe('a result parser that cannot be loaded', () => {
  it('leaves the generic failure message; the form stays usable', async () => {
    vi.spyOn(resultParserPart, 'load').mockResolvedValue(undefined);
    const alert = await lineTestConnectionAlert(LineAccountForm as unknown as AnyForm);
    expect(alert).toHaveTextContent(en['action.failed']);
    expect(button('Test Connection')).toBeEnabled();
  });
});

describe('lazyPart', () => {
  it('never throws, gives undefined on a failed import and tries again next time', async () => {
    const { lazyPart } = await import('../../src/core/form/lazy');
    const importer = vi
      .fn<() => Promise<{ value: number }>>()
      .mockRejectedValueOnce(new Error('chunk'))
      .mockResolvedValue({ value: 1 });
    const part = lazyPart(importer);
    await expect(part.load()).resolves.toBeUndefined();
    expect(part.current).toBeUndefined();
    await expect(part.load()).resolves.toEqual({ value: 1 });
    expect(part.current).toEqual({ value: 1 });
    await part.load();
    expect(importer).toHaveBeenCalledTimes(2);
  });
});
