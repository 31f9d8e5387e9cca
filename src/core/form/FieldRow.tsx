import { memo, useRef, useState } from 'react';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import InputAdornment from '@mui/material/InputAdornment';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useMessengerFormsI18n } from '../context';
import { generateVerifyToken } from '../generateVerifyToken';
import { CopyIcon, VisibilityIcon, VisibilityOffIcon, WarningIcon } from './icons';
import type { MessengerFormField } from './useMessengerForm';

/**
 * Props of one rendered field: the hook's field (its key as `name`) and the form's
 * state. Plain values only, so unchanged fields skip re-rendering.
 */
export interface FieldRowProps extends Omit<MessengerFormField, 'key'> {
  name: string;
  disabled: boolean;
  readOnly: boolean;
  onValueChange: (name: string, value: string) => void;
  /** Called with the input's own value, which may be newer than the last render's. */
  onFieldBlur: (name: string, value: string) => void;
  /** Replace / Keep stored of a stored secret. */
  onStoredChange?: (name: string, replacing: boolean) => void;
}

/**
 * One field of a messenger form: text, masked secret with show/hide, or a
 * generated token with Generate and Copy. Presentational: the engine owns state.
 * @internal
 */
export const FieldRow = memo(function FieldRow(props: FieldRowProps) {
  const { name, kind, inputId, label, helper, value, error, warning, disabled, readOnly } = props;
  const { onValueChange, onFieldBlur, stored, onStoredChange, optional } = props;
  const inputRef = useRef<HTMLInputElement>(null);
  const { t } = useMessengerFormsI18n();
  const [shown, setShown] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const secret = kind !== 'text';

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setStatus(t('copy.done', { label }));
    } catch {
      setStatus(t('copy.failed'));
    }
  };
  const generate = () => {
    try {
      onValueChange(name, generateVerifyToken());
      setStatus(null);
    } catch {
      setStatus(t('generate.failed'));
    }
  };

  const adornment = secret ? (
    <InputAdornment position="end">
      <IconButton
        aria-label={t(shown ? 'secret.hide' : 'secret.show', { label })}
        aria-pressed={shown}
        aria-controls={inputId}
        onClick={() => setShown((s) => !s)}
        disabled={disabled}
        edge={kind === 'secret' ? 'end' : false}
      >
        {shown ? <VisibilityOffIcon /> : <VisibilityIcon />}
      </IconButton>
      {kind === 'generated-token' && (
        <IconButton
          aria-label={t('copy.button', { label })}
          onClick={copy}
          disabled={disabled || !value}
          edge="end"
        >
          <CopyIcon />
        </IconButton>
      )}
    </InputAdornment>
  ) : undefined;

  // A plain string unless there is a warning icon: no wrapper elements to render per field.
  const note =
    warning ??
    (stored === 'kept'
      ? t('secret.stored', { label })
      : stored === 'replacing'
        ? t('secret.replacing', { label })
        : helper);
  const helperText =
    error ??
    (warning ? (
      <>
        <WarningIcon color="warning" sx={{ fontSize: '1em', verticalAlign: '-0.125em', mr: 0.5 }} />
        {note}
      </>
    ) : (
      note
    ));

  // A plain <div>, not a Box: it has no styles, and a Box is an Emotion component
  // rendered (and styled) per field on every mount.
  return (
    <div>
      <TextField
        id={inputId}
        name={name}
        label={label}
        value={value}
        inputRef={inputRef}
        onChange={(event) => onValueChange(name, event.target.value)}
        onBlur={(event) => onFieldBlur(name, event.target.value)}
        error={Boolean(error)}
        helperText={helperText}
        disabled={disabled}
        fullWidth
        margin="normal"
        type={secret && !shown ? 'password' : 'text'}
        autoComplete="off"
        slotProps={{
          htmlInput: {
            spellCheck: false,
            readOnly,
            required: stored !== 'kept' && !optional,
            autoCapitalize: 'off',
          },
          input: { endAdornment: adornment },
        }}
      />
      {stored && !readOnly && (
        <Button
          size="small"
          aria-label={t(stored === 'kept' ? 'secret.replaceLabel' : 'secret.keepLabel', { label })}
          onClick={() => {
            onStoredChange?.(name, stored === 'kept');
            if (stored === 'kept') inputRef.current?.focus();
          }}
          disabled={disabled}
        >
          {t(stored === 'kept' ? 'secret.replace' : 'secret.keep')}
        </Button>
      )}
      {kind === 'generated-token' && !readOnly && (
        <Button size="small" onClick={generate} disabled={disabled}>
          {t('generate.button')}
        </Button>
      )}
      {kind === 'generated-token' && (
        <Typography role="status" variant="body2" component="p">
          {status}
        </Typography>
      )}
    </div>
  );
});
