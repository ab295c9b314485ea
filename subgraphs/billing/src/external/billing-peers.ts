/** Where billing's peers listen in the local default layout; `<NAME>_URL` overrides each. */
export const BILLING_PEERS = {
  // Extensions and their plans, to check Edit and Remove lines (telephony-facts.ts).
  telephony: 'http://127.0.0.1:4002/graphql',
  // A number order's lines and prices, to quote it (number-order/numbering-facts.ts).
  numbering: 'http://127.0.0.1:4003/graphql',
};
