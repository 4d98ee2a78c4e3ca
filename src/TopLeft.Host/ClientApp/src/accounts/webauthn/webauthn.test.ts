import { afterEach, describe, expect, it, vi } from 'vitest';
import { base64UrlToBuffer, bufferToBase64Url, credentialToJson, readOptionsJson, toCreationOptions, toRequestOptions } from './webauthn';

const text = (buffer: BufferSource) => new TextDecoder().decode(buffer as ArrayBuffer);

describe('webauthn helpers', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('round-trips base64url without padding', () => {
    const encoded = bufferToBase64Url(new TextEncoder().encode('hello?>>'));
    expect(encoded).toBe('aGVsbG8_Pj4');
    expect(text(base64UrlToBuffer(encoded))).toBe('hello?>>');
  });

  it('reads options sent as an object, as a JSON string, or wrapped in publicKey', () => {
    expect(readOptionsJson({ challenge: 'abc' })).toEqual({ challenge: 'abc' });
    expect(readOptionsJson('{"challenge":"abc"}')).toEqual({ challenge: 'abc' });
    expect(readOptionsJson({ publicKey: { challenge: 'abc' } })).toEqual({ challenge: 'abc' });
    expect(() => readOptionsJson('not json')).toThrow(/could not read/);
  });

  it('decodes request and creation options by hand when the browser lacks the JSON parsers', () => {
    vi.stubGlobal('PublicKeyCredential', function PublicKeyCredential() {});
    const request = toRequestOptions({ challenge: 'Y2hhbA', rpId: 'acme.test', allowCredentials: [{ id: 'a2V5', type: 'public-key', transports: ['usb'] }] });
    expect(text(request.challenge)).toBe('chal');
    expect(request.rpId).toBe('acme.test');
    expect(text(request.allowCredentials![0]!.id)).toBe('key');

    const creation = toCreationOptions({
      challenge: 'Y2hhbA',
      rp: { name: 'TopLeft', id: 'acme.test' },
      user: { id: 'dXNlcg', name: 'ada', displayName: 'Ada' },
      pubKeyCredParams: [{ type: 'public-key', alg: -7 }],
      excludeCredentials: [{ id: 'a2V5', type: 'public-key' }],
    });
    expect(text(creation.user.id)).toBe('user');
    expect(creation.user.displayName).toBe('Ada');
    expect(text(creation.excludeCredentials![0]!.id)).toBe('key');
  });

  it('uses the browser JSON parser when there is one', () => {
    const parse = vi.fn(() => ({ challenge: new ArrayBuffer(1) }));
    vi.stubGlobal('PublicKeyCredential', Object.assign(function PublicKeyCredential() {}, { parseRequestOptionsFromJSON: parse }));
    toRequestOptions({ challenge: 'Y2hhbA' });
    expect(parse).toHaveBeenCalledWith({ challenge: 'Y2hhbA' });
  });

  it('serialises an assertion by hand when toJSON is missing', () => {
    const enc = (s: string) => new TextEncoder().encode(s).buffer;
    const credential = {
      id: 'abc',
      rawId: enc('raw'),
      type: 'public-key',
      authenticatorAttachment: 'platform',
      getClientExtensionResults: () => ({}),
      response: { clientDataJSON: enc('{}'), authenticatorData: enc('ad'), signature: enc('sig'), userHandle: enc('u') },
    } as unknown as PublicKeyCredential;
    expect(credentialToJson(credential)).toEqual({
      id: 'abc',
      rawId: 'cmF3',
      type: 'public-key',
      authenticatorAttachment: 'platform',
      clientExtensionResults: {},
      response: { clientDataJSON: 'e30', authenticatorData: 'YWQ', signature: 'c2ln', userHandle: 'dQ' },
    });
  });
});
