import { describe, expect, it } from 'vitest';
import { extractErrorMessage } from '../../../lib/secure/extract-error-message.ts';

// Spec §6.2: `[message, error, details[], errors[].[reason, message]][][] | join(', ', @)`.
describe('[secure] extractErrorMessage', () => {
  it('[secure] shape 1 (Sysdig errors[]) joins reason and message of each error', () => {
    const body =
      '{"errors":[{"reason":"Invalid request","message":"A Slack private channel can not be set to public"},{"reason":"r2","message":"m2"}]}';
    expect(extractErrorMessage(body)).toBe(
      'Invalid request, A Slack private channel can not be set to public, r2, m2',
    );
  });

  it('[secure] shape 2 (Spring) gives the error text', () => {
    expect(
      extractErrorMessage(
        '{"timestamp":1715255725613,"status":401,"error":"Unauthorized","path":"/api/v2/alerts/46667521"}',
      ),
    ).toBe('Unauthorized');
  });

  it('[secure] shape 3 gives the message', () => {
    expect(extractErrorMessage('{"message":"policy not found"}')).toBe('policy not found');
  });

  it('[secure] shape 4 joins details', () => {
    expect(extractErrorMessage('{"details":["first","second"]}')).toBe('first, second');
  });

  it('[secure] combines the fields in expression order and drops nulls', () => {
    expect(
      extractErrorMessage('{"errors":[{"reason":"r"}],"details":["d"],"error":"e","message":"m"}'),
    ).toBe('m, e, d, r');
    expect(
      extractErrorMessage('{"message":null,"errors":[{"reason":null,"message":"only"}]}'),
    ).toBe('only');
  });

  it('[secure] yields nothing for non-JSON, empty results and non-string elements (caller falls back to status)', () => {
    expect(extractErrorMessage('<html>502</html>')).toBeUndefined();
    expect(extractErrorMessage('')).toBeUndefined();
    expect(extractErrorMessage('{}')).toBeUndefined();
    expect(extractErrorMessage('[1,2]')).toBeUndefined();
    expect(extractErrorMessage('{"status":500}')).toBeUndefined();
    expect(extractErrorMessage('{"message":42}')).toBeUndefined();
    expect(extractErrorMessage('{"details":"not a list"}')).toBeUndefined();
  });
});
