import { useRef, useState, type FormEvent } from 'react';
import { ApiError } from '../../shared/api';
import { Button, Checkbox, Dialog, ProblemAlert, TextField, useToast } from '../../shared/ui';
import { toApiError } from '../common/errors';
import { createUser, type NewUser } from './users';

type Field = 'displayName' | 'userName' | 'email';
type Errors = Partial<Record<Field, string>>;

const FIELDS = ['displayName', 'userName', 'email', 'kind', 'isAdmin', 'sendInvitation'] as const;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

interface FormValues extends Omit<NewUser, 'email'> {
  email: string;
}

function validate(values: FormValues): Errors {
  const errors: Errors = {};
  const email = values.email.trim();
  if (!values.displayName.trim()) errors.displayName = 'Enter the name people know them by.';
  if (values.kind === 'member' && !values.userName.trim()) errors.userName = 'Enter their PSA username.';
  if (email && !EMAIL.test(email)) errors.email = 'Enter a valid email address.';
  else if (!email && values.kind === 'contact') errors.email = 'Client contacts sign in with their email address.';
  else if (!email && values.sendInvitation) errors.email = 'An invitation needs an email address.';
  return errors;
}

/** "Add user": a member (optionally admin) or a client contact, with an optional invitation e-mail. */
export function AddUserDialog({ onClose }: { onClose: (created: boolean) => void }) {
  const toast = useToast();
  const [values, setValues] = useState<FormValues>({ displayName: '', userName: '', email: '', kind: 'member', isAdmin: false, sendInvitation: true });
  const [errors, setErrors] = useState<Errors>({});
  const [serverError, setServerError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const nameRef = useRef<HTMLInputElement>(null);

  const set = <K extends keyof FormValues>(field: K, value: FormValues[K]) => {
    setValues((current) => {
      const next = { ...current, [field]: value };
      if (field === 'kind' && value === 'contact') next.isAdmin = false;
      return next;
    });
    if (field in errors) setErrors((current) => ({ ...current, [field]: undefined }));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setServerError(null);
    const found = validate(values);
    setErrors(found);
    const first = (['displayName', 'userName', 'email'] as Field[]).find((f) => found[f]);
    if (first) {
      document.getElementById(`add-user-${first}`)?.focus();
      return;
    }
    setBusy(true);
    try {
      const email = values.email.trim();
      const request: NewUser = {
        ...values,
        displayName: values.displayName.trim(),
        userName: values.kind === 'contact' ? email : values.userName.trim(),
        email: email || null,
      };
      await createUser(request);
      toast.show({
        tone: 'success',
        title: `${request.displayName} added`,
        description: request.sendInvitation ? `An invitation is on its way to ${request.email}.` : 'Invite them from the Users list when they are ready.',
      });
      onClose(true);
    } catch (caught) {
      setBusy(false);
      const apiError = toApiError(caught);
      setErrors({
        displayName: apiError.fieldError('displayName'),
        userName: apiError.fieldError('userName'),
        email: apiError.fieldError('email') ?? (values.kind === 'contact' ? apiError.fieldError('userName') : undefined),
      });
      setServerError(apiError);
    }
  };

  return (
    <Dialog
      open
      onClose={() => !busy && onClose(false)}
      title="Add user"
      description="Members usually come from your PSA; add someone here who isn't synced yet, or a client contact."
      initialFocusRef={nameRef}
      footer={
        <>
          <Button onClick={() => onClose(false)} disabled={busy}>
            Cancel
          </Button>
          <Button variant="primary" type="submit" form="add-user" loading={busy}>
            Add user
          </Button>
        </>
      }
    >
      <form id="add-user" className="tl-form-stack" onSubmit={submit} noValidate>
        <ProblemAlert error={serverError} displayedFields={FIELDS} title={serverError?.status === 409 ? 'This user already exists' : undefined} />
        <fieldset className="tl-radio-group">
          <legend>Kind</legend>
          <label className="tl-radio">
            <input type="radio" name="kind" value="member" checked={values.kind === 'member'} onChange={() => set('kind', 'member')} />
            Member (your staff)
          </label>
          <label className="tl-radio">
            <input type="radio" name="kind" value="contact" checked={values.kind === 'contact'} onChange={() => set('kind', 'contact')} />
            Client contact (portal user)
          </label>
        </fieldset>
        <TextField
          ref={nameRef}
          id="add-user-displayName"
          label="Name"
          name="displayName"
          autoComplete="off"
          required
          value={values.displayName}
          error={errors.displayName}
          onChange={(e) => set('displayName', e.target.value)}
        />
        <TextField
          id="add-user-email"
          label="Email"
          name="email"
          type="email"
          autoComplete="off"
          required={values.sendInvitation || values.kind === 'contact'}
          value={values.email}
          error={errors.email}
          hint={values.kind === 'contact' ? 'Client contacts sign in with their email address.' : undefined}
          onChange={(e) => set('email', e.target.value)}
        />
        {values.kind === 'member' ? (
          <TextField
            id="add-user-userName"
            label="Username"
            name="userName"
            autoComplete="off"
            autoCapitalize="none"
            spellCheck={false}
            required
            value={values.userName}
            error={errors.userName}
            hint="Use their PSA username, so the PSA sync can match them."
            onChange={(e) => set('userName', e.target.value)}
          />
        ) : null}
        {values.kind === 'member' ? (
          <Checkbox
            label="Administrator"
            description="Can manage users, licenses, integrations and settings."
            name="isAdmin"
            checked={values.isAdmin}
            onChange={(e) => set('isAdmin', e.target.checked)}
          />
        ) : null}
        <Checkbox
          label="Send an invitation now"
          description="They get an email with a link to set their password. The link works for 7 days."
          name="sendInvitation"
          checked={values.sendInvitation}
          onChange={(e) => set('sendInvitation', e.target.checked)}
        />
      </form>
    </Dialog>
  );
}
