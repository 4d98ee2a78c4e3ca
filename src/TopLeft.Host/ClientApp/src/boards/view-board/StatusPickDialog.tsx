import { Button, Dialog } from '../../shared/ui';

export interface StatusChoice {
  psaId: number;
  name: string;
}

/** A column standing for several valid statuses: the user picks the one to set. */
export function StatusPickDialog({
  column,
  choices,
  onPick,
  onCancel,
}: {
  column: string;
  choices: StatusChoice[] | null;
  onPick: (statusPsaId: number) => void;
  onCancel: () => void;
}) {
  return (
    <Dialog
      open={choices !== null}
      onClose={onCancel}
      title="Pick a status"
      description={`"${column}" stands for more than one status. Which one should the card get?`}
      size="sm"
      footer={
        <Button variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
      }
    >
      <ul className="tl-status-choices">
        {(choices ?? []).map((choice) => (
          <li key={choice.psaId}>
            <Button variant="secondary" block onClick={() => onPick(choice.psaId)}>
              {choice.name}
            </Button>
          </li>
        ))}
      </ul>
    </Dialog>
  );
}
