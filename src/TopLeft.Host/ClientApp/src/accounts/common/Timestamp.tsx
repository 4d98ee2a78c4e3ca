import { formatDateTime, formatRelative } from './time';

/** A relative time ("2 hours ago") with the exact local time as tooltip and machine-readable value. */
export function Timestamp({ value, empty = '—' }: { value: string | null | undefined; empty?: string }) {
  const relative = formatRelative(value);
  if (!value || !relative) return <span className="tl-text-muted">{empty}</span>;
  return (
    <time dateTime={value} title={formatDateTime(value)}>
      {relative}
    </time>
  );
}
