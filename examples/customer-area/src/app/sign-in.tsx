import { useState } from 'react';
import { describeError } from './use-query';

const DEMO_ACCOUNTS = ['acme', 'globex'];
const STAFF_ROLES = ['support', 'compliance', 'billing', 'admin'];

/**
 * In production the token comes from the provider's identity service. In development the Vite
 * server answers /dev/token (see vite.config.ts); a token can also be pasted (`npm run -s token`).
 */
export function SignIn({ onSignedIn }: { onSignedIn: (token: string) => void }) {
  const [pasted, setPasted] = useState('');
  const [error, setError] = useState<string | null>(null);
  const mint = async (query: string) => {
    setError(null);
    try {
      const answer = await fetch(`/dev/token?${query}`);
      const text = await answer.text();
      if (!answer.ok) throw new Error(text);
      onSignedIn(text);
    } catch (e) {
      setError(describeError(e));
    }
  };
  return (
    <section className="card narrow">
      <h1>Sign in</h1>
      {import.meta.env.DEV && (
        <>
          <p className="muted">Development only: a token for a demo account or a staff role.</p>
          <div className="buttons">
            {DEMO_ACCOUNTS.map((a) => (
              <button key={a} onClick={() => mint(`account=${a}`)}>
                Demo account {a}
              </button>
            ))}
          </div>
          <div className="buttons">
            {STAFF_ROLES.map((r) => (
              <button key={r} className="secondary" onClick={() => mint(`staff=${r}`)}>
                Staff: {r}
              </button>
            ))}
          </div>
        </>
      )}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (pasted.trim()) onSignedIn(pasted.trim());
        }}
      >
        <label>
          Bearer token
          <textarea name="token" rows={3} value={pasted} onChange={(e) => setPasted(e.target.value)} />
        </label>
        <button type="submit">Sign in with this token</button>
      </form>
      {error && <p className="error">{error}</p>}
    </section>
  );
}
