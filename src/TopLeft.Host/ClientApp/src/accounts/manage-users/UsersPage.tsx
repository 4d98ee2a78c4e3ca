import { useId, useMemo, useState } from 'react';
import { useApiQuery } from '../../shared/api';
import { useDocumentTitle } from '../../shared/hooks';
import { Icon } from '../../shared/icons';
import { Avatar, Badge, Button, Card, EmptyState, LoadingState, Menu, Page, PageHeader, TextField, useToast, type MenuItem } from '../../shared/ui';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { describeError, toApiError } from '../common/errors';
import { Timestamp } from '../common/Timestamp';
import { useSession } from '../session';
import { AddUserDialog } from './AddUserDialog';
import {
  disableUser,
  enableUser,
  isAdministrator,
  listUsers,
  matchesFilter,
  removeTwoFactor,
  sendInvitation,
  type KindFilter,
  type ManagedUser,
} from './users';
import '../common/accounts.css';
import './UsersPage.css';

const FILTERS: { value: KindFilter; label: string }[] = [
  { value: 'all', label: 'All users' },
  { value: 'member', label: 'Members' },
  { value: 'admin', label: 'Administrators' },
  { value: 'contact', label: 'Client contacts' },
  { value: 'disabled', label: 'Disabled' },
];

type Pending = { action: 'disable' | 'remove-2fa'; user: ManagedUser };

/** `/admin/users`: everyone who can sign in, with invitations, enable/disable and 2FA resets. */
export function UsersPage() {
  useDocumentTitle('Users');
  const toast = useToast();
  const { user: me } = useSession();
  const users = useApiQuery('users', listUsers);
  const [search, setSearch] = useState('');
  const [kind, setKind] = useState<KindFilter>('all');
  const [adding, setAdding] = useState(false);
  const [pending, setPending] = useState<Pending | null>(null);
  const [busyId, setBusyId] = useState<string | null>(null);
  const filterId = useId();

  const visible = useMemo(() => (users.data ?? []).filter((u) => matchesFilter(u, search, kind)), [users.data, search, kind]);
  const total = users.data?.length ?? 0;

  /** Runs a quick (non-destructive) row action with a toast either way. */
  const run = async (user: ManagedUser, action: () => Promise<void>, success: { title: string; description?: string }, failure: string) => {
    setBusyId(user.id);
    try {
      await action();
      toast.show({ tone: 'success', ...success });
      users.reload();
    } catch (error) {
      toast.show({ tone: 'danger', title: failure, description: describeError(toApiError(error)) });
    } finally {
      setBusyId(null);
    }
  };

  const actionsFor = (user: ManagedUser): MenuItem[] => {
    const items: MenuItem[] = [];
    if (!user.disabled && user.invitation !== 'accepted') {
      const resend = user.invitation === 'pending' || user.invitation === 'expired';
      items.push({
        label: resend ? 'Resend invitation' : 'Invite',
        icon: 'sync',
        disabled: !user.email,
        onSelect: () =>
          void run(user, () => sendInvitation(user.id), {
            title: resend ? 'Invitation sent again' : 'Invitation sent',
            description: resend ? `${user.email ?? user.displayName} gets a new link; the old one no longer works.` : `Sent to ${user.email ?? user.displayName}.`,
          }, 'The invitation was not sent'),
      });
    }
    if (user.twoFactorEnabled || user.passkeyCount > 0) {
      items.push({ label: 'Remove 2FA', icon: 'shield', onSelect: () => setPending({ action: 'remove-2fa', user }) });
    }
    if (user.disabled) {
      items.push({
        label: 'Enable',
        icon: 'check',
        onSelect: () => void run(user, () => enableUser(user.id), { title: 'User enabled', description: `${user.displayName} can sign in again.` }, 'The user was not enabled'),
      });
    } else if (user.id !== me.id) {
      items.push({ label: 'Disable', icon: 'lock', tone: 'danger', onSelect: () => setPending({ action: 'disable', user }) });
    }
    return items;
  };

  let content;
  if (users.loading && !users.data) {
    content = <LoadingState label="Loading users…" />;
  } else if (users.error && !users.data) {
    content = (
      <EmptyState
        icon="alert"
        title="Users could not be loaded"
        actions={
          <Button variant="primary" onClick={users.reload}>
            Try again
          </Button>
        }
      >
        <p>{users.error.message}</p>
      </EmptyState>
    );
  } else if (total === 0) {
    content = (
      <EmptyState
        icon="users"
        title="No users yet"
        actions={
          <Button variant="primary" icon="plus" onClick={() => setAdding(true)}>
            Add user
          </Button>
        }
      >
        <p>Members appear here once your PSA is connected. You can also add people by hand.</p>
      </EmptyState>
    );
  } else {
    content = (
      <>
        <div className="tl-toolbar tl-users__toolbar">
          <TextField
            className="tl-toolbar__search"
            label="Search"
            type="search"
            placeholder="Name, username or email"
            value={search}
            onChange={(e) => setSearch(e.target.value)}
          />
          <div className="tl-field">
            <div className="tl-field__label-row">
              <label className="tl-field__label" htmlFor={filterId}>
                Show
              </label>
            </div>
            <select id={filterId} className="tl-select" value={kind} onChange={(e) => setKind(e.target.value as KindFilter)}>
              {FILTERS.map((f) => (
                <option key={f.value} value={f.value}>
                  {f.label}
                </option>
              ))}
            </select>
          </div>
          <p className="tl-users__count tl-text-muted" aria-live="polite" data-testid="users-count">
            {visible.length === total ? `${total} user${total === 1 ? '' : 's'}` : `${visible.length} of ${total} users`}
          </p>
        </div>
        {visible.length === 0 ? (
          <EmptyState
            icon="users"
            title="No users match"
            actions={
              <Button
                onClick={() => {
                  setSearch('');
                  setKind('all');
                }}
              >
                Clear filters
              </Button>
            }
          >
            <p>Try another name, or show all users.</p>
          </EmptyState>
        ) : (
          <div className="tl-table-wrap tl-users__table">
            <table className="tl-table">
              <caption className="tl-visually-hidden">Users</caption>
              <thead>
                <tr>
                  <th scope="col">User</th>
                  <th scope="col">Kind and license</th>
                  <th scope="col">Last board view</th>
                  <th scope="col">Sign-in</th>
                  <th scope="col">PSA API keys</th>
                  <th scope="col">Status</th>
                  <th scope="col">
                    <span className="tl-visually-hidden">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {visible.map((user) => (
                  <UserRow key={user.id} user={user} isMe={user.id === me.id} busy={busyId === user.id} actions={actionsFor(user)} />
                ))}
              </tbody>
            </table>
          </div>
        )}
      </>
    );
  }

  return (
    <Page wide>
      <PageHeader
        eyebrow="Admin"
        title="Users"
        description="Everyone who can sign in to TopLeft: your PSA members, administrators and client contacts."
        actions={
          total > 0 ? (
            <Button variant="primary" icon="plus" onClick={() => setAdding(true)}>
              Add user
            </Button>
          ) : null
        }
      />
      <Card padded={total === 0} className="tl-users__card">
        {content}
      </Card>

      {adding ? (
        <AddUserDialog
          onClose={(created) => {
            setAdding(false);
            if (created) users.reload();
          }}
        />
      ) : null}

      <ConfirmDialog
        open={pending?.action === 'disable'}
        title={`Disable ${pending?.user.displayName ?? ''}?`}
        description="This ends their sessions at once and they can no longer sign in. Their boards and history stay."
        confirmLabel="Disable user"
        onClose={() => setPending(null)}
        onConfirm={async () => {
          if (!pending) return;
          await disableUser(pending.user.id);
          toast.show({ tone: 'success', title: 'User disabled', description: `${pending.user.displayName} was signed out everywhere.` });
          users.reload();
        }}
      />
      <ConfirmDialog
        open={pending?.action === 'remove-2fa'}
        title={`Remove two-factor authentication for ${pending?.user.displayName ?? ''}?`}
        description="Their authenticator app, recovery codes and passkeys stop working; they sign in with their password alone until they set up a new one. Do this only after checking who is asking."
        confirmLabel="Remove 2FA"
        onClose={() => setPending(null)}
        onConfirm={async () => {
          if (!pending) return;
          await removeTwoFactor(pending.user.id);
          toast.show({ tone: 'success', title: 'Two-factor authentication removed', description: pending.user.displayName });
          users.reload();
        }}
      />
    </Page>
  );
}

const kindBadge = (user: ManagedUser) =>
  isAdministrator(user) ? (
    <Badge tone="brand">Administrator</Badge>
  ) : user.kind === 'contact' ? (
    <Badge>Client contact</Badge>
  ) : (
    <Badge>Member</Badge>
  );

function statusBadge(user: ManagedUser) {
  if (user.disabled) return <Badge tone="danger">Disabled</Badge>;
  switch (user.invitation) {
    case 'accepted':
      return (
        <Badge tone="success" dot>
          Active
        </Badge>
      );
    case 'pending':
      return <Badge tone="warning">Invited</Badge>;
    case 'expired':
      return <Badge tone="warning">Invitation expired</Badge>;
    default:
      return <Badge>Not invited</Badge>;
  }
}

function UserRow({ user, isMe, busy, actions }: { user: ManagedUser; isMe: boolean; busy: boolean; actions: MenuItem[] }) {
  const isContact = user.kind === 'contact';
  return (
    <tr className={user.disabled ? 'tl-users__row--disabled' : undefined} data-testid={`user-${user.id}`}>
      <td>
        <div className="tl-person">
          <Avatar name={user.displayName} size={32} />
          <div className="tl-person__text">
            <span className="tl-person__name">
              {user.displayName}
              {isMe ? <span className="tl-text-muted"> (you)</span> : null}
            </span>
            <span className="tl-person__sub">
              {user.userName}
              {user.email && user.email !== user.userName ? ` · ${user.email}` : ''}
            </span>
          </div>
        </div>
      </td>
      <td>
        <div className="tl-users__access">
          {kindBadge(user)}
          {isContact ? null : user.licensed ? (
            <span className="tl-users__license">
              <span className="tl-users__dot" aria-hidden="true" /> Licensed
            </span>
          ) : (
            <span className="tl-users__license tl-table__muted">No license</span>
          )}
        </div>
      </td>
      <td className="tl-table__muted">
        <Timestamp value={user.lastBoardViewAt} empty="Never" />
      </td>
      <td>
        <div className="tl-badges">
          {user.twoFactorEnabled ? <Badge tone="success">2FA on</Badge> : <Badge>2FA off</Badge>}
          {user.passkeyCount > 0 ? (
            <Badge tone="brand">
              {user.passkeyCount} passkey{user.passkeyCount === 1 ? '' : 's'}
            </Badge>
          ) : null}
        </div>
      </td>
      <td>
        {isContact ? (
          <span className="tl-table__muted">—</span>
        ) : user.psaApiKeysSet ? (
          <span className="tl-users__yes">
            <Icon name="check" size={15} /> Set
          </span>
        ) : (
          <span className="tl-table__muted">Not set</span>
        )}
      </td>
      <td>{statusBadge(user)}</td>
      <td className="tl-table__actions">
        {actions.length > 0 ? (
          <div className="tl-users__menu">
            <Menu
              label={`Actions for ${user.displayName}`}
              trigger={
                busy ? (
                  <span className="tl-users__busy">Working…</span>
                ) : (
                  <>
                    Actions <Icon name="chevronDown" size={14} />
                  </>
                )
              }
              items={actions.map((item) => ({ ...item, disabled: item.disabled || busy }))}
            />
          </div>
        ) : null}
      </td>
    </tr>
  );
}
