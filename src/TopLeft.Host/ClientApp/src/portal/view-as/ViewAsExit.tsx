import { useState } from 'react';
import { Button } from '../../shared/ui';
import { exitViewAs, reloadAt } from '../portal';
import { useViewAs } from './ViewAsProvider';

/** In the main menu while an admin views the boards as a contact: who, and Exit (back to the Client Portal page). */
export function ViewAsExit() {
  const { state } = useViewAs();
  const [leaving, setLeaving] = useState(false);
  if (!state?.active) return null;

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
        Viewing as <strong>{state.contactName}</strong> (read-only)
      </span>
      <Button size="sm" variant="primary" loading={leaving} onClick={() => void exit()}>
        Exit
      </Button>
    </div>
  );
}
