import { useNavigate } from 'react-router';
import { ApiError } from '../../shared/api';
import { Icon } from '../../shared/icons';
import { Avatar, Badge, Menu, useToast } from '../../shared/ui';
import { signOut, useSession } from '../session';
import './UserMenu.css';

const kindLabel = { admin: 'Administrator', member: 'Member', contact: 'Client contact' } as const;

export function UserMenu() {
  const { user } = useSession();
  const navigate = useNavigate();
  const toast = useToast();

  const onSignOut = async () => {
    try {
      await signOut();
      navigate('/sign-in', { replace: true });
    } catch (error) {
      toast.show({
        tone: 'danger',
        title: 'Sign out failed',
        description: error instanceof ApiError ? error.message : 'Please try again.',
      });
    }
  };

  return (
    <Menu
      label={`Account menu for ${user.displayName}`}
      trigger={
        <>
          <Avatar name={user.displayName} size={28} />
          <span className="tl-user-menu__name">{user.displayName}</span>
          <Icon name="chevronDown" size={14} />
        </>
      }
      header={
        <div className="tl-user-menu__header">
          <span className="tl-user-menu__display-name">{user.displayName}</span>
          <span className="tl-user-menu__username">{user.userName}</span>
          <span className="tl-user-menu__badges">
            <Badge tone={user.kind === 'admin' ? 'brand' : 'neutral'}>{kindLabel[user.kind] ?? user.kind}</Badge>
            {user.licensed ? (
              <Badge tone="success" dot>
                Licensed
              </Badge>
            ) : (
              <Badge tone="warning" dot>
                No license
              </Badge>
            )}
          </span>
        </div>
      }
      items={[
        { label: 'Security', icon: 'shield', onSelect: () => navigate('/account/security') },
        { label: 'Sign out', icon: 'logout', onSelect: () => void onSignOut() },
      ]}
    />
  );
}
