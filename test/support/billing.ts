import { mutate } from './extensions';
import type { Stack } from './stack';

/** Saves a French business's billing profile (quotes need one), through the gateway. */
export async function saveFrenchBillingProfile(stack: Stack, token: string, legalName: string): Promise<void> {
  const saved = await mutate(
    stack,
    token,
    `mutation($input: SaveBillingProfileInput!) { saveBillingProfile(input: $input) { userErrors { code field message } } }`,
    {
      legalName,
      addressLine1: '1 rue de Rivoli',
      postalCode: '75001',
      city: 'Paris',
      countryCode: 'FR',
      customerKind: 'BUSINESS',
      siren: '552100554',
    },
  );
  if (saved.userErrors.length) throw new Error(`billing profile refused: ${JSON.stringify(saved.userErrors)}`);
}

/** requestNumberOrderQuote with the quote's id and totals. */
export const REQUEST_NUMBER_ORDER_QUOTE = /* GraphQL */ `
  mutation ($input: RequestNumberOrderQuoteInput!) {
    requestNumberOrderQuote(input: $input) {
      quote {
        id
        summary {
          totalDueNow {
            amountMinor
          }
        }
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`;

/** checkoutQuote with the payment's state. */
export const PAY_QUOTE = /* GraphQL */ `
  mutation ($input: CheckoutQuoteInput!) {
    checkoutQuote(input: $input) {
      quote {
        id
        state
      }
      payment {
        id
        state
        nextActionUrl
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`;
