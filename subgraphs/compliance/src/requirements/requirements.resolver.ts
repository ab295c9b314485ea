import { Arg, Directive, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { parseE164 } from '../../../../packages/kit/src';
import { InventoryNumber } from '../external/inventory-number.stub';
import { PhoneNumber } from '../external/phone-number.stub';
import { checkCountry } from '../identity/identity.rules';
import { IdentityKind, NumberUse, requirementsFor } from './requirements';
import { IdentityRequirements } from './requirements.types';

/** The kind of number libphonenumber (the kit's phone-numbers.ts) reads from an E.164 number, in our terms. */
export function numberUseOf(e164: string): { countryCode: string; use: NumberUse } | null {
  const parsed = parseE164(e164);
  if (!parsed || parsed.regionCode === 'ZZ') return null;
  const type = parsed.kind;
  const use =
    type === 'MOBILE'
      ? NumberUse.MOBILE
      : type === 'TOLL_FREE'
        ? NumberUse.TOLL_FREE
        : type === 'FIXED_LINE' || type === 'FIXED_LINE_OR_MOBILE'
          ? NumberUse.LOCAL
          : NumberUse.NATIONAL;
  return { countryCode: parsed.regionCode, use };
}

@Resolver()
export class RequirementsResolver {
  @Query(() => IdentityRequirements, {
    nullable: true,
    description: 'What an identity must provide to back numbers of this country and kind; null for a country code that does not exist. Public reference data.',
  })
  identityRequirements(
    @Arg('countryCode', { description: 'Country of the numbers (ISO 3166-1 alpha-2).' }) countryCode: string,
    @Arg('numberUse', () => NumberUse, { description: 'Kind of number.' }) numberUse: NumberUse,
    @Arg('kind', () => IdentityKind, { description: 'Business or individual.' }) kind: IdentityKind,
  ): IdentityRequirements | null {
    const country = checkCountry(countryCode);
    return country.ok ? IdentityRequirements.of(requirementsFor(country.value, numberUse, kind)) : null;
  }
}

@Resolver(() => PhoneNumber)
export class PhoneNumberRequirementsResolver {
  @Directive('@requires(fields: "e164")')
  @FieldResolver(() => IdentityRequirements, {
    nullable: true,
    description:
      'What an identity of this kind must provide to back this number (country and kind of number read from its E.164 form); null when they cannot be told.',
  })
  identityRequirements(
    @Root() number: PhoneNumber,
    @Arg('kind', () => IdentityKind, { description: 'Business or individual.' }) kind: IdentityKind,
  ): IdentityRequirements | null {
    const use = number.e164 ? numberUseOf(number.e164) : null;
    return use ? IdentityRequirements.of(requirementsFor(use.countryCode, use.use, kind)) : null;
  }
}

@Resolver(() => InventoryNumber)
export class InventoryNumberRequirementsResolver {
  @Directive('@requires(fields: "e164")')
  @FieldResolver(() => IdentityRequirements, {
    nullable: true,
    description:
      'What an identity of this kind must provide to back this number once bought (country and kind of number read from its E.164 form); null when they cannot be told.',
  })
  identityRequirements(
    @Root() number: InventoryNumber,
    @Arg('kind', () => IdentityKind, { description: 'Business or individual.' }) kind: IdentityKind,
  ): IdentityRequirements | null {
    const use = number.e164 ? numberUseOf(number.e164) : null;
    return use ? IdentityRequirements.of(requirementsFor(use.countryCode, use.use, kind)) : null;
  }
}

/** Compliance only adds fields to InventoryNumber: a reference resolves to itself (with `e164` when required). */
export const inventoryNumberReference = {
  __resolveReference: (reference: { id: string; e164?: string }) => Object.assign(new InventoryNumber(), { id: reference.id, e164: reference.e164 }),
};
