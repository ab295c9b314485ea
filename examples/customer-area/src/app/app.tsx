import { useEffect, useState } from 'react';
import type { PlanFamily } from '../gql/graphql';
import { Identities, NewIdentity } from './identities';
import { MyPlans } from './my-plans';
import { OrderNumber, OrderTracker, PayNumberOrder } from './number-orders';
import { PaymentReturn } from './payment-return';
import { PlanChangePage } from './plan-change';
import { session } from './session';
import { SignIn } from './sign-in';
import { StaffReview } from './staff-review';

/** Routes are the location hash (#/plans, #/change/PHONE_SYSTEM); the 3-D Secure return is a path. */
function useRoute(): string {
  const [route, setRoute] = useState(location.hash.slice(1) || '/plans');
  useEffect(() => {
    const onChange = () => setRoute(location.hash.slice(1) || '/plans');
    addEventListener('hashchange', onChange);
    return () => removeEventListener('hashchange', onChange);
  }, []);
  return route;
}

export function App() {
  const [token, setToken] = useState(session.token());
  const route = useRoute();
  if (!token)
    return (
      <Shell>
        <SignIn
          onSignedIn={(t) => {
            session.signIn(t);
            setToken(t);
          }}
        />
      </Shell>
    );
  const signOut = () => {
    session.signOut();
    setToken(null);
  };
  let page;
  if (location.pathname === '/payment-return') page = <PaymentReturn />;
  else if (route.startsWith('/change/')) page = <PlanChangePage key={route} family={route.slice('/change/'.length) as PlanFamily} />;
  else if (route === '/identities') page = <Identities />;
  else if (route === '/identities/new') page = <NewIdentity key="new" />;
  else if (route.startsWith('/identities/')) page = <NewIdentity key={route} existingId={route.slice('/identities/'.length)} />;
  else if (route === '/review') page = <StaffReview />;
  else if (route === '/numbers/new') page = <OrderNumber />;
  else if (route.startsWith('/numbers/pay/')) page = <PayNumberOrder key={route} orderId={route.slice('/numbers/pay/'.length)} />;
  else if (route.startsWith('/numbers/')) page = <OrderTracker key={route} orderId={route.slice('/numbers/'.length)} />;
  else page = <MyPlans />;
  return <Shell onSignOut={signOut}>{page}</Shell>;
}

function Shell({ children, onSignOut }: { children: React.ReactNode; onSignOut?: () => void }) {
  return (
    <div className="shell">
      <header>
        <a href="/#/plans" className="brand">
          Customer area
        </a>
        {onSignOut && (
          <nav className="main-nav">
            <a href="/#/plans">My plans</a>
            <a href="/#/identities">Identities</a>
            <a href="/#/review">Staff review</a>
            <button className="link" onClick={onSignOut}>
              Sign out
            </button>
          </nav>
        )}
      </header>
      <main>{children}</main>
    </div>
  );
}
