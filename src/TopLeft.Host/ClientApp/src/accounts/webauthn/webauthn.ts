/**
 * Browser side of passkeys (WebAuthn). The server (ASP.NET Core Identity) makes the options as WebAuthn JSON
 * (binary fields base64url-encoded) and verifies the credential we send back as JSON; this module only turns
 * that JSON into what `navigator.credentials` wants and the resulting credential back into JSON.
 */

export type PasskeyErrorReason = 'unsupported' | 'cancelled' | 'invalid-state' | 'security' | 'failed';

/** A passkey ceremony that did not finish, with a message meant for people. */
export class PasskeyError extends Error {
  override readonly name = 'PasskeyError';
  readonly reason: PasskeyErrorReason;

  constructor(reason: PasskeyErrorReason, message: string) {
    super(message);
    this.reason = reason;
  }
}

type PublicKeyCredentialStatics = {
  parseRequestOptionsFromJSON?: (options: PublicKeyCredentialRequestOptionsJSON) => PublicKeyCredentialRequestOptions;
  parseCreationOptionsFromJSON?: (options: PublicKeyCredentialCreationOptionsJSON) => PublicKeyCredentialCreationOptions;
};

/** True when this browser can use passkeys at all (secure context with the WebAuthn API). */
export function passkeysSupported(): boolean {
  return (
    typeof window !== 'undefined' &&
    typeof window.PublicKeyCredential !== 'undefined' &&
    typeof navigator !== 'undefined' &&
    typeof navigator.credentials?.get === 'function'
  );
}

export function base64UrlToBuffer(value: string): ArrayBuffer {
  const base64 = value.replace(/-/g, '+').replace(/_/g, '/');
  const padded = base64 + '='.repeat((4 - (base64.length % 4)) % 4);
  const binary = atob(padded);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes.buffer;
}

export function bufferToBase64Url(value: ArrayBuffer | ArrayBufferView): string {
  // isView rather than instanceof ArrayBuffer: buffers may come from another realm (iframes, test environments).
  const bytes = ArrayBuffer.isView(value) ? new Uint8Array(value.buffer, value.byteOffset, value.byteLength) : new Uint8Array(value);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/**
 * The options endpoints answer with "a JSON string": depending on how the server writes it, that arrives as
 * the parsed object or as a string holding JSON. Some servers also wrap it as `{ publicKey: {...} }`.
 */
export function readOptionsJson<T>(raw: unknown): T {
  let value: unknown = raw;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value) as unknown;
    } catch {
      throw new PasskeyError('failed', 'The server sent passkey options this browser could not read.');
    }
  }
  if (typeof value !== 'object' || value === null) {
    throw new PasskeyError('failed', 'The server sent passkey options this browser could not read.');
  }
  const record = value as Record<string, unknown>;
  if (typeof record.publicKey === 'object' && record.publicKey !== null && !('challenge' in record)) {
    return record.publicKey as T;
  }
  return value as T;
}

function decodeDescriptors(list: PublicKeyCredentialDescriptorJSON[] | undefined): PublicKeyCredentialDescriptor[] | undefined {
  return list?.map((item) => ({
    type: item.type as PublicKeyCredentialType,
    id: base64UrlToBuffer(item.id),
    ...(item.transports ? { transports: item.transports as AuthenticatorTransport[] } : {}),
  }));
}

export function toRequestOptions(json: PublicKeyCredentialRequestOptionsJSON): PublicKeyCredentialRequestOptions {
  const statics = window.PublicKeyCredential as unknown as PublicKeyCredentialStatics | undefined;
  if (typeof statics?.parseRequestOptionsFromJSON === 'function') return statics.parseRequestOptionsFromJSON(json);
  const { challenge, allowCredentials, ...rest } = json;
  const options: PublicKeyCredentialRequestOptions = {
    ...(rest as Omit<PublicKeyCredentialRequestOptions, 'challenge' | 'allowCredentials'>),
    challenge: base64UrlToBuffer(challenge),
  };
  const allow = decodeDescriptors(allowCredentials);
  if (allow) options.allowCredentials = allow;
  return options;
}

export function toCreationOptions(json: PublicKeyCredentialCreationOptionsJSON): PublicKeyCredentialCreationOptions {
  const statics = window.PublicKeyCredential as unknown as PublicKeyCredentialStatics | undefined;
  if (typeof statics?.parseCreationOptionsFromJSON === 'function') return statics.parseCreationOptionsFromJSON(json);
  const { challenge, user, excludeCredentials, ...rest } = json;
  const options: PublicKeyCredentialCreationOptions = {
    ...(rest as Omit<PublicKeyCredentialCreationOptions, 'challenge' | 'user' | 'excludeCredentials'>),
    challenge: base64UrlToBuffer(challenge),
    user: { ...user, id: base64UrlToBuffer(user.id) },
  };
  const exclude = decodeDescriptors(excludeCredentials);
  if (exclude) options.excludeCredentials = exclude;
  return options;
}

/** `credential.toJSON()` where the browser has it, else the same shape built by hand. */
export function credentialToJson(credential: PublicKeyCredential): unknown {
  if (typeof (credential as Partial<PublicKeyCredential>).toJSON === 'function') return credential.toJSON();

  const response = credential.response;
  const json: Record<string, unknown> = {
    id: credential.id,
    rawId: bufferToBase64Url(credential.rawId),
    type: credential.type,
    authenticatorAttachment: credential.authenticatorAttachment ?? undefined,
    clientExtensionResults: typeof credential.getClientExtensionResults === 'function' ? credential.getClientExtensionResults() : {},
  };
  const body: Record<string, unknown> = { clientDataJSON: bufferToBase64Url(response.clientDataJSON) };
  if ('attestationObject' in response) {
    const attestation = response as AuthenticatorAttestationResponse;
    body.attestationObject = bufferToBase64Url(attestation.attestationObject);
    if (typeof attestation.getTransports === 'function') body.transports = attestation.getTransports();
    if (typeof attestation.getAuthenticatorData === 'function') body.authenticatorData = bufferToBase64Url(attestation.getAuthenticatorData());
    if (typeof attestation.getPublicKey === 'function') {
      const key = attestation.getPublicKey();
      if (key) body.publicKey = bufferToBase64Url(key);
    }
    if (typeof attestation.getPublicKeyAlgorithm === 'function') body.publicKeyAlgorithm = attestation.getPublicKeyAlgorithm();
  } else {
    const assertion = response as AuthenticatorAssertionResponse;
    body.authenticatorData = bufferToBase64Url(assertion.authenticatorData);
    body.signature = bufferToBase64Url(assertion.signature);
    if (assertion.userHandle) body.userHandle = bufferToBase64Url(assertion.userHandle);
  }
  json.response = body;
  return json;
}

function translate(error: unknown, action: 'sign-in' | 'register'): PasskeyError {
  if (error instanceof PasskeyError) return error;
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  switch (name) {
    case 'NotAllowedError':
    case 'AbortError':
      return new PasskeyError(
        'cancelled',
        action === 'sign-in'
          ? 'Passkey sign-in was cancelled or timed out. Try again, or sign in with your password.'
          : 'Adding the passkey was cancelled or timed out.',
      );
    case 'InvalidStateError':
      return new PasskeyError('invalid-state', 'This authenticator already holds a passkey for your account.');
    case 'SecurityError':
      return new PasskeyError('security', 'Passkeys only work on the secure address of your workspace (https).');
    case 'NotSupportedError':
      return new PasskeyError('unsupported', 'This browser or device cannot use passkeys.');
    default:
      return new PasskeyError('failed', action === 'sign-in' ? 'Passkey sign-in did not work. Try again.' : 'The passkey could not be created. Try again.');
  }
}

/** Runs `navigator.credentials.get` with the server's request options; resolves with the credential as JSON. */
export async function getPasskeyAssertion(rawOptions: unknown): Promise<unknown> {
  if (!passkeysSupported()) throw new PasskeyError('unsupported', 'This browser cannot use passkeys.');
  try {
    const publicKey = toRequestOptions(readOptionsJson<PublicKeyCredentialRequestOptionsJSON>(rawOptions));
    const credential = (await navigator.credentials.get({ publicKey })) as PublicKeyCredential | null;
    if (!credential) throw new PasskeyError('cancelled', 'No passkey was chosen.');
    return credentialToJson(credential);
  } catch (error) {
    throw translate(error, 'sign-in');
  }
}

/** Runs `navigator.credentials.create` with the server's creation options; resolves with the credential as JSON. */
export async function createPasskeyCredential(rawOptions: unknown): Promise<unknown> {
  if (!passkeysSupported() || typeof navigator.credentials.create !== 'function') {
    throw new PasskeyError('unsupported', 'This browser cannot create passkeys.');
  }
  try {
    const publicKey = toCreationOptions(readOptionsJson<PublicKeyCredentialCreationOptionsJSON>(rawOptions));
    const credential = (await navigator.credentials.create({ publicKey })) as PublicKeyCredential | null;
    if (!credential) throw new PasskeyError('cancelled', 'No passkey was created.');
    return credentialToJson(credential);
  } catch (error) {
    throw translate(error, 'register');
  }
}
