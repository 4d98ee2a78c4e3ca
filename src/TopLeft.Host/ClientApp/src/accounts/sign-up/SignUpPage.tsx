import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { ApiError } from '../../shared/api';
import { useDocumentTitle } from '../../shared/hooks';
import { AuthHeading, AuthLayout } from '../../shared/layout';
import { Alert, Button, ProblemAlert, TextField, Wordmark } from '../../shared/ui';
import { workspaceBaseHost, workspaceHost } from '../tenant/tenant';
import { SLUG_PATTERN, signUp, slugify, type SignUpRequest } from './signUp';
import './SignUpPage.css';

type Field = keyof SignUpRequest;
type Errors = Partial<Record<Field, string>>;

const FIELDS: readonly string[] = ['companyName', 'slug', 'adminEmail', 'email', 'password'];

function validate(values: SignUpRequest): Errors {
  const errors: Errors = {};
  if (!values.companyName.trim()) errors.companyName = 'Enter your company name.';
  if (!values.slug) errors.slug = 'Choose a workspace address.';
  else if (values.slug.length < 3) errors.slug = 'Use at least 3 characters.';
  else if (!SLUG_PATTERN.test(values.slug)) errors.slug = 'Use lowercase letters, digits and hyphens; start and end with a letter or digit.';
  if (!values.adminEmail.trim()) errors.adminEmail = 'Enter your email address.';
  else if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(values.adminEmail.trim())) errors.adminEmail = 'Enter a valid email address.';
  if (!values.password) errors.password = 'Choose a password.';
  return errors;
}

export function SignUpPage() {
  useDocumentTitle('Create your workspace');
  const [values, setValues] = useState<SignUpRequest>({ companyName: '', slug: '', adminEmail: '', password: '' });
  const [slugEdited, setSlugEdited] = useState(false);
  const [errors, setErrors] = useState<Errors>({});
  const [serverError, setServerError] = useState<ApiError | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const [createdUrl, setCreatedUrl] = useState<string | null>(null);

  const host = window.location.host;
  const preview = workspaceHost(values.slug, host);

  const set = (field: Field, value: string) => {
    setValues((current) => {
      const next = { ...current, [field]: value };
      if (field === 'companyName' && !slugEdited) next.slug = slugify(value);
      return next;
    });
    if (errors[field]) setErrors((current) => ({ ...current, [field]: undefined }));
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setServerError(null);
    const found = validate(values);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      const first = (Object.keys(found) as Field[])[0];
      document.getElementById(`sign-up-${first}`)?.focus();
      return;
    }
    setSubmitting(true);
    try {
      const request = { ...values, companyName: values.companyName.trim(), adminEmail: values.adminEmail.trim() };
      const result = await signUp(request);
      const slug = result?.slug ?? values.slug;
      setCreatedUrl(result?.signInUrl ?? `${window.location.protocol}//${workspaceHost(slug, host)}/sign-in`);
    } catch (error) {
      const apiError = error instanceof ApiError ? error : new ApiError(0, null);
      setErrors({
        companyName: apiError.fieldError('companyName'),
        slug: apiError.fieldError('slug'),
        adminEmail: apiError.fieldError('adminEmail') ?? apiError.fieldError('email'),
        password: apiError.fieldError('password'),
      });
      setServerError(apiError);
    } finally {
      setSubmitting(false);
    }
  };

  if (createdUrl) {
    return (
      <AuthLayout logo={<Wordmark size="lg" />}>
        <AuthHeading title="Your workspace is ready" subtitle="We've created your TopLeft workspace." />
        <Alert tone="success" title={values.companyName}>
          Sign in at <span className="tl-mono">{createdUrl.replace(/^https?:\/\//, '')}</span> with {values.adminEmail}.
        </Alert>
        <a className="tl-btn tl-btn--primary tl-btn--lg tl-btn--block" href={createdUrl}>
          Go to your workspace
        </a>
      </AuthLayout>
    );
  }

  return (
    <AuthLayout
      wide
      logo={<Wordmark size="lg" />}
      footer={
        <>
          Already use TopLeft? <Link to="/sign-in">Sign in</Link> at your workspace's address.
        </>
      }
    >
      <AuthHeading title="Create your TopLeft workspace" subtitle="Kanban boards for your PSA, set up in minutes." />
      <ProblemAlert error={serverError} displayedFields={FIELDS} />
      <form className="tl-sign-up__form" onSubmit={onSubmit} noValidate>
        <TextField
          id="sign-up-companyName"
          label="Company name"
          name="companyName"
          autoComplete="organization"
          autoFocus
          required
          value={values.companyName}
          error={errors.companyName}
          onChange={(e) => set('companyName', e.target.value)}
        />
        <TextField
          id="sign-up-slug"
          label="Workspace address"
          name="slug"
          required
          value={values.slug}
          error={errors.slug}
          spellCheck={false}
          autoCapitalize="none"
          placeholder="acme"
          suffix={`.${workspaceBaseHost(host)}`}
          hint={
            <>
              Your team will sign in at <strong data-testid="slug-preview" className="tl-mono">{preview}</strong>
            </>
          }
          onChange={(e) => {
            setSlugEdited(true);
            set('slug', e.target.value.toLowerCase());
          }}
        />
        <TextField
          id="sign-up-adminEmail"
          label="Your email (administrator)"
          name="adminEmail"
          type="email"
          autoComplete="email"
          required
          value={values.adminEmail}
          error={errors.adminEmail}
          onChange={(e) => set('adminEmail', e.target.value)}
        />
        <TextField
          id="sign-up-password"
          label="Password"
          name="password"
          type="password"
          autoComplete="new-password"
          required
          value={values.password}
          error={errors.password}
          onChange={(e) => set('password', e.target.value)}
        />
        <Button type="submit" variant="primary" size="lg" block loading={submitting}>
          Create workspace
        </Button>
      </form>
    </AuthLayout>
  );
}
