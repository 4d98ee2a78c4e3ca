import { ComingSoonPage } from '../../shared/layout';

export function AuditLogPage() {
  return (
    <ComingSoonPage eyebrow="Admin" title="Audit log" icon="list" description="Who changed what in your workspace, and when.">
      <p>Sign-ins, license changes, board edits and settings changes will be listed here, newest first.</p>
    </ComingSoonPage>
  );
}
