import type { Permission } from '../../packages/kit/src';

/**
 * What the attack matrix needs to know about B's own side of a mutation: input that SUCCEEDS when
 * it acts on B's own objects. The matrix then swaps, one at a time, every id in that input (found
 * from the schema) for one of account A's, so that only the tenancy rule stands between B and A;
 * and sends the same valid input with a token lacking `permission`, which must be FORBIDDEN.
 *
 * Every mutation of the schema needs an entry: a new mutation without one fails the matrix,
 * naming what to add here.
 */
export interface RecipeContext {
  /** B's account id (the harness adds it as `accountId` for staff, who must name the account). */
  accountId: string;
  /** A fresh extension of account B (created for this call), to change or remove. */
  freshExtension(): Promise<{ id: string; version: number }>;
  /** One of B's phone numbers. */
  ownPhoneNumber(): string;
  /** A plan of the public catalogue. */
  plan(code: string): string;
  /** An extension number nobody in B's account uses yet (4 digits, never a short code). */
  unusedExtensionNumber(): string;
  /** A display name nobody uses yet. */
  uniqueName(prefix: string): string;
}

export interface MutationRecipe {
  /** The permission a customer needs (staff need staff:write for writes on customers' objects). */
  permission: Permission;
  /** Input that succeeds for B's owner acting on B's own objects. */
  validInput(b: RecipeContext): Promise<Record<string, unknown>>;
}

export const MUTATION_RECIPES: Record<string, MutationRecipe> = {
  createExtension: {
    permission: 'extensions:write',
    validInput: async (b) => ({
      number: b.unusedExtensionNumber(),
      displayName: b.uniqueName('New'),
      email: 'new.user@attacker.example',
      outboundCallerIdNumberId: b.ownPhoneNumber(),
      planId: b.plan('PS-EUROPE'),
    }),
  },
  updateExtension: {
    permission: 'extensions:write',
    validInput: async (b) => {
      const extension = await b.freshExtension();
      return {
        id: extension.id,
        expectedVersion: extension.version,
        number: b.unusedExtensionNumber(),
        displayName: b.uniqueName('Renamed'),
        outboundCallerIdNumberId: b.ownPhoneNumber(),
        planId: b.plan('PS-WORLD'),
      };
    },
  },
  deleteExtension: {
    permission: 'extensions:write',
    validInput: async (b) => {
      const extension = await b.freshExtension();
      return { id: extension.id, expectedVersion: extension.version };
    },
  },
};
