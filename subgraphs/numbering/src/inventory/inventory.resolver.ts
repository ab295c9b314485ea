import { Arg, Args, Ctx, Field, FieldResolver, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { ConnectionType, Country, loadPage, MAX_LOCALITIES, PageArgs, parseE164, requireCaller, type Page } from '../../../../packages/kit/src';
import type { NumberingContext } from '../context';
import { PhoneNumberType } from '../phone-number/phone-number.entity';
import { InventoryNumber, InventoryState } from './inventory-number.entity';
import { AvailableNumberFilter } from './inventory.inputs';
import { checkSearchFilter } from './inventory.rules';
import { CATALOG_CURRENCY } from './inventory-catalog';
import { NumberPrice } from './number-price.type';

export const InventoryNumberConnection = ConnectionType('InventoryNumber', InventoryNumber, 'number on sale');

@ObjectType({ description: 'A city or area with local numbers on sale, for the location picker.' })
export class Locality {
  @Field({ description: 'Name of the locality, as `availablePhoneNumbers(filter: { locality })` takes it.' })
  name!: string;

  @Field(() => Int, { description: 'How many numbers of the asked type are on sale there now.' })
  availableCount!: number;
}

@ObjectType({ description: 'A country whose numbers the provider sells: the first step of the order form.' })
export class CountryOnSale {
  @Field(() => Country, { description: 'The country.' })
  country!: Country;

  @Field({ description: 'ISO 4217 currency its numbers are priced in, for example "EUR" (an account buys numbers in its own currency).' })
  currency!: string;
}

@Resolver(() => InventoryNumber)
export class InventoryResolver {
  @Query(() => [CountryOnSale], {
    description: 'Countries whose numbers are sold, by code (the inventory catalogue): the country picker of the order form, before `localities`.',
  })
  countriesOnSale(@Ctx() ctx: NumberingContext): CountryOnSale[] {
    requireCaller(ctx.caller);
    return Object.entries(CATALOG_CURRENCY)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([code, currency]) => Object.assign(new CountryOnSale(), { country: Country.of(code), currency }));
  }

  @Query(() => InventoryNumberConnection, {
    description: 'Numbers on sale now, sorted by E.164: filter by country, locality, type and digits, then reserve the ones you want (`reservePhoneNumbers`).',
  })
  async availablePhoneNumbers(
    @Arg('filter', () => AvailableNumberFilter, { description: 'Country (required), locality, type, digits.' }) filter: AvailableNumberFilter,
    @Args() page: PageArgs,
    @Ctx() ctx: NumberingContext,
  ): Promise<Page<InventoryNumber>> {
    requireCaller(ctx.caller);
    const search = checkSearchFilter(filter);
    return loadPage({
      repository: ctx.db.getRepository(InventoryNumber),
      sort: 'e164',
      page,
      filter: (query) => {
        query.where('row.countryCode = :country AND row.state = :available', { country: search.countryCode, available: InventoryState.AVAILABLE });
        if (search.locality) query.andWhere('row.locality = :locality', { locality: search.locality });
        if (search.type) query.andWhere('row.type = :type', { type: search.type });
        if (search.e164Like) query.andWhere('row.e164 LIKE :like', { like: search.e164Like });
        return query;
      },
    });
  }

  @Query(() => [Locality], {
    description: `Localities of a country with numbers of a type on sale now, by name (the first ${MAX_LOCALITIES}): the location picker of the order form.`,
  })
  async localities(
    @Arg('countryCode', { description: 'Two-letter ISO country code, for example "FR".' }) countryCode: string,
    @Arg('type', () => PhoneNumberType, { defaultValue: PhoneNumberType.LOCAL, description: 'Kind of number (geographic numbers by default).' })
    type: PhoneNumberType,
    @Ctx() ctx: NumberingContext,
  ): Promise<Locality[]> {
    requireCaller(ctx.caller);
    const search = checkSearchFilter({ countryCode });
    const rows = await ctx.db
      .getRepository(InventoryNumber)
      .createQueryBuilder('row')
      .select('row.locality', 'name')
      .addSelect('COUNT(*)', 'available')
      .where('row.countryCode = :country AND row.state = :available AND row.type = :type AND row.locality IS NOT NULL', {
        country: search.countryCode,
        available: InventoryState.AVAILABLE,
        type,
      })
      .groupBy('row.locality')
      .orderBy('row.locality')
      // The cost rules count this list at its documented maximum (fixed-size-lists.ts): the cap keeps it true.
      .limit(MAX_LOCALITIES)
      .getRawMany<{ name: string; available: string | number }>();
    return rows.map((row) => Object.assign(new Locality(), { name: row.name, availableCount: Number(row.available) }));
  }

  @FieldResolver(() => Country, { description: 'Country of the number.' })
  country(@Root() number: InventoryNumber): Country {
    return Country.of(number.countryCode);
  }

  @FieldResolver(() => String, { description: 'The number as dialled in its country, for example "01 42 34 56 78".' })
  nationalFormat(@Root() number: InventoryNumber): string {
    return parseE164(number.e164)?.national ?? number.e164;
  }

  @FieldResolver(() => NumberPrice, { description: 'One-time fee when the number is activated.' })
  setupPrice(@Root() number: InventoryNumber): NumberPrice {
    return NumberPrice.of(number.setupPriceMinor, number.currency);
  }

  @FieldResolver(() => NumberPrice, { description: 'Monthly fee while the account keeps the number.' })
  monthlyPrice(@Root() number: InventoryNumber): NumberPrice {
    return NumberPrice.of(number.monthlyPriceMinor, number.currency);
  }
}

/** Numbers on sale are public facts for any signed-in caller; a reference loads through the request's loader. */
export const inventoryNumberReference = {
  __resolveReference: (reference: { id: string }, ctx: NumberingContext) => {
    requireCaller(ctx.caller);
    return ctx.loaders.inventoryNumber.load(reference.id);
  },
};
