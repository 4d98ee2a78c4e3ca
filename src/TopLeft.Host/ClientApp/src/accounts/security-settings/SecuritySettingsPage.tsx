import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { ApiError, useApiQuery } from '../../shared/api';
import { useDocumentTitle } from '../../shared/hooks';
import { Alert, Button, Card, Checkbox, EmptyState, LoadingState, Page, PageHeader, ProblemAlert, useToast } from '../../shared/ui';
import { toApiError } from '../common/errors';
import { getSecuritySettings, saveSecuritySettings, type SecuritySettings } from './settings';
import '../common/accounts.css';

/** `/admin/security`: tenant-wide sign-in rules. */
export function SecuritySettingsPage() {
  useDocumentTitle('Security settings');
  const settings = useApiQuery('security-settings', getSecuritySettings);

  return (
    <Page>
      <PageHeader eyebrow="Admin" title="Security settings" description="Sign-in rules for everyone in your workspace." />
      <Card>
        {settings.loading && !settings.data ? (
          <LoadingState label="Loading security settings…" />
        ) : settings.error && !settings.data ? (
          <EmptyState
            icon="alert"
            title="Security settings could not be loaded"
            actions={
              <Button variant="primary" onClick={settings.reload}>
                Try again
              </Button>
            }
          >
            <p>{settings.error.message}</p>
          </EmptyState>
        ) : settings.data ? (
          <SettingsForm saved={settings.data} onSaved={settings.reload} />
        ) : null}
      </Card>
    </Page>
  );
}

function SettingsForm({ saved, onSaved }: { saved: SecuritySettings; onSaved: () => void }) {
  const toast = useToast();
  const [requireTwoFactor, setRequireTwoFactor] = useState(saved.requireTwoFactor);
  const [error, setError] = useState<ApiError | null>(null);
  const [saving, setSaving] = useState(false);
  const [savedValue, setSavedValue] = useState(saved.requireTwoFactor);
  const dirty = requireTwoFactor !== savedValue;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    setSaving(true);
    try {
      await saveSecuritySettings({ requireTwoFactor });
      setSavedValue(requireTwoFactor);
      toast.show({
        tone: 'success',
        title: 'Security settings saved',
        description: requireTwoFactor ? 'Everyone now needs two-factor authentication.' : 'Two-factor authentication is now optional.',
      });
      onSaved();
    } catch (caught) {
      setError(toApiError(caught));
    } finally {
      setSaving(false);
    }
  };

  return (
    <form className="tl-form-stack" onSubmit={submit} noValidate>
      <section aria-label="Two-factor authentication" className="tl-stack">
        <h2 className="tl-section__title">Two-factor authentication</h2>
        <Checkbox
          label="Require two-factor authentication for everyone"
          description="Members, administrators and client contacts must set up an authenticator app or a passkey. Anyone who hasn't yet is sent to set it up the next time they sign in, before they can open anything else."
          name="requireTwoFactor"
          checked={requireTwoFactor}
          onChange={(e) => setRequireTwoFactor(e.target.checked)}
        />
        {requireTwoFactor && dirty ? (
          <Alert tone="info">
            Check the <Link to="/admin/users">Users</Link> page to see who has no two-factor authentication yet.
          </Alert>
        ) : null}
      </section>
      <ProblemAlert error={error} title="Settings were not saved" />
      <div className="tl-row">
        <Button type="submit" variant="primary" loading={saving} disabled={!dirty}>
          Save changes
        </Button>
        {dirty ? (
          <Button variant="ghost" disabled={saving} onClick={() => setRequireTwoFactor(savedValue)}>
            Discard
          </Button>
        ) : null}
      </div>
    </form>
  );
}
