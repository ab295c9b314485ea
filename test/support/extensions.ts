import { Extension } from '../../subgraphs/telephony/src/extension/extension.entity';
import type { Stack } from './stack';

/** GraphQL documents and helpers shared by the extension suites. */

export const EXTENSION_FIELDS = /* GraphQL */ `
  id number displayName email voicemailEnabled state version
  plan { id code family }
  outboundCallerIdNumber { id e164 }
  account { id }
  audit { createdBy updatedBy createdAt updatedAt }
`;

export const CREATE_EXTENSION = /* GraphQL */ `
  mutation Create($input: CreateExtensionInput!) {
    createExtension(input: $input) { extension { ${EXTENSION_FIELDS} } userErrors { code field message } }
  }
`;

export const UPDATE_EXTENSION = /* GraphQL */ `
  mutation Update($input: UpdateExtensionInput!) {
    updateExtension(input: $input) { extension { ${EXTENSION_FIELDS} } userErrors { code field message } }
  }
`;

export const DELETE_EXTENSION = /* GraphQL */ `
  mutation Delete($input: DeleteExtensionInput!) {
    deleteExtension(input: $input) {
      deletedExtensionId
      blockingNumbers
      blockingNumberCount
      userErrors {
        code
        field
        message
      }
    }
  }
`;

export interface UserErrorResult {
  code: string;
  field: string | null;
  message: string;
}

/** Runs a mutation and returns its payload, failing loudly on any GraphQL error. */
export async function mutate(stack: Stack, token: string, document: string, input: Record<string, unknown>): Promise<any> {
  const { status, body } = await stack.request(token, document, { input });
  if (status !== 200 || body.errors) throw new Error(`unexpected errors (${status}): ${JSON.stringify(body.errors)}`);
  const [payload] = Object.values(body.data as Record<string, unknown>);
  return payload;
}

/** `CODE@field` of each user error, to compare compactly. */
export const codes = (payload: { userErrors: UserErrorResult[] }) => payload.userErrors.map((e) => `${e.code}@${e.field}`);

/** The account's extension rows straight from telephony's database (what was really written). */
export function extensionRows(stack: Stack, accountId: string): Promise<Extension[]> {
  return stack.subgraphs.telephony.subgraph.dataSource.getRepository(Extension).find({ where: { accountId }, order: { number: 'ASC' } });
}
