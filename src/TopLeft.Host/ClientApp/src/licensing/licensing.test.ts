import { matches, move, type MemberRow } from './licensing';

const ann: MemberRow = { psaId: 1, name: 'Ann Lee', userName: 'alee', email: 'ann@example.test' };
const bob: MemberRow = { psaId: 2, name: 'Bob Ray', userName: 'bray', email: null };

describe('licensing lists', () => {
  it('moves a member to the other list, sorted by name', () => {
    const [available, selected] = move([ann, bob], [], bob);
    expect(available).toEqual([ann]);
    expect(selected).toEqual([bob]);
    expect(move(available, selected, ann)[1]).toEqual([ann, bob]);
  });

  it('searches name, username and e-mail without case', () => {
    expect(matches(ann, 'EXAMPLE')).toBe(true);
    expect(matches(bob, 'bra')).toBe(true);
    expect(matches(bob, 'ann')).toBe(false);
    expect(matches(bob, '  ')).toBe(true);
  });
});
