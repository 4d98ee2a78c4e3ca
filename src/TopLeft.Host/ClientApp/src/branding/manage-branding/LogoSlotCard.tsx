import { useEffect, useId, useRef, useState } from 'react';
import { ApiError } from '../../shared/api';
import { Button, Card, ProblemAlert, useToast, Wordmark } from '../../shared/ui';
import { MAX_LOGO_BYTES, publishBranding, resetLogo, uploadLogo, loadBranding, type LogoSlot } from '../current-branding';

export interface SlotInfo {
  slot: LogoSlot;
  title: string;
  label: string;
  hint: string;
}

type Pending = { kind: 'file'; file: File; preview: string } | { kind: 'reset' } | null;

const ACCEPT = 'image/png,image/jpeg,image/webp,image/x-icon,image/vnd.microsoft.icon,.png,.jpg,.jpeg,.webp,.ico';

function previewOf(file: File): string {
  return typeof URL.createObjectURL === 'function' ? URL.createObjectURL(file) : '';
}

/** One logo: what is in use, a chosen file or reset waiting to be saved, and the server's answer. */
export function LogoSlotCard({ info, currentUrl }: { info: SlotInfo; currentUrl: string | null }) {
  const toast = useToast();
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [pending, setPending] = useState<Pending>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    if (pending?.kind !== 'file' || !pending.preview) return;
    const url = pending.preview;
    return () => URL.revokeObjectURL(url);
  }, [pending]);

  const choose = (file: File | undefined) => {
    if (input.current) input.current.value = '';
    if (!file) return;
    if (file.size > MAX_LOGO_BYTES) {
      setPending(null);
      setError(
        new ApiError(413, {
          title: 'This file cannot be used as a logo.',
          detail: 'The file is larger than 1 MB. Logos are shown small, so export a smaller image.',
        }),
      );
      return;
    }
    setError(null);
    setPending({ kind: 'file', file, preview: previewOf(file) });
  };

  const save = async () => {
    if (!pending) return;
    setSaving(true);
    setError(null);
    try {
      if (pending.kind === 'file') {
        publishBranding(await uploadLogo(info.slot, pending.file));
      } else {
        await resetLogo(info.slot);
        await loadBranding(true);
      }
      setPending(null);
      toast.show({ tone: 'success', title: pending.kind === 'file' ? `New ${info.label} saved` : `Default ${info.label} restored` });
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError(0, null));
    } finally {
      setSaving(false);
    }
  };

  let preview;
  let caption;
  if (pending?.kind === 'file') {
    preview = <img src={pending.preview} alt={`New ${info.label} (not saved yet)`} />;
    caption = `${pending.file.name} — not saved yet`;
  } else if (pending?.kind === 'reset' || !currentUrl) {
    preview =
      info.slot === 'favicon' ? (
        <img src="/favicon.svg" alt={`Default ${info.label}`} />
      ) : (
        <span role="img" aria-label={`Default ${info.label}`}>
          <Wordmark />
        </span>
      );
    caption = pending?.kind === 'reset' ? 'TopLeft default — not saved yet' : 'TopLeft default';
  } else {
    preview = <img src={currentUrl} alt={`Current ${info.label}`} />;
    caption = 'Your logo';
  }

  return (
    <Card className="tl-branding-slot" role="group" aria-labelledby={`${inputId}-title`}>
      <h2 className="tl-branding-slot__title" id={`${inputId}-title`}>
        {info.title}
      </h2>
      <p className="tl-branding-slot__hint">{info.hint}</p>
      <div className={`tl-branding-slot__preview tl-branding-slot__preview--${info.slot}`}>{preview}</div>
      <p className="tl-branding-slot__caption">{caption}</p>
      <input
        ref={input}
        id={inputId}
        className="tl-visually-hidden"
        type="file"
        accept={ACCEPT}
        aria-label={`Choose a file for the ${info.label}`}
        onChange={(e) => choose(e.target.files?.[0])}
      />
      <ProblemAlert error={error} />
      <div className="tl-branding-slot__actions">
        <Button onClick={() => input.current?.click()} disabled={saving}>
          Browse…
        </Button>
        <Button
          variant="ghost"
          onClick={() => {
            setError(null);
            setPending(currentUrl ? { kind: 'reset' } : null);
          }}
          disabled={saving || (!currentUrl && pending === null) || pending?.kind === 'reset'}
        >
          Reset to default
        </Button>
        {pending ? (
          <Button
            variant="ghost"
            onClick={() => {
              setPending(null);
              setError(null);
            }}
            disabled={saving}
          >
            Cancel
          </Button>
        ) : null}
        <Button variant="primary" onClick={() => void save()} disabled={saving || pending === null} aria-label={`Save ${info.label}`}>
          {saving ? 'Saving…' : 'Save'}
        </Button>
      </div>
    </Card>
  );
}
