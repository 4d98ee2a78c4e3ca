import { useEffect, useId, useState } from 'react';
import { ApiError, useApiQuery } from '../../shared/api';
import { useDocumentTitle } from '../../shared/hooks';
import { Alert, Badge, Button, Card, LoadingState, Page, PageHeader, ProblemAlert, TextField, useToast } from '../../shared/ui';
import {
  deleteCloudRadialSecret,
  getCloudRadial,
  getContacts,
  getLicensedCompanies,
  inviteContact,
  licenseCompany,
  newCloudRadialSecret,
  reloadAt,
  removeContact,
  searchCompanies,
  startViewAs,
  unlicenseCompany,
  type CloudRadialSecret,
  type CompanyMatch,
  type ContactRow,
  type LicensedCompanies,
} from '../portal';
import './ClientPortalPage.css';

function asApiError(error: unknown): ApiError {
  return error instanceof ApiError ? error : new ApiError(0, null, error instanceof Error ? error.message : undefined);
}

/** Companies: type-ahead over synced PSA companies; a click licenses one, the X removes its license. */
function CompaniesSection({ state, onChanged }: { state: LicensedCompanies; onChanged: () => void }) {
  const [search, setSearch] = useState('');
  const [found, setFound] = useState<{ text: string; matches: CompanyMatch[] } | null>(null);
  const [problem, setProblem] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  const text = search.trim();
  const matches = text.length > 0 && found?.text === text ? found.matches : null;
  useEffect(() => {
    if (text.length === 0) return;
    const controller = new AbortController();
    const timer = window.setTimeout(() => {
      searchCompanies(text, controller.signal).then((m) => setFound({ text, matches: m }), () => undefined);
    }, 200);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
  }, [text]);

  const license = async (company: CompanyMatch) => {
    setBusy(true);
    setProblem(null);
    try {
      await licenseCompany(company.psaId);
      setSearch('');
      onChanged();
    } catch (error) {
      setProblem(asApiError(error));
    } finally {
      setBusy(false);
    }
  };

  const unlicense = async (psaId: number) => {
    setProblem(null);
    try {
      await unlicenseCompany(psaId);
      onChanged();
    } catch (error) {
      setProblem(asApiError(error));
    }
  };

  return (
    <Card>
      <div className="tl-portal__row">
        <h2>Companies</h2>
        <strong aria-live="polite">
          {state.isTrial ? `${state.used} licensed (unlimited during the trial)` : `${state.used} of ${state.licenses} company licenses used`}
        </strong>
      </div>
      <TextField
        label="Companies"
        type="search"
        value={search}
        onChange={(e) => setSearch(e.target.value)}
        placeholder="Type a company name to license it"
        autoComplete="off"
      />
      {matches ? (
        <ul className="tl-portal__matches" aria-label="Matching companies">
          {matches.length === 0 ? <li className="tl-portal__meta">No company matches.</li> : null}
          {matches.map((m) => (
            <li key={m.psaId}>
              <button type="button" disabled={m.licensed || busy} onClick={() => void license(m)}>
                {m.name}
                <span className="tl-portal__meta">{m.licensed ? 'licensed' : m.identifier}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <ProblemAlert error={problem} />
      {state.companies.length === 0 ? (
        <p>No company is licensed yet.</p>
      ) : (
        <ul className="tl-portal__chips" aria-label="Licensed companies">
          {state.companies.map((c) => (
            <li key={c.psaId}>
              {c.name}
              {!c.inPsa ? <Badge tone="warning">not in the PSA</Badge> : null}
              <button type="button" aria-label={`Remove the license of ${c.name}`} title="Remove license" onClick={() => void unlicense(c.psaId)}>
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

const accessLabel: Record<ContactRow['access'], string> = {
  none: 'Not invited',
  invited: 'Invited',
  cloudradial: 'CloudRadial',
  removed: 'Removed',
};

/** Contacts: pick a licensed company, then Invite / Resend Invitation / Remove / View As per contact. */
function ContactsSection({ state }: { state: LicensedCompanies }) {
  const toast = useToast();
  const selectId = useId();
  const [companyId, setCompanyId] = useState<number | null>(null);
  const selected = state.companies.some((c) => c.psaId === companyId) ? companyId : null;
  const contacts = useApiQuery(selected === null ? null : `portal-contacts-${selected}`, (signal) => getContacts(selected!, signal));
  const [problem, setProblem] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState<number | null>(null);

  const act = async (contact: ContactRow, action: () => Promise<unknown>, done: string) => {
    setBusy(contact.psaId);
    setProblem(null);
    try {
      await action();
      toast.show({ tone: 'success', title: done });
      contacts.reload();
    } catch (error) {
      setProblem(asApiError(error));
    } finally {
      setBusy(null);
    }
  };

  const viewAs = async (contact: ContactRow) => {
    setBusy(contact.psaId);
    setProblem(null);
    try {
      await startViewAs(contact.psaId);
      reloadAt('/');
    } catch (error) {
      setProblem(asApiError(error));
      setBusy(null);
    }
  };

  return (
    <Card>
      <h2>Contacts</h2>
      <div className="tl-portal__select">
        <label htmlFor={selectId}>Company</label>
        <select id={selectId} value={selected ?? ''} onChange={(e) => setCompanyId(e.target.value === '' ? null : Number(e.target.value))}>
          <option value="">Select a licensed company…</option>
          {state.companies.map((c) => (
            <option key={c.psaId} value={c.psaId}>
              {c.name}
            </option>
          ))}
        </select>
      </div>
      <ProblemAlert error={problem ?? contacts.error ?? null} />
      {selected === null ? null : contacts.data ? (
        contacts.data.length === 0 ? (
          <p>This company has no contacts in the PSA.</p>
        ) : (
          <table className="tl-portal__contacts" aria-label="Contacts">
            <thead>
              <tr>
                <th>Name</th>
                <th>E-mail</th>
                <th>Access</th>
                <th aria-label="Actions" />
              </tr>
            </thead>
            <tbody>
              {contacts.data.map((c) => (
                <tr key={c.psaId}>
                  <td>{c.name}</td>
                  <td>{c.email ?? <span className="tl-portal__meta">no e-mail</span>}</td>
                  <td>
                    <Badge tone={c.access === 'invited' || c.access === 'cloudradial' ? 'success' : c.access === 'removed' ? 'danger' : 'neutral'}>
                      {accessLabel[c.access]}
                    </Badge>
                    {!c.isActive ? <Badge tone="warning">inactive</Badge> : null}
                  </td>
                  <td>
                    <div className="tl-portal__actions">
                      {c.isActive && c.email ? (
                        <Button size="sm" variant="secondary" loading={busy === c.psaId} onClick={() => void act(c, () => inviteContact(c.psaId), `Invitation sent to ${c.email}`)}>
                          {c.access === 'invited' ? 'Resend Invitation' : 'Invite'}
                        </Button>
                      ) : null}
                      {c.access === 'invited' || c.access === 'cloudradial' ? (
                        <Button size="sm" variant="danger" disabled={busy === c.psaId} onClick={() => void act(c, () => removeContact(c.psaId), `${c.name} can no longer use the portal`)}>
                          Remove
                        </Button>
                      ) : null}
                      {c.isActive ? (
                        <Button size="sm" variant="ghost" disabled={busy === c.psaId} onClick={() => void viewAs(c)}>
                          View As
                        </Button>
                      ) : null}
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )
      ) : (
        <LoadingState />
      )}
    </Card>
  );
}

/** CloudRadial mode: a per-workspace secret CloudRadial signs its hand-off tokens with. */
function CloudRadialSection() {
  const settings = useApiQuery('portal-cloudradial', getCloudRadial);
  const [secret, setSecret] = useState<CloudRadialSecret | null>(null);
  const [problem, setProblem] = useState<ApiError | null>(null);

  const make = async () => {
    setProblem(null);
    try {
      setSecret(await newCloudRadialSecret());
      settings.reload();
    } catch (error) {
      setProblem(asApiError(error));
    }
  };

  const turnOff = async () => {
    setProblem(null);
    try {
      await deleteCloudRadialSecret();
      setSecret(null);
      settings.reload();
    } catch (error) {
      setProblem(asApiError(error));
    }
  };

  return (
    <Card>
      <h2>CloudRadial</h2>
      <p>
        Every contact of a licensed company who arrives from CloudRadial with a valid signed hand-off is let in without an invitation. Give CloudRadial the
        hand-off address and the secret.
      </p>
      {settings.data ? (
        <>
          <p>
            Hand-off address: <code>{settings.data.handOffUrl}</code>
          </p>
          <p>{settings.data.configured ? `A secret is set (since ${new Date(settings.data.createdAt ?? '').toLocaleString()}).` : 'CloudRadial hand-off is off.'}</p>
        </>
      ) : null}
      {secret ? (
        <Alert tone="info" title="Copy the secret now; it is not shown again">
          <p className="tl-portal__secret">{secret.secret}</p>
        </Alert>
      ) : null}
      <ProblemAlert error={problem} />
      <div className="tl-portal__actions" style={{ justifyContent: 'flex-start' }}>
        <Button variant="secondary" onClick={() => void make()}>
          {settings.data?.configured ? 'Make a new secret' : 'Turn on CloudRadial hand-off'}
        </Button>
        {settings.data?.configured ? (
          <Button variant="ghost" onClick={() => void turnOff()}>
            Turn off
          </Button>
        ) : null}
      </div>
    </Card>
  );
}

/** `/admin/portal`: licensed client companies, their contacts (invite, remove, View As) and CloudRadial. */
export function ClientPortalPage() {
  useDocumentTitle('Client Portal');
  const companies = useApiQuery('portal-companies', getLicensedCompanies);

  return (
    <Page wide>
      <PageHeader
        eyebrow="Admin · Users"
        title="Client Portal"
        description="License client companies, invite their contacts and view boards as they see them. Clients only ever see records of their own company."
      />
      {companies.data ? (
        <div className="tl-portal">
          <CompaniesSection state={companies.data} onChanged={companies.reload} />
          <ContactsSection state={companies.data} />
          <CloudRadialSection />
        </div>
      ) : companies.error ? (
        <ProblemAlert error={companies.error} />
      ) : (
        <LoadingState />
      )}
    </Page>
  );
}
