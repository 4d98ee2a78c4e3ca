import { useId, useState, type FormEvent } from 'react';
import { ApiError, useApiQuery } from '../../shared/api';
import { useDocumentTitle } from '../../shared/hooks';
import { Icon } from '../../shared/icons';
import { Alert, Badge, Button, Card, Checkbox, LoadingState, Page, PageHeader, ProblemAlert, TextField, useToast } from '../../shared/ui';
import {
  AUTOTASK,
  CONNECTWISE,
  getConnection,
  psaName,
  saveConnection,
  testConnection,
  type Connection,
  type ConnectionSettings,
  type PsaKind,
  type TestConnectionResult,
} from '../integrations';
import '../integrations.css';

const DEFAULT_SITE: Record<PsaKind, string> = {
  1: 'https://api-na.myconnectwise.net',
  2: 'https://webservices.autotask.net',
};

interface FormState {
  kind: PsaKind;
  siteUrl: string;
  account: string;
  publicKey: string;
  privateKey: string;
  clientId: string;
  keepClosedTickets: boolean;
  actAsMemberAllowed: boolean;
}

type FieldErrors = Partial<Record<'siteUrl' | 'account' | 'publicKey' | 'privateKey' | 'clientId', string>>;

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function fromConnection(c: Connection | null): FormState {
  return {
    kind: c?.kind ?? CONNECTWISE,
    siteUrl: c?.siteUrl ?? DEFAULT_SITE[CONNECTWISE],
    account: c?.account ?? '',
    publicKey: '',
    privateKey: '',
    clientId: '',
    keepClosedTickets: c?.keepClosedTickets ?? false,
    actAsMemberAllowed: c?.actAsMemberAllowed ?? true,
  };
}

/** Client-side checks; blank secrets are fine when the same PSA already has stored ones. */
export function validate(form: FormState, stored: Connection | null): FieldErrors {
  const errors: FieldErrors = {};
  const keepsSecrets = !!stored?.hasCredentials && stored.kind === form.kind;
  const cw = form.kind === CONNECTWISE;
  if (!/^https?:\/\/\S+$/i.test(form.siteUrl.trim())) errors.siteUrl = 'Enter the address, starting with https://';
  if (!form.account.trim()) errors.account = cw ? 'Enter your ConnectWise company id.' : 'Enter the API user name.';
  if (!keepsSecrets && !form.publicKey.trim()) errors.publicKey = cw ? 'Enter the public key.' : 'Enter the integration code.';
  if (!keepsSecrets && !form.privateKey.trim()) errors.privateKey = cw ? 'Enter the private key.' : 'Enter the secret.';
  if (cw && !keepsSecrets && !GUID.test(form.clientId.trim())) errors.clientId = 'Enter the clientId GUID from developer.connectwise.com.';
  if (cw && form.clientId.trim() && !GUID.test(form.clientId.trim())) errors.clientId = 'The clientId is a GUID, e.g. 5f8e2a8c-0d1e-4c5b-9f3a-6b7c8d9e0f12.';
  return errors;
}

function toSettings(form: FormState): ConnectionSettings {
  const orNull = (value: string) => (value.trim() ? value.trim() : null);
  return {
    kind: form.kind,
    siteUrl: form.siteUrl.trim(),
    account: form.account.trim(),
    publicKey: orNull(form.publicKey),
    privateKey: orNull(form.privateKey),
    clientId: form.kind === CONNECTWISE ? orNull(form.clientId) : null,
    keepClosedTickets: form.keepClosedTickets,
    actAsMemberAllowed: form.actAsMemberAllowed,
  };
}

const asApiError = (error: unknown) =>
  error instanceof ApiError ? error : new ApiError(0, null, error instanceof Error ? error.message : undefined);

/** `/admin/integrations/connection`: PSA kind, credentials, Save and "Test connection" per permission. */
export function ConnectionPage() {
  useDocumentTitle('PSA connection');
  const query = useApiQuery('integrations-connection', getConnection);

  let content;
  if (query.loading && query.data === undefined) {
    content = <LoadingState label="Loading the connection…" />;
  } else if (query.error && query.data === undefined) {
    content = (
      <Alert tone="danger" title="The connection could not be loaded">
        <p>{query.error.message}</p>
        <Button onClick={query.reload}>Try again</Button>
      </Alert>
    );
  } else {
    // Keyed by what is stored, so a save (or a reload) starts the form afresh from the server's answer.
    content = <ConnectionForm key={JSON.stringify(query.data ?? null)} stored={query.data ?? null} onSaved={query.reload} />;
  }

  return (
    <Page>
      <PageHeader
        eyebrow="Admin · Integrations"
        title="PSA connection"
        description="Connect TopLeft to ConnectWise PSA or Autotask. Credentials are stored encrypted."
      />
      {content}
    </Page>
  );
}

function ConnectionForm({ stored, onSaved }: { stored: Connection | null; onSaved: () => void }) {
  const toast = useToast();
  const [form, setForm] = useState<FormState>(() => fromConnection(stored));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<ApiError | null>(null);
  const [saving, setSaving] = useState(false);
  const [testing, setTesting] = useState(false);
  const [result, setResult] = useState<TestConnectionResult | null>(null);
  const kindName = useId();

  const set = <K extends keyof FormState>(key: K, value: FormState[K]) => setForm((f) => ({ ...f, [key]: value }));
  const changeKind = (kind: PsaKind) =>
    setForm((f) => ({
      ...f,
      kind,
      siteUrl: f.siteUrl === DEFAULT_SITE[f.kind] || !f.siteUrl ? DEFAULT_SITE[kind] : f.siteUrl,
      publicKey: '',
      privateKey: '',
      clientId: '',
    }));

  const check = () => {
    const found = validate(form, stored);
    setErrors(found);
    setProblem(null);
    return Object.keys(found).length === 0;
  };

  const onSave = async (event: FormEvent) => {
    event.preventDefault();
    if (!check()) return;
    setSaving(true);
    try {
      await saveConnection(toSettings(form));
      toast.show({ tone: 'success', title: 'Connection saved', description: `TopLeft now syncs with ${psaName(form.kind)}.` });
      onSaved();
    } catch (error) {
      setProblem(asApiError(error));
    } finally {
      setSaving(false);
    }
  };

  const onTest = async () => {
    if (!check()) return;
    setTesting(true);
    setResult(null);
    try {
      setResult(await testConnection(toSettings(form)));
    } catch (error) {
      setProblem(asApiError(error));
    } finally {
      setTesting(false);
    }
  };

  const cw = form.kind === CONNECTWISE;
  const keepsSecrets = !!stored?.hasCredentials && stored.kind === form.kind;
  const secretHint = keepsSecrets ? 'Leave blank to keep the stored value.' : undefined;

  return (
    <div className="tl-integrations">
      {stored ? <ConnectionSummary connection={stored} /> : null}
      <Card>
        <form onSubmit={(e) => void onSave(e)} noValidate className="tl-integrations__form" aria-label="Connection settings">
          <fieldset className="tl-integrations__kinds">
            <legend className="tl-field__label">PSA</legend>
            {[CONNECTWISE, AUTOTASK].map((kind) => (
              <label key={kind} className={['tl-integrations__kind', form.kind === kind ? 'tl-integrations__kind--on' : ''].join(' ')}>
                <input type="radio" name={kindName} checked={form.kind === kind} onChange={() => changeKind(kind)} />
                <Icon name="plug" size={16} />
                {psaName(kind)}
              </label>
            ))}
          </fieldset>
          <TextField
            label={cw ? 'Site' : 'Autotask web services address'}
            hint={cw ? 'Your ConnectWise API site, e.g. https://api-na.myconnectwise.net' : 'The zone is found from the API user name.'}
            value={form.siteUrl}
            error={errors.siteUrl}
            onChange={(e) => set('siteUrl', e.target.value)}
            required
          />
          <TextField
            label={cw ? 'Company id' : 'API user name'}
            value={form.account}
            error={errors.account}
            autoComplete="off"
            onChange={(e) => set('account', e.target.value)}
            required
          />
          <TextField
            label={cw ? 'Public key' : 'Integration code'}
            value={form.publicKey}
            error={errors.publicKey}
            hint={secretHint}
            autoComplete="off"
            onChange={(e) => set('publicKey', e.target.value)}
            required={!keepsSecrets}
          />
          <TextField
            label={cw ? 'Private key' : 'Secret'}
            type="password"
            value={form.privateKey}
            error={errors.privateKey}
            hint={secretHint}
            autoComplete="new-password"
            onChange={(e) => set('privateKey', e.target.value)}
            required={!keepsSecrets}
          />
          {cw ? (
            <TextField
              label="clientId"
              value={form.clientId}
              error={errors.clientId}
              hint={secretHint ?? 'The GUID ConnectWise issues to integrations.'}
              autoComplete="off"
              onChange={(e) => set('clientId', e.target.value)}
              required={!keepsSecrets}
            />
          ) : null}
          <Checkbox
            label="Keep closed tickets"
            description="Also sync closed tickets (boards can show recently closed work)."
            checked={form.keepClosedTickets}
            onChange={(e) => set('keepClosedTickets', e.target.checked)}
          />
          <Checkbox
            label={cw ? 'Write back as the member' : 'Use impersonation'}
            description={
              cw
                ? 'Changes are made with the member’s personal API keys where stored, otherwise with keys minted for them.'
                : 'Changes are attributed to the resource who made them in TopLeft.'
            }
            checked={form.actAsMemberAllowed}
            onChange={(e) => set('actAsMemberAllowed', e.target.checked)}
          />
          <ProblemAlert error={problem} displayedFields={['siteUrl', 'account', 'publicKey', 'privateKey', 'clientId']} />
          <div className="tl-integrations__actions">
            <Button type="submit" variant="primary" loading={saving} disabled={testing}>
              Save
            </Button>
            <Button icon="check" loading={testing} disabled={saving} onClick={() => void onTest()}>
              Test connection
            </Button>
          </div>
        </form>
      </Card>
      {result ? <TestResultPanel result={result} /> : null}
    </div>
  );
}

function ConnectionSummary({ connection }: { connection: Connection }) {
  return (
    <Card className="tl-integrations__summary" data-testid="connection-summary">
      <Icon name="plug" size={20} />
      <div>
        <p className="tl-integrations__summary-title">
          Connected to {psaName(connection.kind)} <span className="tl-integrations__muted">({connection.account})</span>
        </p>
        <p className="tl-integrations__muted">{connection.apiUrl ?? connection.siteUrl}</p>
      </div>
      <div className="tl-integrations__badges">
        {connection.realtimeRegistered ? (
          <Badge tone="success" dot>
            Real-time updates on
          </Badge>
        ) : (
          <Badge tone="warning" dot>
            Real-time updates off
          </Badge>
        )}
        {connection.lastFullSyncAt ? (
          <Badge tone="neutral">Last full sync {new Date(connection.lastFullSyncAt).toLocaleString()}</Badge>
        ) : (
          <Badge tone="warning">Never fully synced</Badge>
        )}
      </div>
    </Card>
  );
}

function TestResultPanel({ result }: { result: TestConnectionResult }) {
  const missing = result.permissions.filter((p) => !p.granted);
  return (
    <Card data-testid="test-result" aria-live="polite">
      {result.ok ? (
        <Alert tone="success" title="Connection works">
          <p>The API user has every permission TopLeft needs.</p>
        </Alert>
      ) : result.error ? (
        <Alert tone="danger" title="The PSA could not be reached">
          <p>{result.error}</p>
        </Alert>
      ) : (
        <Alert tone="warning" title={`The API user lacks ${missing.length} ${missing.length === 1 ? 'permission' : 'permissions'}`}>
          <p>Grant them in the PSA’s security role for the API user, then test again.</p>
        </Alert>
      )}
      {result.permissions.length > 0 ? (
        <ul className="tl-integrations__permissions" aria-label="Permissions">
          {result.permissions.map((p) => (
            <li key={p.permission} className={p.granted ? 'tl-integrations__granted' : 'tl-integrations__missing'} data-testid="permission">
              <Icon name={p.granted ? 'check' : 'close'} size={16} />
              <span className="tl-integrations__permission-name">{p.permission}</span>
              <span className="tl-visually-hidden">{p.granted ? ' — granted' : ' — missing'}</span>
              {p.detail ? <span className="tl-integrations__muted">{p.detail}</span> : null}
            </li>
          ))}
        </ul>
      ) : null}
    </Card>
  );
}
