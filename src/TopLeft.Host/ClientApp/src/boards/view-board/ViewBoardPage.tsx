import { useParams } from 'react-router';
import { ComingSoonPage } from '../../shared/layout';
import { useBoardList } from '../board-list/BoardListProvider';

/** `/boards/:id`: the Kanban board itself (columns, cards, live updates) is built in a later issue. */
export function ViewBoardPage() {
  const { id = '' } = useParams();
  const { data: boards } = useBoardList();
  const name = boards?.find((b) => b.id === id)?.name ?? 'Board';
  return (
    <ComingSoonPage eyebrow="Boards" title={name} emptyTitle="The board view is on its way" icon="board" description="Columns of tickets, tasks and projects from your PSA, updated live.">
      <p>The board view with columns, cards and drag-and-drop is being built.</p>
    </ComingSoonPage>
  );
}
