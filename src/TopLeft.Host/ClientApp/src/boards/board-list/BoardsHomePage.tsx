import { Link } from 'react-router';
import { isAdmin, useSession } from '../../accounts/session';
import { useDocumentTitle } from '../../shared/hooks';
import { Icon } from '../../shared/icons';
import { Button, Card, EmptyState, LoadingState, Page, PageHeader, ProblemAlert } from '../../shared/ui';
import { useBoardList } from './BoardListProvider';
import './BoardsHomePage.css';

/** `/`: the boards the signed-in user can open. */
export function BoardsHomePage() {
  useDocumentTitle('Boards');
  const { data: boards, loading, error, reload } = useBoardList();
  const { user } = useSession();
  const newBoard = isAdmin(user) ? (
    <Link to="/boards/new" className="tl-button-link">
      <Icon name="plus" size={16} /> New board
    </Link>
  ) : undefined;

  return (
    <Page>
      <PageHeader title="Boards" description="Your Kanban boards over tickets, tasks and projects from your PSA." actions={newBoard} />
      {loading && !boards ? (
        <LoadingState label="Loading boards…" />
      ) : error ? (
        <div className="tl-stack">
          <ProblemAlert error={error} title="Boards could not be loaded" />
          <div>
            <Button onClick={reload}>Try again</Button>
          </div>
        </div>
      ) : boards && boards.length > 0 ? (
        <ul className="tl-board-grid">
          {boards.map((board) => (
            <li key={board.id}>
              <Link to={`/boards/${encodeURIComponent(board.id)}`} className="tl-board-tile">
                <span className="tl-board-tile__icon" aria-hidden="true">
                  <Icon name="board" size={18} />
                </span>
                <span className="tl-board-tile__name">{board.name}</span>
                <Icon name="chevronRight" size={16} className="tl-board-tile__chevron" />
              </Link>
            </li>
          ))}
        </ul>
      ) : (
        <Card>
          <EmptyState icon="board" title="No boards yet">
            <p>{newBoard ? 'Create the first board from the statuses synced from your PSA.' : 'Boards your administrator creates will show up here.'}</p>
          </EmptyState>
        </Card>
      )}
    </Page>
  );
}
