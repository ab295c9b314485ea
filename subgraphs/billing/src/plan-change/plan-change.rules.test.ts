import type { PricedPlan } from '../quote/pricing';
import { checkPlanChangeLines, type ExtensionFact, type LineFacts } from './plan-change.rules';

const plans = new Map<string, PricedPlan>(
  [
    { id: 'eu', name: 'Phone System Europe', family: 'PHONE_SYSTEM', pricePerUserMinor: 2500 },
    { id: 'ww', name: 'Phone System World', family: 'PHONE_SYSTEM', pricePerUserMinor: 4000 },
    { id: 'pd', name: 'Predictive Dialer', family: 'PREDICTIVE_DIALER', pricePerUserMinor: 6900 },
  ].map((p) => [p.id, p]),
);
const extensions = new Map<string, ExtensionFact>([
  ['e1', { id: 'e1', number: '901', planId: 'eu' }],
  ['e2', { id: 'e2', number: '902', planId: 'eu' }],
  ['e3', { id: 'e3', number: '903', planId: null }],
]);
const phone: LineFacts = {
  family: 'PHONE_SYSTEM',
  plans,
  seatsBefore: new Map([
    ['eu', 3],
    ['ww', 0],
  ]),
  extensions,
};
const dialer: LineFacts = { family: 'PREDICTIVE_DIALER', plans, seatsBefore: new Map([['pd', 5]]), extensions: new Map() };
const none = { additions: [], edits: [], removals: [] };
const codes = (checked: ReturnType<typeof checkPlanChangeLines>) => (checked.ok ? [] : checked.userErrors.map((e) => `${e.code}@${e.field}`));

describe('plan change lines', () => {
  it('accepts the three tabs and orders them Add, Edit, Remove', () => {
    const checked = checkPlanChangeLines(
      { additions: [{ planId: 'ww', quantity: 2 }], edits: [{ extensionId: 'e1', planId: 'ww' }], removals: [{ extensionId: 'e2' }] },
      phone,
    );
    expect(checked.ok && checked.value.map((l) => `${l.kind}:${l.planId}:${l.fromPlanId}:${l.extensionNumber}:${l.quantity}`)).toEqual([
      'ADD:ww:null:null:2',
      'EDIT:ww:eu:901:1',
      'REMOVE:eu:null:902:1',
    ]);
  });

  it('names the line of every fault', () => {
    expect(
      codes(
        checkPlanChangeLines(
          {
            ...none,
            additions: [
              { planId: 'pd', quantity: 1 },
              { planId: 'eu', quantity: 0 },
              { planId: 'nope', quantity: 1 },
            ],
          },
          phone,
        ),
      ),
    ).toEqual(['PLAN_NOT_IN_FAMILY@additions[0].planId', 'QUANTITY_OUT_OF_RANGE@additions[1].quantity', 'PLAN_NOT_IN_FAMILY@additions[2].planId']);
    expect(
      codes(
        checkPlanChangeLines(
          {
            ...none,
            edits: [
              { extensionId: 'x', planId: 'ww' },
              { extensionId: 'e1', planId: 'eu' },
            ],
          },
          phone,
        ),
      ),
    ).toEqual(['EXTENSION_NOT_FOUND@edits[0].extensionId', 'INVALID_LINE@edits[1].planId']);
    expect(
      codes(checkPlanChangeLines({ ...none, removals: [{ extensionId: 'e3' }, { planId: 'eu' }, { extensionId: 'e1', planId: 'eu', quantity: 1 }] }, phone)),
    ).toEqual(['INVALID_LINE@removals[0].extensionId', 'QUANTITY_OUT_OF_RANGE@removals[1].quantity', 'INVALID_LINE@removals[2]']);
    expect(codes(checkPlanChangeLines({ ...none, edits: [{ extensionId: 'e1', planId: 'pd' }] }, dialer))).toEqual(['INVALID_LINE@edits[0]']);
  });

  it('never removes seats that extensions not named still use', () => {
    // Europe: 3 users, 2 extensions: 1 free seat.
    expect(checkPlanChangeLines({ ...none, removals: [{ planId: 'eu', quantity: 1 }] }, phone).ok).toBe(true);
    expect(codes(checkPlanChangeLines({ ...none, removals: [{ planId: 'eu', quantity: 2 }] }, phone))).toEqual(['SEATS_IN_USE@removals[0].quantity']);
    // Naming an extension frees its own seat: 902 removed plus 1 by quantity leaves 1 user for 901.
    expect(checkPlanChangeLines({ ...none, removals: [{ extensionId: 'e2' }, { planId: 'eu', quantity: 1 }] }, phone).ok).toBe(true);
    // Adding first makes room.
    expect(checkPlanChangeLines({ ...none, additions: [{ planId: 'eu', quantity: 1 }], removals: [{ planId: 'eu', quantity: 2 }] }, phone).ok).toBe(true);
    expect(codes(checkPlanChangeLines({ ...none, removals: [{ planId: 'pd', quantity: 6 }] }, dialer))).toEqual(['SEATS_IN_USE@removals[0].quantity']);
  });

  it('bounds quantities, plan sizes and line counts', () => {
    expect(codes(checkPlanChangeLines({ ...none, additions: Array.from({ length: 11 }, () => ({ planId: 'pd', quantity: 100 })) }, dialer))).toEqual([
      'QUANTITY_OUT_OF_RANGE@additions[10].quantity',
    ]);
    expect(codes(checkPlanChangeLines({ ...none, additions: Array.from({ length: 101 }, () => ({ planId: 'pd', quantity: 1 })) }, dialer))).toEqual([
      'TOO_MANY_LINES@null',
    ]);
    expect(codes(checkPlanChangeLines({ ...none, edits: [{ extensionId: 'e1', planId: 'ww' }], removals: [{ extensionId: 'e1' }] }, phone))).toEqual([
      'DUPLICATE_EXTENSION@removals[0].extensionId',
    ]);
  });
});
