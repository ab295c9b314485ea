import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { canAccessAccount, ConnectionType, emptyPage, loadPage, PageArgs, requireCaller, requirePermission, type Page } from '../../../../packages/kit/src';
import type { NumberingContext } from '../context';
import { Account } from '../external/account.stub';
import { NumberPrice } from '../inventory/number-price.type';
import { InboundRoute } from '../phone-number/inbound-route.type';
import { PhoneNumber } from '../phone-number/phone-number.entity';
import { NumberReservation } from '../reservation/reservation.entity';
import { NumberOrder, NumberOrderHistoryEntry, NumberOrderLine } from './number-order.entity';
import { CancelNumberOrderInput, CreateNumberOrderInput, NumberOrderFilter } from './number-order.inputs';
import { NumberOrderPayload } from './number-order.payloads';

export const NumberOrderConnection = ConnectionType('NumberOrder', NumberOrder, 'number order');
export const NumberOrderHistoryConnection = ConnectionType('NumberOrderHistory', NumberOrderHistoryEntry, 'step of the order');

@Resolver(() => NumberOrder)
export class NumberOrderResolver {
  @Query(() => NumberOrder, { nullable: true, description: 'A number order by id; null when not found or not yours.' })
  numberOrder(@Arg('id', () => ID, { description: 'Order id.' }) id: string, @Ctx() ctx: NumberingContext): Promise<NumberOrder | null> {
    requireCaller(ctx.caller);
    return ctx.loaders.numberOrder.load(id);
  }

  @Query(() => NumberOrderConnection, { description: 'Every account’s number orders, sorted by id (staff only: needs the staff:read permission).' })
  numberOrders(
    @Arg('filter', () => NumberOrderFilter, { nullable: true, description: 'Narrows the list.' }) filter: NumberOrderFilter | null,
    @Args() page: PageArgs,
    @Ctx() ctx: NumberingContext,
  ): Promise<Page<NumberOrder>> {
    requirePermission(ctx.caller, 'staff:read');
    return loadPage({
      repository: ctx.db.getRepository(NumberOrder),
      sort: 'id',
      page,
      filter: (query) => (filter?.accountId ? query.where('row.accountId = :accountId', { accountId: filter.accountId }) : query),
    });
  }

  @FieldResolver(() => Account, { description: 'The account that ordered.' })
  account(@Root() order: NumberOrder): Account {
    return Object.assign(new Account(), { id: order.accountId });
  }

  @FieldResolver(() => ID, { description: 'Id of the identity the numbers are registered to (compliance owns identities).' })
  identityId(@Root() order: NumberOrder): string {
    return order.identityId;
  }

  @FieldResolver(() => NumberReservation, { nullable: true, description: 'The reservation the order was made from.' })
  reservation(@Root() order: NumberOrder, @Ctx() ctx: NumberingContext): Promise<NumberReservation | null> {
    return ctx.loaders.reservation.load(order.reservationId);
  }

  @FieldResolver(() => [NumberOrderLine], { description: 'One line per number, by E.164, each with its own outcome.' })
  lines(@Root() order: NumberOrder, @Ctx() ctx: NumberingContext): Promise<NumberOrderLine[]> {
    return ctx.loaders.orderLines.load(order.id);
  }

  @FieldResolver(() => NumberOrderHistoryConnection, {
    description: 'The steps of the order and of its numbers, oldest first (a rejected identity submitted again adds steps each time).',
  })
  history(@Root() order: NumberOrder, @Args() page: PageArgs, @Ctx() ctx: NumberingContext): Promise<Page<NumberOrderHistoryEntry>> {
    return ctx.loaders.orderHistoryPage.load({ orderId: order.id, page });
  }

  @Mutation(() => NumberOrderPayload, {
    description:
      'Orders the numbers of a reservation with their inbound action and identity (state DRAFT; payment follows). Needs the numbers:purchase permission (staff: staff:write).',
  })
  createNumberOrder(
    @Arg('input', () => CreateNumberOrderInput, { description: 'The reservation, action and identity.' }) input: CreateNumberOrderInput,
    @Ctx() ctx: NumberingContext,
  ): Promise<NumberOrderPayload> {
    return ctx.services.orders.create(input);
  }

  @Mutation(() => NumberOrderPayload, {
    description: 'Cancels an unpaid order; its numbers go back on sale at once. Needs the numbers:purchase permission (staff: staff:write).',
  })
  cancelNumberOrder(
    @Arg('input', () => CancelNumberOrderInput, { description: 'The order to cancel.' }) input: CancelNumberOrderInput,
    @Ctx() ctx: NumberingContext,
  ): Promise<NumberOrderPayload> {
    return ctx.services.orders.cancel(input);
  }
}

@Resolver(() => NumberOrderLine)
export class NumberOrderLineResolver {
  @FieldResolver(() => NumberPrice, { description: 'One-time fee of this number.' })
  setupPrice(@Root() line: NumberOrderLine): NumberPrice {
    return NumberPrice.of(line.setupPriceMinor, line.currency);
  }

  @FieldResolver(() => NumberPrice, { description: 'Monthly fee of this number.' })
  monthlyPrice(@Root() line: NumberOrderLine): NumberPrice {
    return NumberPrice.of(line.monthlyPriceMinor, line.currency);
  }

  @FieldResolver(() => InboundRoute, { description: 'What the number will do when called.' })
  async inboundAction(@Root() line: NumberOrderLine, @Ctx() ctx: NumberingContext): Promise<InboundRoute> {
    // The order was loaded to reach its lines: the loader answers from its cache.
    const order = (await ctx.loaders.numberOrder.load(line.orderId))!;
    return InboundRoute.of(order.accountId, { action: line.routeAction, extensionId: line.routeExtensionId, forwardTo: line.routeForwardTo });
  }

  @FieldResolver(() => PhoneNumber, { nullable: true, description: 'The account’s number once ACTIVE; null before, and for failed lines.' })
  phoneNumber(@Root() line: NumberOrderLine, @Ctx() ctx: NumberingContext): Promise<PhoneNumber | null> | null {
    return line.phoneNumberId ? ctx.loaders.phoneNumber.load(line.phoneNumberId) : null;
  }
}

@Resolver(() => Account)
export class AccountNumberOrdersResolver {
  @FieldResolver(() => NumberOrderConnection, {
    nullable: true,
    description: 'Number orders of the account (the Number Orders tab), by id. Null only when the numbering service is unavailable.',
  })
  numberOrders(@Root() account: Account, @Args() page: PageArgs, @Ctx() ctx: NumberingContext): Promise<Page<NumberOrder>> | Page<NumberOrder> {
    if (!canAccessAccount(ctx.caller, account.id)) return emptyPage<NumberOrder>();
    return ctx.loaders.numberOrderPage.load({ accountId: account.id, page });
  }
}

export const numberOrderReference = {
  __resolveReference: (reference: { id: string }, ctx: NumberingContext) => ctx.loaders.numberOrder.load(reference.id),
};
