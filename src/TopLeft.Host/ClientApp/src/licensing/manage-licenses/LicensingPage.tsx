import { useState } from 'react';
import { ApiError, useApiQuery } from '../../shared/api';
import { useDocumentTitle } from '../../shared/hooks';
import { Alert, Button, Card, Checkbox, LoadingState, Page, PageHeader, ProblemAlert, TextField, useToast } from '../../shared/ui';
import {
  getLicensedMembers,
  matches,
  move,
  saveLicensedMembers,
  sendInvitations as sendInvitationsTo,
  type InvitationResult,
  type LicensedMembers,
  type MemberRow,
  type SavedSelection,
} from '../licensing';
import './LicensingPage.css';

function MemberList({ title, members, search, onPick, empty }: { title: string; members: MemberRow[]; search: string; onPick: (m: MemberRow) => void; empty: string }) {
  const shown = members.filter((m) => matches(m, search));
  return (
    <section aria-label={title}>
      <h2>
        {title} ({members.length})
      </h2>
      {shown.length === 0 ? (
        <p>{empty}</p>
      ) : (
        <ul className="tl-licensing__list">
          {shown.map((m) => (
            <li key={m.psaId}>
              <button type="button" onClick={() => onPick(m)}>
                {m.name}
                <span className="tl-licensing__meta">{m.email ?? m.userName}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Who was invited, and why the others were not. */
function InvitationResults({ results }: { results: InvitationResult[] }) {
  const invited = results.filter((r) => r.invited);
  const skipped = results.filter((r) => !r.invited);
  return (
    <section aria-label="Invitations" className="tl-licensing__invitations">
      {invited.length > 0 ? (
        <Alert tone="success" title={`Invitations sent to ${invited.length} member${invited.length === 1 ? '' : 's'}`}>
          <ul>
            {invited.map((r) => (
              <li key={r.psaId}>
                {r.name}
                {r.email ? <span className="tl-licensing__meta">{r.email}</span> : null}
              </li>
            ))}
          </ul>
        </Alert>
      ) : null}
      {skipped.length > 0 ? (
        <Alert tone="warning" title={`Not invited: ${skipped.length} member${skipped.length === 1 ? '' : 's'}`}>
          <ul>
            {skipped.map((r) => (
              <li key={r.psaId}>
                {r.name}: {r.reason}
              </li>
            ))}
          </ul>
        </Alert>
      ) : null}
    </section>
  );
}

/** `/admin/licensing`: click a name to move it between Available and Selected, then Save (and invite the newly selected). */
export function LicensingPage() {
  useDocumentTitle('Licensing');
  const toast = useToast();
  const members = useApiQuery('licensing-members', getLicensedMembers);
  const [available, setAvailable] = useState<MemberRow[]>([]);
  const [selected, setSelected] = useState<MemberRow[]>([]);
  const [search, setSearch] = useState('');
  const [sendInvitations, setSendInvitations] = useState(false);
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState<SavedSelection | null>(null);
  const [invitations, setInvitations] = useState<InvitationResult[] | null>(null);
  const [inviting, setInviting] = useState(false);

  // The lists start from each load (and reload after Save) of the server's state.
  const [loaded, setLoaded] = useState<LicensedMembers | undefined>(undefined);
  if (members.data && members.data !== loaded) {
    setLoaded(members.data);
    setAvailable(members.data.available);
    setSelected(members.data.selected);
  }

  if (!members.data) {
    return <Page>{members.error ? <ProblemAlert error={members.error} /> : <LoadingState />}</Page>;
  }

  const limit = members.data.limit;
  const over = limit !== null && selected.length > limit;

  const select = (m: MemberRow) => {
    const [from, to] = move(available, selected, m);
    setAvailable(from);
    setSelected(to);
  };
  const unselect = (m: MemberRow) => {
    const [from, to] = move(selected, available, m);
    setSelected(from);
    setAvailable(to);
  };

  const onSave = async () => {
    setSaving(true);
    setProblem(null);
    try {
      const result = await saveLicensedMembers(
        selected.map((m) => m.psaId),
        sendInvitations,
      );
      setSaved(result);
      setInvitations(result.invitations.length > 0 ? result.invitations : null);
      toast.show({ tone: 'success', title: 'Licensed members saved' });
      members.reload();
    } catch (error) {
      setProblem(error instanceof ApiError ? error : new ApiError(0, null));
    } finally {
      setSaving(false);
    }
  };

  const onInvite = async () => {
    if (!saved) return;
    setInviting(true);
    setProblem(null);
    try {
      setInvitations(await sendInvitationsTo(saved.added));
    } catch (error) {
      setProblem(error instanceof ApiError ? error : new ApiError(0, null));
    } finally {
      setInviting(false);
    }
  };

  // After a save without invitations, the newly selected members can still be invited from here.
  const canInviteAdded = saved !== null && saved.added.length > 0 && invitations === null;

  return (
    <Page wide>
      <PageHeader
        eyebrow="Admin · Subscription"
        title="Licensing"
        description="Only licensed users can view and use boards, and only work assigned to a licensed user (or unassigned) appears on them."
      />
      <Card>
        {members.data.isTrial ? <Alert tone="info">Your trial has unlimited licenses; select the members who should use TopLeft.</Alert> : null}
        <TextField label="Search" type="search" value={search} onChange={(e) => setSearch(e.target.value)} placeholder="Name, username or e-mail" />
        <div className="tl-licensing__lists">
          <MemberList title="Available" members={available} search={search} onPick={select} empty="No members to license." />
          <MemberList title="Selected" members={selected} search={search} onPick={unselect} empty="Nobody is licensed yet." />
        </div>
        <div className="tl-licensing__footer">
          <strong aria-live="polite">{limit === null ? `${selected.length} licenses used (unlimited during the trial)` : `${selected.length} of ${limit} licenses used`}</strong>
          <Checkbox label="Send e-mail invitations" description="to newly selected users" checked={sendInvitations} onChange={(e) => setSendInvitations(e.target.checked)} />
          <Button variant="primary" onClick={onSave} loading={saving} disabled={over}>
            Save
          </Button>
        </div>
        {over ? <Alert tone="warning">{`Unselect ${selected.length - (limit ?? 0)} to stay within your ${limit} licenses, or buy more under Subscription.`}</Alert> : null}
        <ProblemAlert error={problem} />
        {canInviteAdded ? (
          <Alert tone="info" title={`${saved.added.length} newly selected member${saved.added.length === 1 ? ' has' : 's have'} not been invited`}>
            <p>Send them an e-mail invitation now, or later from the Users page.</p>
            <Button variant="secondary" onClick={onInvite} loading={inviting}>
              Send e-mail invitations
            </Button>
          </Alert>
        ) : null}
        {invitations ? <InvitationResults results={invitations} /> : null}
      </Card>
    </Page>
  );
}
