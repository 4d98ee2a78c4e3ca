import { useRef, useState, type FormEvent, type ReactNode } from 'react';
import { Link } from 'react-router';
import { ApiError, useApiQuery } from '../../shared/api';
import { useDocumentTitle } from '../../shared/hooks';
import { Icon } from '../../shared/icons';
import { Alert, Badge, Button, Card, Dialog, EmptyState, LoadingState, Page, PageHeader, ProblemAlert, TextField, useToast } from '../../shared/ui';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { CopyButton } from '../common/CopyButton';
import { problemTitle, toApiError } from '../common/errors';
import { RecoveryCodes } from '../common/RecoveryCodes';
import { formatDate } from '../common/time';
import { useSession } from '../session';
import { PasskeyError, passkeysSupported } from '../webauthn/webauthn';
import {
  addPasskey,
  formatSharedKey,
  getSecurity,
  regenerateRecoveryCodes,
  removeAuthenticator,
  removePasskey,
  startAuthenticatorSetup,
  svgDataUrl,
  verifyAuthenticator,
  type AuthenticatorSetup,
  type Passkey,
  type SecurityOverview,
} from './security';
import '../common/accounts.css';
import './SecurityPage.css';

/** `/account/security`: the signed-in user's own sign-in methods (members, admins and contacts alike). */
export function SecurityPage() {
  useDocumentTitle('Security');
  const { user, tenant, refresh } = useSession();
  const security = useApiQuery('my-security', getSecurity);
  const mustSetUp = user.mustSetUpTwoFactor === true;
  // Remembers that this visit started blocked, so we can say "you're done" once the server agrees.
  const [wasBlocked] = useState(mustSetUp);

  /** After any change: re-read this page and the session (which lifts the "set up 2FA first" block). */
  const changed = () => {
    security.reload();
    void refresh();
  };

  return (
    <Page>
      <PageHeader
        eyebrow="My account"
        title="Security"
        description="Choose how you prove it's you when you sign in to TopLeft."
      />
      <div className="tl-stack">
        {mustSetUp ? (
          <Alert tone="warning" title={`${tenant?.name ?? 'Your organization'} requires two-factor authentication`}>
            Set up an authenticator app or add a passkey below before you continue. The rest of TopLeft opens as soon as it's done.
          </Alert>
        ) : wasBlocked ? (
          <Alert tone="success" title="Two-factor authentication is set up">
            Thanks! You can now use TopLeft. <Link to="/">Continue to your boards</Link>
          </Alert>
        ) : null}

        {security.loading && !security.data ? (
          <Card>
            <LoadingState label="Loading your security settings…" />
          </Card>
        ) : security.error && !security.data ? (
          <Card>
            <EmptyState
              icon="alert"
              title="Your security settings could not be loaded"
              actions={
                <Button variant="primary" onClick={security.reload}>
                  Try again
                </Button>
              }
            >
              <p>{security.error.message}</p>
            </EmptyState>
          </Card>
        ) : security.data ? (
          <>
            <AuthenticatorSection overview={security.data} workspace={tenant?.slug} onChanged={changed} />
            <PasskeysSection passkeys={security.data.passkeys} onChanged={changed} />
          </>
        ) : null}
      </div>
    </Page>
  );
}

function SectionHeader({ icon, title, status, description, actions }: {
  icon: 'shield' | 'key';
  title: string;
  status: ReactNode;
  description: ReactNode;
  actions?: ReactNode;
}) {
  return (
    <div className="tl-section__header">
      <div className="tl-security__heading">
        <span className="tl-security__icon" aria-hidden="true">
          <Icon name={icon} size={20} />
        </span>
        <div>
          <h2 className="tl-section__title">
            {title} {status}
          </h2>
          <p className="tl-section__description">{description}</p>
        </div>
      </div>
      {actions ? <div className="tl-row">{actions}</div> : null}
    </div>
  );
}

function AuthenticatorSection({ overview, workspace, onChanged }: { overview: SecurityOverview; workspace?: string; onChanged: () => void }) {
  const toast = useToast();
  const [setup, setSetup] = useState<AuthenticatorSetup | null>(null);
  const [starting, setStarting] = useState(false);
  const [startError, setStartError] = useState<ApiError | null>(null);
  const [confirm, setConfirm] = useState<'remove' | 'regenerate' | null>(null);
  const [newCodes, setNewCodes] = useState<string[] | null>(null);

  const start = async () => {
    setStarting(true);
    setStartError(null);
    try {
      setSetup(await startAuthenticatorSetup());
    } catch (error) {
      setStartError(toApiError(error));
    } finally {
      setStarting(false);
    }
  };

  const left = overview.recoveryCodesLeft;

  return (
    <Card>
      <section aria-label="Authenticator app">
        <SectionHeader
          icon="shield"
          title="Authenticator app"
          status={
            overview.hasAuthenticator ? (
              <Badge tone="success" dot>
                On
              </Badge>
            ) : (
              <Badge tone="neutral">Off</Badge>
            )
          }
          description="After your password, enter a 6-digit code from an app such as Microsoft Authenticator, Google Authenticator or 1Password."
          actions={
            overview.hasAuthenticator ? (
              <Button onClick={() => setConfirm('remove')}>Remove</Button>
            ) : (
              <Button variant="primary" icon="plus" loading={starting} onClick={() => void start()}>
                Set up authenticator app
              </Button>
            )
          }
        />
        <ProblemAlert error={startError} title="The setup could not be started" />
        {overview.hasAuthenticator ? (
          <div className="tl-list">
            <div className="tl-list__item">
              <div className="tl-list__text">
                <span className="tl-list__title">Recovery codes</span>
                <span className="tl-list__meta" data-testid="recovery-codes-left">
                  {left === 0
                    ? 'You have no recovery codes left.'
                    : `${left} unused recovery code${left === 1 ? '' : 's'} left. Each one signs you in once if you lose your phone.`}
                </span>
              </div>
              <div className="tl-row">
                {left <= 3 ? <Badge tone={left === 0 ? 'danger' : 'warning'}>{left === 0 ? 'None left' : 'Running low'}</Badge> : null}
                <Button size="sm" onClick={() => setConfirm('regenerate')}>
                  Generate new codes
                </Button>
              </div>
            </div>
          </div>
        ) : null}
      </section>

      {setup ? (
        <AuthenticatorSetupDialog
          setup={setup}
          workspace={workspace}
          onClose={(verified) => {
            setSetup(null);
            if (verified) {
              toast.show({ tone: 'success', title: 'Authenticator app added', description: "You'll be asked for a code when you sign in." });
              onChanged();
            }
          }}
        />
      ) : null}

      <ConfirmDialog
        open={confirm === 'remove'}
        title="Remove your authenticator app?"
        description="You won't be asked for a code when you sign in, and your recovery codes stop working."
        confirmLabel="Remove authenticator"
        onClose={() => setConfirm(null)}
        onConfirm={async () => {
          await removeAuthenticator();
          toast.show({ tone: 'success', title: 'Authenticator app removed' });
          onChanged();
        }}
      >
        {overview.requireTwoFactor ? (
          <Alert tone="warning">Your organization requires two-factor authentication: you'll have to set it up again before you can use TopLeft.</Alert>
        ) : null}
      </ConfirmDialog>

      <ConfirmDialog
        open={confirm === 'regenerate'}
        title="Generate new recovery codes?"
        description="Your current recovery codes stop working at once. Save the new ones somewhere safe."
        confirmLabel="Generate new codes"
        tone="primary"
        onClose={() => setConfirm(null)}
        onConfirm={async () => {
          const result = await regenerateRecoveryCodes();
          setNewCodes(result.recoveryCodes);
          onChanged();
        }}
      />

      <Dialog
        open={newCodes !== null}
        onClose={() => setNewCodes(null)}
        title="Your new recovery codes"
        dismissOnBackdrop={false}
        footer={
          <Button variant="primary" onClick={() => setNewCodes(null)}>
            I've saved my codes
          </Button>
        }
      >
        {newCodes ? <RecoveryCodes codes={newCodes} workspace={workspace} /> : null}
      </Dialog>
    </Card>
  );
}

function AuthenticatorSetupDialog({ setup, workspace, onClose }: { setup: AuthenticatorSetup; workspace?: string; onClose: (verified: boolean) => void }) {
  const [code, setCode] = useState('');
  const [codeError, setCodeError] = useState<string | undefined>();
  const [serverError, setServerError] = useState<ApiError | null>(null);
  const [verifying, setVerifying] = useState(false);
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);
  const codeRef = useRef<HTMLInputElement>(null);

  const verify = async (event: FormEvent) => {
    event.preventDefault();
    setServerError(null);
    const value = code.replace(/\s+/g, '');
    const error = !value ? 'Enter the code your app shows.' : !/^\d{6}$/.test(value) ? 'The code has 6 digits.' : undefined;
    setCodeError(error);
    if (error) return codeRef.current?.focus();

    setVerifying(true);
    try {
      const result = await verifyAuthenticator(value);
      setRecoveryCodes(result.recoveryCodes ?? []);
    } catch (caught) {
      const apiError = toApiError(caught);
      const fieldError = apiError.fieldError('code');
      setCodeError(fieldError);
      if (!fieldError) setServerError(apiError);
      setCode('');
      codeRef.current?.focus();
    } finally {
      setVerifying(false);
    }
  };

  if (recoveryCodes) {
    return (
      <Dialog
        open
        onClose={() => onClose(true)}
        title="Two-factor authentication is on"
        description="Keep these recovery codes in case you lose access to your authenticator app."
        dismissOnBackdrop={false}
        footer={
          <Button variant="primary" onClick={() => onClose(true)}>
            I've saved my codes
          </Button>
        }
      >
        <RecoveryCodes codes={recoveryCodes} workspace={workspace} />
      </Dialog>
    );
  }

  const formattedKey = formatSharedKey(setup.sharedKey);
  return (
    <Dialog
      open
      onClose={() => onClose(false)}
      title="Set up your authenticator app"
      size="lg"
      dismissOnBackdrop={false}
      initialFocusRef={codeRef}
      footer={
        <>
          <Button onClick={() => onClose(false)}>Cancel</Button>
          <Button variant="primary" type="submit" form="authenticator-verify" loading={verifying}>
            Verify and turn on
          </Button>
        </>
      }
    >
      <ol className="tl-setup-steps">
        <li>
          <p className="tl-setup-steps__title">Scan this QR code with your authenticator app</p>
          <img className="tl-setup-qr" src={svgDataUrl(setup.qrCodeSvg)} alt="QR code to add TopLeft to your authenticator app" width={176} height={176} />
        </li>
        <li>
          <p className="tl-setup-steps__title">Can't scan it? Enter this key instead</p>
          <div className="tl-secret">
            <span className="tl-secret__value tl-mono" data-testid="shared-key">
              {formattedKey}
            </span>
            <CopyButton size="sm" value={setup.sharedKey.replace(/\s+/g, '')} label="Copy key" />
          </div>
          <p className="tl-text-sm tl-text-muted">Choose a time-based key if your app asks. Spaces don't matter.</p>
        </li>
        <li>
          <p className="tl-setup-steps__title">Enter the 6-digit code the app shows</p>
          <ProblemAlert error={serverError} displayedFields={['code']} title={problemTitle(serverError)} />
          {/* The inline message is only read when the field gets focus; this announces it at once. */}
          <p className="tl-visually-hidden" role="alert">
            {codeError}
          </p>
          <form id="authenticator-verify" onSubmit={verify} noValidate>
            <TextField
              ref={codeRef}
              label="Verification code"
              name="code"
              inputMode="numeric"
              autoComplete="one-time-code"
              maxLength={7}
              className="tl-setup-code"
              value={code}
              error={codeError}
              onChange={(e) => setCode(e.target.value.replace(/[^\d ]/g, ''))}
            />
          </form>
        </li>
      </ol>
    </Dialog>
  );
}

function PasskeysSection({ passkeys, onChanged }: { passkeys: Passkey[]; onChanged: () => void }) {
  const toast = useToast();
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState<Passkey | null>(null);
  const [supported] = useState(passkeysSupported);

  return (
    <Card>
      <section aria-label="Passkeys">
        <SectionHeader
          icon="key"
          title="Passkeys"
          status={<Badge tone={passkeys.length > 0 ? 'success' : 'neutral'}>{passkeys.length}</Badge>}
          description="Sign in with your fingerprint, face or device PIN instead of typing a password and a code."
          actions={
            <Button icon="plus" disabled={!supported} onClick={() => setAdding(true)}>
              Add a passkey
            </Button>
          }
        />
        {!supported ? (
          <Alert tone="info">This browser can't create passkeys. Use a current version of Chrome, Edge, Safari or Firefox.</Alert>
        ) : null}
        {passkeys.length === 0 ? (
          <p className="tl-text-muted" data-testid="no-passkeys">
            You have no passkeys yet.
          </p>
        ) : (
          <ul className="tl-list" aria-label="Your passkeys">
            {passkeys.map((passkey) => (
              <li key={passkey.id} className="tl-list__item">
                <div className="tl-list__main">
                  <Icon name="key" size={18} className="tl-text-muted" />
                  <div className="tl-list__text">
                    <span className="tl-list__title">{passkey.name || 'Passkey'}</span>
                    <span className="tl-list__meta">Added {formatDate(passkey.createdAt)}</span>
                  </div>
                </div>
                <Button size="sm" aria-label={`Remove passkey ${passkey.name}`} onClick={() => setRemoving(passkey)}>
                  Remove
                </Button>
              </li>
            ))}
          </ul>
        )}
      </section>

      {adding ? (
        <AddPasskeyDialog
          onClose={(added) => {
            setAdding(false);
            if (added) {
              toast.show({ tone: 'success', title: 'Passkey added', description: `You can now sign in with "${added.name}".` });
              onChanged();
            }
          }}
        />
      ) : null}

      <ConfirmDialog
        open={removing !== null}
        title={`Remove the passkey "${removing?.name ?? ''}"?`}
        description="You won't be able to sign in with it any more. You can add it again later."
        confirmLabel="Remove passkey"
        onClose={() => setRemoving(null)}
        onConfirm={async () => {
          if (!removing) return;
          await removePasskey(removing.id);
          toast.show({ tone: 'success', title: 'Passkey removed' });
          onChanged();
        }}
      />
    </Card>
  );
}

function suggestedPasskeyName(): string {
  const agent = typeof navigator === 'undefined' ? '' : navigator.userAgent;
  if (/iPhone|iPad/.test(agent)) return 'iPhone or iPad';
  if (/Android/.test(agent)) return 'Android phone';
  if (/Mac OS X/.test(agent)) return 'Mac';
  if (/Windows/.test(agent)) return 'Windows PC';
  return '';
}

function AddPasskeyDialog({ onClose }: { onClose: (added: Passkey | null) => void }) {
  const [name, setName] = useState(suggestedPasskeyName);
  const [nameError, setNameError] = useState<string | undefined>();
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const nameRef = useRef<HTMLInputElement>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    const value = name.trim();
    if (!value) {
      setNameError('Give the passkey a name.');
      return nameRef.current?.focus();
    }
    setNameError(undefined);
    setBusy(true);
    try {
      const passkey = await addPasskey(value);
      onClose(passkey ?? { id: '', name: value, createdAt: new Date().toISOString() });
    } catch (caught) {
      setBusy(false);
      const apiError = caught instanceof PasskeyError ? new ApiError(0, { title: 'No passkey was added', detail: caught.message }) : toApiError(caught);
      setNameError(apiError.fieldError('name'));
      setError(apiError);
    }
  };

  return (
    <Dialog
      open
      onClose={() => !busy && onClose(null)}
      title="Add a passkey"
      description="Your browser will ask you to confirm with your fingerprint, face, device PIN or a security key."
      initialFocusRef={nameRef}
      footer={
        <>
          <Button onClick={() => onClose(null)} disabled={busy}>
            Cancel
          </Button>
          <Button variant="primary" type="submit" form="add-passkey" loading={busy}>
            Continue
          </Button>
        </>
      }
    >
      <form id="add-passkey" className="tl-form-stack" onSubmit={submit} noValidate>
        <ProblemAlert error={error} displayedFields={['name']} title={problemTitle(error)} />
        <TextField
          ref={nameRef}
          label="Passkey name"
          name="name"
          maxLength={100}
          placeholder="e.g. Work laptop"
          hint="So you can tell your passkeys apart later."
          value={name}
          error={nameError}
          onChange={(e) => setName(e.target.value)}
        />
      </form>
    </Dialog>
  );
}
