import type { PeerClient } from '../../../../packages/kit/src';

/** One number of an order, as numbering prices it. */
export interface OrderedNumber {
  id: string;
  e164: string;
  setupMinor: number;
  monthlyMinor: number;
  currency: string;
}

/** What billing needs of a number order to quote and check it out; null when missing or not the caller's. */
export interface NumberOrderFacts {
  id: string;
  accountId: string;
  state: string;
  /** When the order's numbers are released unless it is paid. */
  holdUntil: Date | null;
  lines: OrderedNumber[];
}

const ORDER = /* GraphQL */ `
  query NumberOrderForBilling($id: ID!) {
    numberOrder(id: $id) {
      id
      state
      account {
        id
      }
      reservation {
        expiresAt
      }
      lines {
        id
        e164
        setupPrice {
          amountMinor
          currency
        }
        monthlyPrice {
          amountMinor
          currency
        }
      }
    }
  }
`;

interface OrderAnswer {
  numberOrder: {
    id: string;
    state: string;
    account: { id: string };
    reservation: { expiresAt: string } | null;
    lines: { id: string; e164: string; setupPrice: { amountMinor: number; currency: string }; monthlyPrice: { amountMinor: number; currency: string } }[];
  } | null;
}

/**
 * The facts billing reads from numbering (read-only, as the caller: numbering applies its own
 * tenancy rule). Numbering owns orders and their prices; billing freezes them in a quote.
 */
export function createNumberingFacts(client: PeerClient) {
  return {
    async numberOrder(id: string): Promise<NumberOrderFacts | null> {
      const { numberOrder: order } = await client.query<OrderAnswer>('numbering', ORDER, { id });
      if (!order) return null;
      return {
        id: order.id,
        accountId: order.account.id,
        state: order.state,
        holdUntil: order.reservation ? new Date(order.reservation.expiresAt) : null,
        lines: order.lines.map((line) => ({
          id: line.id,
          e164: line.e164,
          setupMinor: line.setupPrice.amountMinor,
          monthlyMinor: line.monthlyPrice.amountMinor,
          currency: line.monthlyPrice.currency,
        })),
      };
    },
  };
}

export type NumberingFacts = ReturnType<typeof createNumberingFacts>;
