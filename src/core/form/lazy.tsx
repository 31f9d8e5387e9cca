import { useEffect, useState, type ReactNode } from 'react';
import Alert from '@mui/material/Alert';
import { useMessengerFormsI18n } from '../context';

/**
 * A part of the form loaded on demand (a dialog, the result alert): one
 * `import()` per page, shared by every form; after a failure the next `load`
 * tries again. `current` is the module once loaded. @internal
 */
export interface LazyPart<M> {
  load: () => Promise<M | undefined>;
  current?: M;
}

/** A {@link LazyPart} around a dynamic import. Loading never throws. @internal */
export function lazyPart<M>(importer: () => Promise<M>): LazyPart<M> {
  let pending: Promise<M | undefined> | undefined;
  const part: LazyPart<M> = {
    load: () =>
      (pending ??= importer().then(
        (module) => (part.current = module),
        () => (pending = undefined),
      )),
  };
  return part;
}

/** Props of {@link Lazy}. @internal */
export interface LazyProps<M> {
  part: LazyPart<M>;
  /** The part is needed (a dialog is open, a result is there); a new value retries a failed load. */
  want: unknown;
  /** Called when the part could not be loaded while wanted (e.g. to close the dialog). */
  onFail?: () => void;
  /** Renders the loaded module. */
  children: (module: M) => ReactNode;
}

/**
 * Renders a lazy part once its module is there: nothing while it loads (a
 * closed dialog renders nothing either, on the server and on the first client
 * render), and a short error alert if it cannot be loaded, so the user is never
 * left without a message. @internal
 */
export function Lazy<M>({ part, want, onFail, children }: LazyProps<M>) {
  const { t } = useMessengerFormsI18n();
  const [failed, setFailed] = useState(false);
  const [, setLoaded] = useState<M>();
  useEffect(() => {
    // Also when the module is there already: it may have arrived after this render.
    if (!want) return;
    let live = true;
    setFailed(false);
    void part.load().then((module) => {
      if (!live) return;
      if (module) return setLoaded(module);
      setFailed(true);
      onFail?.();
    });
    return () => {
      live = false;
    };
    // `onFail` is read when the load ends; a new callback alone does not restart it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [part, want]);
  if (part.current) return children(part.current);
  return (
    failed && (
      <Alert severity="error" sx={{ mt: 2 }}>
        {t('action.loadFailed')}
      </Alert>
    )
  );
}
