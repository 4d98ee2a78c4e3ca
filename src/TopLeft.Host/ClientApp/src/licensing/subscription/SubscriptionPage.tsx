import { useState } from 'react';
import { ApiError, useApiQuery } from '../../shared/api';
import { useDocumentTitle } from '../../shared/hooks';
import { Alert, Button, Card, Checkbox, LoadingState, Page, PageHeader, ProblemAlert, TextField, useToast } from '../../shared/ui';
import { changeSubscription, getSubscription, getSubscriptionHistory, reviewSubscription, type SubscriptionReview } from '../licensing';

const signed = (n: number) => (n > 0 ? `+${n}` : `${n}`);

/** `/admin/subscription`: change the license counts with a review step, and the history of changes. */
export function SubscriptionPage() {
  useDocumentTitle('Subscription');
  const toast = useToast();
  const subscription = useApiQuery('licensing-subscription', getSubscription);
  const history = useApiQuery('licensing-subscription-history', getSubscriptionHistory);
  const [members, setMembers] = useState('');
  const [portal, setPortal] = useState('');
  const [endTrial, setEndTrial] = useState(false);
  const [review, setReview] = useState<SubscriptionReview | null>(null);
  const [problem, setProblem] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  const current = subscription.data;
  if (!current) {
    return <Page>{subscription.error ? <ProblemAlert error={subscription.error} /> : <LoadingState />}</Page>;
  }

  const change = {
    memberLicenses: members === '' ? current.memberLicenses : Number(members),
    portalCompanyLicenses: portal === '' ? current.portalCompanyLicenses : Number(portal),
    endTrial,
  };

  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    setProblem(null);
    try {
      await action();
    } catch (error) {
      setProblem(error instanceof ApiError ? error : new ApiError(0, null));
    } finally {
      setBusy(false);
    }
  };

  const onReview = () => run(async () => setReview(await reviewSubscription(change)));
  const onConfirm = () =>
    run(async () => {
      await changeSubscription(change);
      toast.show({ tone: 'success', title: 'Subscription changed' });
      setReview(null);
      subscription.reload();
      history.reload();
    });

  return (
    <Page>
      <PageHeader eyebrow="Admin · Subscription" title="Manage subscription" description="Upgrade or downgrade your member and Client Portal company licenses." />
      <Card>
        <p>
          {current.isTrial
            ? `Trial: unlimited licenses, ${current.licensedMembers} members selected.`
            : `${current.licensedMembers} of ${current.memberLicenses} member licenses used; ${current.portalCompanyLicenses} portal company licenses.`}
        </p>
        <TextField label="Member licenses" type="number" min={0} value={members} placeholder={String(current.memberLicenses)} onChange={(e) => setMembers(e.target.value)} />
        <TextField label="Client Portal company licenses" type="number" min={0} value={portal} placeholder={String(current.portalCompanyLicenses)} onChange={(e) => setPortal(e.target.value)} />
        {current.isTrial ? <Checkbox label="End the trial and subscribe with these counts" checked={endTrial} onChange={(e) => setEndTrial(e.target.checked)} /> : null}
        <Button onClick={onReview} loading={busy && !review}>
          Review
        </Button>
        <ProblemAlert error={problem} />
        {review ? (
          <Alert tone={review.canApply ? 'info' : 'warning'} title="Review your new subscription">
            <p>
              Member licenses: {review.memberLicenses} ({signed(review.memberLicensesDelta)}); portal company licenses: {review.portalCompanyLicenses} (
              {signed(review.portalCompanyLicensesDelta)}){review.isTrial ? '; still a trial' : ''}.
            </p>
            {review.problem ? <p>{review.problem}</p> : null}
            <Button variant="primary" onClick={onConfirm} disabled={!review.canApply} loading={busy}>
              Confirm change
            </Button>
          </Alert>
        ) : null}
      </Card>
      <Card>
        <h2>History</h2>
        {history.data && history.data.length > 0 ? (
          <ul>
            {history.data.map((h) => (
              <li key={`${h.at}-${h.summary}`}>
                {new Date(h.at).toLocaleString()} · {h.byName ?? 'TopLeft'} · {h.summary}
              </li>
            ))}
          </ul>
        ) : (
          <p>No changes yet.</p>
        )}
      </Card>
    </Page>
  );
}
