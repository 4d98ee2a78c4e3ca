import { useState } from 'react';
import { useApiQuery } from '../../shared/api';
import { Button } from '../../shared/ui';
import { exitViewAs, getViewAs, reloadAt } from '../portal';

/** In the main menu while an admin views the boards as a contact: who, and Exit (back to the Client Portal page). */
export function ViewAsExit() {
  const state = useApiQuery('portal-view-as', getViewAs);
  const [leaving, setLeaving] = useState(false);
  if (!state.data?.active) return null;

  const exit = async () => {
    setLeaving(true);
    try {
      reloadAt((await exitViewAs()).returnTo);
    } catch {
      setLeaving(false);
    }
  };

  return (
    <div className="tl-main-menu__view-as" role="status">
      <span>
        Viewing as <strong>{state.data.contactName}</strong> (read-only)
      </span>
      <Button size="sm" variant="primary" loading={leaving} onClick={() => void exit()}>
        Exit
      </Button>
    </div>
  );
}
