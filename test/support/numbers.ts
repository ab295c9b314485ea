import type { DataSource } from 'typeorm';
import { InventoryNumber, InventoryState } from '../../subgraphs/numbering/src/inventory/inventory-number.entity';
import type { Stack } from './stack';

/** GraphQL documents and helpers shared by the number-ordering suites. */

export const SEARCH = /* GraphQL */ `
  query Search($filter: AvailableNumberFilter!, $first: Int, $after: String) {
    availablePhoneNumbers(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          e164
          nationalFormat
          locality
          type
          state
          country {
            code
          }
          setupPrice {
            amountMinor
            currency
            formatted
          }
          monthlyPrice {
            amountMinor
            currency
          }
        }
      }
    }
  }
`;

export const RESERVATION_FIELDS = 'id state expiresAt extended version numbers { id e164 state }';

export const RESERVE = /* GraphQL */ `
  mutation Reserve($input: ReservePhoneNumbersInput!) {
    reservePhoneNumbers(input: $input) { reservation { ${RESERVATION_FIELDS} } userErrors { code field message } }
  }
`;

export const ORDER_FIELDS = /* GraphQL */ `
  id state version identityId account { id } reservation { id state }
  lines { id e164 type locality state failureReason setupPrice { amountMinor currency } monthlyPrice { amountMinor currency }
          inboundAction { action extension { id } forwardTo } phoneNumber { id e164 state routing { action extension { id } } } }
  history(first: 50) { totalCount edges { node { id event e164 fromState toState actor at } } }
`;

export const CREATE_ORDER = /* GraphQL */ `
  mutation Order($input: CreateNumberOrderInput!) {
    createNumberOrder(input: $input) { order { ${ORDER_FIELDS} } userErrors { code field message } }
  }
`;

export const CANCEL_ORDER = /* GraphQL */ `
  mutation Cancel($input: CancelNumberOrderInput!) {
    cancelNumberOrder(input: $input) { order { ${ORDER_FIELDS} } userErrors { code field message } }
  }
`;

export const numberingDb = (stack: Stack): DataSource => stack.subgraphs.numbering.subgraph.dataSource;

/** Ids of available inventory numbers of a country (and locality), straight from the database. */
export async function availableNumbers(
  stack: Stack,
  where: { countryCode?: string; locality?: string; type?: InventoryNumber['type'] },
  count: number,
): Promise<InventoryNumber[]> {
  return numberingDb(stack)
    .getRepository(InventoryNumber)
    .find({ where: { ...where, state: InventoryState.AVAILABLE }, order: { e164: 'ASC' }, take: count });
}
