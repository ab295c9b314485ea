import { captureLogs, log } from './log';
import { configureLogging, logger, REDACTED } from './logger';

describe('logs', () => {
  afterEach(() => configureLogging({ output: null }));

  it('keeps the log({ level, msg }) API: one JSON line at that level, below-level lines dropped', () => {
    configureLogging({ level: 'info', service: 'billing', output: null });
    const logs = captureLogs();
    log({ level: 'warn', msg: 'careful', requestId: 'r-1', count: 2 });
    log({ level: 'debug', msg: 'not shown at info' });
    logs.stop();
    expect(logs.lines).toHaveLength(1);
    expect(JSON.parse(logs.lines[0]!)).toMatchObject({
      level: 'warn',
      msg: 'careful',
      service: 'billing',
      requestId: 'r-1',
      count: 2,
      time: expect.any(String),
    });
  });

  it('redacts authorization headers, tokens, e-mail addresses and document names, and JWTs in free text', () => {
    const logs = captureLogs();
    log({
      level: 'error',
      msg: 'something failed',
      headers: { authorization: 'Bearer secret-1' },
      token: 'secret-2',
      user: { email: 'jane@example.com' },
      document: { fileName: 'passport-jane.pdf' },
      error: 'upstream said: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl was refused',
    });
    logger().info({ variables: { input: { email: 'x@y.z' } } }, 'direct pino call');
    logs.stop();
    const text = logs.lines.join('\n');
    for (const secret of ['secret-1', 'secret-2', 'jane@example.com', 'passport-jane', 'eyJhbGci', 'x@y.z']) expect(text).not.toContain(secret);
    const first = JSON.parse(logs.lines[0]!);
    expect(first.headers.authorization).toBe(REDACTED);
    expect(first.user.email).toBe(REDACTED);
    expect(first.error).toContain('upstream said');
  });

  it('takes its level from configuration (LOG_LEVEL)', () => {
    configureLogging({ level: 'debug', output: null });
    const logs = captureLogs();
    log({ level: 'debug', msg: 'now shown' });
    logs.stop();
    expect(logs.lines).toHaveLength(1);
  });
});
