import { useEffect, useState } from 'react';
import { Button, type ButtonProps } from '../../shared/ui';

export interface CopyButtonProps extends Omit<ButtonProps, 'onClick' | 'children'> {
  value: string;
  label?: string;
  copiedLabel?: string;
}

/** Copies `value` to the clipboard and says so (politely announced) for a couple of seconds. */
export function CopyButton({ value, label = 'Copy', copiedLabel = 'Copied', ...rest }: CopyButtonProps) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');

  useEffect(() => {
    if (state === 'idle') return;
    const timer = window.setTimeout(() => setState('idle'), 2500);
    return () => window.clearTimeout(timer);
  }, [state]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setState('copied');
    } catch {
      setState('failed');
    }
  };

  return (
    <>
      <Button icon={state === 'copied' ? 'check' : undefined} {...rest} onClick={() => void copy()}>
        {state === 'copied' ? copiedLabel : label}
      </Button>
      <span className="tl-visually-hidden" aria-live="polite">
        {state === 'copied' ? 'Copied to the clipboard.' : state === 'failed' ? 'Copying failed; select the text and copy it yourself.' : ''}
      </span>
    </>
  );
}
