import { useState, type ReactNode } from 'react';
import { ApiError } from '../../shared/api';
import { Button, Dialog, ProblemAlert } from '../../shared/ui';
import { problemTitle } from './errors';

export interface ConfirmDialogProps {
  open: boolean;
  title: string;
  description?: ReactNode;
  children?: ReactNode;
  confirmLabel: string;
  /** Destructive actions get a red button (default). */
  tone?: 'danger' | 'primary';
  /** Runs the action; a rejection keeps the dialog open and shows the error inside it. */
  onConfirm: () => Promise<void>;
  onClose: () => void;
}

/** "Are you sure?" for destructive actions: Cancel has focus first, errors stay in the dialog. */
export function ConfirmDialog({ open, title, description, children, confirmLabel, tone = 'danger', onConfirm, onClose }: ConfirmDialogProps) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  const close = () => {
    if (busy) return;
    setError(null);
    onClose();
  };

  const confirm = async () => {
    setBusy(true);
    setError(null);
    try {
      await onConfirm();
      setBusy(false);
      onClose();
    } catch (caught) {
      setBusy(false);
      setError(caught instanceof ApiError ? caught : new ApiError(0, null, caught instanceof Error ? caught.message : undefined));
    }
  };

  return (
    <Dialog
      open={open}
      onClose={close}
      title={title}
      description={description}
      size="sm"
      role="alertdialog"
      footer={
        <>
          <Button onClick={close} disabled={busy}>
            Cancel
          </Button>
          <Button variant={tone} loading={busy} onClick={() => void confirm()}>
            {confirmLabel}
          </Button>
        </>
      }
    >
      {children || error ? (
        <div className="tl-stack">
          {children}
          <ProblemAlert error={error} title={problemTitle(error)} />
        </div>
      ) : null}
    </Dialog>
  );
}
