import { describe, expect, it } from 'vitest';
import type { BoardView, CardView } from './boardApi';
import { ageOf, hoursText, rankBetween, upsertCard } from './boardModel';

const card = (key: string, rank: number, columnId = 'c1'): CardView => ({
  key, kind: 1, psaId: Number(key.split('-')[1]), number: key, title: key, columnId, laneKey: 'none', statusPsaId: 1, statusName: 'New',
  priorityPsaId: null, companyPsaId: null, companyName: null, assigneePsaIds: [], actualHours: null, budgetHours: null,
  statusSince: new Date().toISOString(), clientResponded: false, rank, psaUrl: null,
});

const view = (cards: CardView[]): BoardView => ({
  id: 'b', name: 'B', kind: 1, swimlane: 'none', wipLimitBlocksDrops: false, laneWipLimit: null, cardFields: [],
  columns: [{ id: 'c1', name: 'One', statuses: [], wipLimit: 1, count: 0, overLimit: false }, { id: 'c2', name: 'Two', statuses: [], wipLimit: null, count: 0, overLimit: false }],
  lanes: [], cards, priorities: [], members: [], companies: [],
  capabilities: { isAdmin: true, isContact: false, readOnly: false, canDrag: true, canAddNotes: true, canEditCards: true, showNotes: true, canFilter: true },
});

describe('board model', () => {
  it('moves a card between columns and recounts WIP', () => {
    const start = view([card('ticket-1', 10), card('ticket-2', 20, 'c2')]);
    const next = upsertCard(start, 'ticket-2', { ...card('ticket-2', 5), columnId: 'c1' });
    expect(next.cards.map((c) => c.key)).toEqual(['ticket-2', 'ticket-1']);
    expect(next.columns[0]).toMatchObject({ count: 2, overLimit: true });
    expect(next.columns[1]).toMatchObject({ count: 0, overLimit: false });
  });

  it('removes a card that left the board', () => {
    expect(upsertCard(view([card('ticket-1', 1)]), 'ticket-1', null).cards).toHaveLength(0);
  });

  it('ranks between neighbours like the server', () => {
    expect(rankBetween(card('ticket-1', 10), card('ticket-2', 20))).toBe(15);
    expect(rankBetween(undefined, card('ticket-2', 2048))).toBe(1024);
    expect(rankBetween(card('ticket-1', 10), undefined)).toBe(1034);
  });

  it('formats age and hours', () => {
    const now = Date.parse('2026-12-01T12:00:00Z');
    expect(ageOf('2026-12-01T11:30:00Z', now)).toBe('30m');
    expect(ageOf('2026-11-28T12:00:00Z', now)).toBe('3d');
    expect(hoursText(1.5, 4)).toBe('1.5/4 h');
    expect(hoursText(null, null)).toBeNull();
  });
});
