import { Alert, Button } from '../../shared/ui';
import { CopyButton } from './CopyButton';
import { downloadText } from './download';
import './accounts.css';

/** Freshly made recovery codes: shown once, with copy and download. */
export function RecoveryCodes({ codes, workspace }: { codes: string[]; workspace?: string }) {
  const text = codes.join('\n');
  const fileName = `topleft-recovery-codes${workspace ? `-${workspace}` : ''}.txt`;
  return (
    <div className="tl-stack">
      <Alert tone="warning" title="Save these codes now">
        Each code signs you in once if you lose your authenticator. They won't be shown again.
      </Alert>
      <ul className="tl-recovery-codes" aria-label="Recovery codes">
        {codes.map((code) => (
          <li key={code} className="tl-mono">
            {code}
          </li>
        ))}
      </ul>
      <div className="tl-row">
        <CopyButton value={text} label="Copy codes" icon="list" />
        <Button
          onClick={() =>
            downloadText(fileName, `TopLeft recovery codes${workspace ? ` (${workspace})` : ''}\nEach code can be used once.\n\n${text}\n`)
          }
        >
          Download
        </Button>
      </div>
    </div>
  );
}
