import { GraphQLError } from 'graphql';
import { ErrorCode, maskError, PublicError } from './errors';

describe('maskError', () => {
  it('keeps the code and message of errors written for clients, and adds the request id', () => {
    const error = new PublicError(ErrorCode.BAD_USER_INPUT, 'first must be between 1 and 100.', { field: 'first' });
    expect(maskError(error.toJSON(), error, { requestId: 'r-1' })).toEqual({
      message: 'first must be between 1 and 100.',
      extensions: { code: 'BAD_USER_INPUT', field: 'first', requestId: 'r-1' },
    });
  });

  it('hides everything else behind INTERNAL_SERVER_ERROR and logs the original', () => {
    const logged: Record<string, unknown>[] = [];
    const original = new Error('QueryFailedError: ER_NO_SUCH_TABLE: SELECT * FROM `secret` at mysql://10.0.0.5');
    const formatted = new GraphQLError(original.message, { path: ['a'], extensions: { code: 'SOMETHING', stacktrace: ['at x.js'] } }).toJSON();
    const masked = maskError(formatted, original, { requestId: 'r-2', log: (e) => logged.push(e) });
    expect(masked).toEqual({ message: 'Internal server error.', path: ['a'], extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: 'r-2' } });
    expect(logged).toEqual([expect.objectContaining({ requestId: 'r-2', error: expect.objectContaining({ message: original.message }) })]);
  });
});
