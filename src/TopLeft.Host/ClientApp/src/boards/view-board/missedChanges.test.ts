import { renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { missedChanges, useMissedChanges } from './missedChanges';

describe('missedChanges', () => {
  it('counts a read older than the join, or an unknown version, as possibly missing a change', () => {
    expect(missedChanges(5, 5)).toBe(false);
    expect(missedChanges(6, 5)).toBe(false);
    expect(missedChanges(4, 5)).toBe(true);
    expect(missedChanges(null, 5)).toBe(true);
    expect(missedChanges(5, null)).toBe(true);
  });
});

describe('useMissedChanges', () => {
  it('reloads when the live join comes after a read made at an older version', () => {
    const reload = vi.fn();
    const { result } = renderHook(() => useMissedChanges(reload));

    result.current.reading();
    result.current.read(3);
    result.current.joined(3);
    expect(reload).not.toHaveBeenCalled();

    result.current.joined(4);
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('compares a join that comes before the read once the read arrives, and only once', () => {
    const reload = vi.fn();
    const { result } = renderHook(() => useMissedChanges(reload));

    result.current.reading();
    result.current.joined(7);
    expect(reload).not.toHaveBeenCalled();
    result.current.read(6);
    expect(reload).toHaveBeenCalledTimes(1);

    // The reload's read is newer than the join: nothing more to do.
    result.current.reading();
    result.current.read(8);
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('does not reload when the read is at least as new as the join that came first', () => {
    const reload = vi.fn();
    const { result } = renderHook(() => useMissedChanges(reload));

    result.current.reading();
    result.current.joined(7);
    result.current.read(7);
    expect(reload).not.toHaveBeenCalled();
  });
});
