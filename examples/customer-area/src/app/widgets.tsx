import type { ReactNode } from 'react';
import type { UserErrorFieldsFragment } from '../gql/graphql';
import type { Loaded } from './use-query';

export function Loading() {
  return (
    <p className="muted" role="status">
      Loading…
    </p>
  );
}

export function Failure({ message }: { message: string }) {
  return (
    <p className="error" role="alert">
      {message}
    </p>
  );
}

/** Loading, error or the content. */
export function Show<T>({ loaded, children }: { loaded: Loaded<T>; children: (data: T) => ReactNode }) {
  if (loaded.state === 'loading') return <Loading />;
  if (loaded.state === 'error') return <Failure message={loaded.message} />;
  return <>{children(loaded.data)}</>;
}

/** The user errors naming this field (or, with field null, the ones naming no field we show). */
export function FieldErrors({ errors, field, shown = [] }: { errors: UserErrorFieldsFragment[]; field: string | null; shown?: string[] }) {
  const mine = errors.filter((e) => (field === null ? !e.field || !shown.some((f) => e.field!.startsWith(f)) : e.field?.startsWith(field)));
  if (mine.length === 0) return null;
  return (
    <ul className="field-errors" role="alert">
      {mine.map((e, i) => (
        <li key={i} data-code={e.code}>
          {e.message}
        </li>
      ))}
    </ul>
  );
}

/** A card's title with the Order Now button (the Number Orders and Numbers Orders tabs of My plans). */
export function OrderNowHeader({ title }: { title: string }) {
  return (
    <div className="row spread">
      <h2>{title}</h2>
      <a className="button" href="#/numbers/new">
        Order Now
      </a>
    </div>
  );
}
