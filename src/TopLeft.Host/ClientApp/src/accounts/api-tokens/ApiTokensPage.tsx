import { useRef, useState, type FormEvent } from 'react';
import { ApiError, useApiQuery } from '../../shared/api';
import { useDocumentTitle } from '../../shared/hooks';
import { Alert, Button, Card, Dialog, EmptyState, LoadingState, Page, PageHeader, ProblemAlert, TextField, useToast } from '../../shared/ui';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { CopyButton } from '../common/CopyButton';
import { toApiError } from '../common/errors';
import { Timestamp } from '../common/Timestamp';
import { formatDate } from '../common/time';
import { createApiToken, listApiTokens, revokeApiToken, type ApiToken, type CreatedApiToken } from './apiTokens';
import '../common/accounts.css';

/** `/admin/api-tokens`: personal tokens for the documented admin HTTP API. */
export function ApiTokensPage() {
  useDocumentTitle('API tokens');
  const toast = useToast();
  const tokens = useApiQuery('api-tokens', listApiTokens);
  const [creating, setCreating] = useState(false);
  const [revoking, setRevoking] = useState<ApiToken | null>(null);

  const createButton = (
    <Button variant="primary" icon="plus" onClick={() => setCreating(true)}>
      Create token
    </Button>
  );

  let content;
  if (tokens.loading && !tokens.data) {
    content = <LoadingState label="Loading API tokens…" />;
  } else if (tokens.error && !tokens.data) {
    content = (
      <EmptyState
        icon="alert"
        title="API tokens could not be loaded"
        actions={
          <Button variant="primary" onClick={tokens.reload}>
            Try again
          </Button>
        }
      >
        <p>{tokens.error.message}</p>
      </EmptyState>
    );
  } else if (tokens.data && tokens.data.length === 0) {
    content = (
      <EmptyState icon="lock" title="No API tokens yet" actions={createButton}>
        <p>Create a token to script user administration with the TopLeft HTTP API, e.g. from your PSA workflows.</p>
      </EmptyState>
    );
  } else if (tokens.data) {
    content = (
      <div className="tl-table-wrap">
        <table className="tl-table">
          <caption className="tl-visually-hidden">API tokens</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Created</th>
              <th scope="col">Last used</th>
              <th scope="col">
                <span className="tl-visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {tokens.data.map((token) => (
              <tr key={token.id}>
                <td>
                  <span className="tl-person__name">{token.name}</span>
                </td>
                <td>
                  <div className="tl-person__text">
                    <span>{formatDate(token.createdAt)}</span>
                    {token.createdBy ? <span className="tl-person__sub">by {token.createdBy}</span> : null}
                  </div>
                </td>
                <td>
                  <Timestamp value={token.lastUsedAt} empty="Never" />
                </td>
                <td className="tl-table__actions">
                  <Button size="sm" variant="ghost" aria-label={`Revoke ${token.name}`} onClick={() => setRevoking(token)}>
                    Revoke
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    );
  }

  return (
    <Page>
      <PageHeader
        eyebrow="Admin"
        title="API tokens"
        description="Tokens let scripts and integrations call the TopLeft HTTP API with your admin rights. Treat them like passwords."
        actions={tokens.data && tokens.data.length > 0 ? createButton : null}
      />
      <Card padded={!(tokens.data && tokens.data.length > 0)}>{content}</Card>

      {creating ? (
        <CreateTokenDialog
          onClose={(created) => {
            setCreating(false);
            if (created) tokens.reload();
          }}
        />
      ) : null}

      <ConfirmDialog
        open={revoking !== null}
        title={`Revoke "${revoking?.name ?? ''}"?`}
        description="Scripts using this token stop working at once. This cannot be undone."
        confirmLabel="Revoke token"
        onClose={() => setRevoking(null)}
        onConfirm={async () => {
          if (!revoking) return;
          await revokeApiToken(revoking.id);
          toast.show({ tone: 'success', title: 'Token revoked', description: revoking.name });
          tokens.reload();
        }}
      />
    </Page>
  );
}

function CreateTokenDialog({ onClose }: { onClose: (created: boolean) => void }) {
  const toast = useToast();
  const [name, setName] = useState('');
  const [nameError, setNameError] = useState<string | undefined>();
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const [created, setCreated] = useState<CreatedApiToken | null>(null);
  const nameRef = useRef<HTMLInputElement>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    const value = name.trim();
    if (!value) {
      setNameError('Give the token a name, e.g. what will use it.');
      return nameRef.current?.focus();
    }
    setNameError(undefined);
    setBusy(true);
    try {
      const result = await createApiToken(value);
      setCreated(result);
      toast.show({ tone: 'success', title: 'Token created', description: result.name });
    } catch (caught) {
      const apiError = toApiError(caught);
      setNameError(apiError.fieldError('name'));
      setError(apiError);
    } finally {
      setBusy(false);
    }
  };

  if (created) {
    return (
      <Dialog
        open
        onClose={() => onClose(true)}
        title={`Your new token "${created.name}"`}
        dismissOnBackdrop={false}
        footer={
          <Button variant="primary" onClick={() => onClose(true)}>
            Done
          </Button>
        }
      >
        <div className="tl-stack">
          <Alert tone="warning" title="Copy it now">
            This is the only time the token is shown. If you lose it, revoke it and create a new one.
          </Alert>
          <div className="tl-secret">
            <code className="tl-secret__value tl-mono" data-testid="new-token">
              {created.token}
            </code>
            <CopyButton size="sm" value={created.token} label="Copy token" />
          </div>
        </div>
      </Dialog>
    );
  }

  return (
    <Dialog
      open
      onClose={() => !busy && onClose(false)}
      title="Create an API token"
      description="The token acts with your administrator rights until it is revoked."
      initialFocusRef={nameRef}
      footer={
        <>
          <Button onClick={() => onClose(false)} disabled={busy}>
            Cancel
          </Button>
          <Button variant="primary" type="submit" form="create-api-token" loading={busy}>
            Create token
          </Button>
        </>
      }
    >
      <form id="create-api-token" className="tl-form-stack" onSubmit={submit} noValidate>
        <ProblemAlert error={error} displayedFields={['name']} />
        <TextField
          ref={nameRef}
          label="Name"
          name="name"
          maxLength={100}
          placeholder="e.g. PSA onboarding workflow"
          value={name}
          error={nameError}
          onChange={(e) => setName(e.target.value)}
        />
      </form>
    </Dialog>
  );
}
