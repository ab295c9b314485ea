/**
 * The request the customer area makes to show a whole account (first page of each list, `$first`
 * items, 20 by default). Shared by the end-to-end tests and the benchmark, which must send the same
 * request, so it lives here rather than in test code.
 */
export const WHOLE_ACCOUNT_QUERY = /* GraphQL */ `
  query WholeAccount($first: Int = 20) {
    viewer {
      role
      account {
        id
        name
        countryCode
        currency
        billingEmail
        monthlyTotal {
          amountMinor
          currency
          formatted
        }
        subscriptions {
          id
          quantity
          active
          monthlyAmount {
            amountMinor
          }
          plan {
            id
            code
            family
            name
            pricePerUser {
              amountMinor
              currency
            }
            destinationCount
            destinations {
              code
              name
            }
          }
        }
        extensions(first: $first) {
          totalCount
          pageInfo {
            hasNextPage
            endCursor
          }
          edges {
            cursor
            node {
              id
              number
              displayName
              email
              state
              voicemailEnabled
              plan {
                id
                name
              }
            }
          }
        }
        phoneNumbers(first: $first) {
          totalCount
          pageInfo {
            hasNextPage
            endCursor
          }
          edges {
            node {
              id
              e164
              type
              state
              locality
              country {
                code
                name
              }
              routing {
                action
                forwardTo
                extension {
                  id
                  number
                  displayName
                }
              }
              identity {
                id
                legalName
                reviewState
              }
            }
          }
        }
        identities(first: $first) {
          totalCount
          edges {
            node {
              id
              kind
              legalName
              reviewState
              country {
                code
              }
              missingDocumentKinds
              documents {
                kind
                state
                fileName
              }
            }
          }
        }
      }
    }
  }
`;
