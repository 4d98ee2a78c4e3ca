import { Alert } from '../../shared/ui';

/** Announces a field's server messages (e.g. all the password rules a password breaks) as a live alert. */
export function FieldProblems({ title, messages }: { title: string; messages: string[] }) {
  if (messages.length === 0) return null;
  return (
    <Alert tone="danger" title={title}>
      {messages.length === 1 ? (
        <p>{messages[0]}</p>
      ) : (
        <ul className="tl-alert__list">
          {messages.map((m) => (
            <li key={m}>{m}</li>
          ))}
        </ul>
      )}
    </Alert>
  );
}
