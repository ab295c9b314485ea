import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { requireCaller } from '../../../../packages/kit/src';
import type { NumberingContext } from '../context';
import { InventoryNumber } from '../inventory/inventory-number.entity';
import { NumberReservation } from './reservation.entity';
import { CancelReservationInput, ExtendReservationInput, ReservePhoneNumbersInput } from './reservation.inputs';
import { ReservationPayload } from './reservation.payloads';

@Resolver(() => NumberReservation)
export class ReservationResolver {
  @Query(() => NumberReservation, { nullable: true, description: 'A reservation by id; null when not found or not yours.' })
  numberReservation(@Arg('id', () => ID, { description: 'Reservation id.' }) id: string, @Ctx() ctx: NumberingContext): Promise<NumberReservation | null> {
    requireCaller(ctx.caller);
    return ctx.loaders.reservation.load(id);
  }

  @FieldResolver(() => [InventoryNumber], { description: 'The numbers reserved, by E.164.' })
  async numbers(@Root() reservation: NumberReservation, @Ctx() ctx: NumberingContext): Promise<InventoryNumber[]> {
    return (await ctx.loaders.reservationNumbers.load(reservation.id)).map((entry) => entry.number);
  }

  @Mutation(() => ReservationPayload, {
    description:
      'Reserves numbers on sale for the account for 15 minutes (extendable once), every one or none. A number taken meanwhile gives NUMBER_UNAVAILABLE. Needs the numbers:purchase permission (staff: staff:write).',
  })
  reservePhoneNumbers(
    @Arg('input', () => ReservePhoneNumbersInput, { description: 'The numbers to reserve.' }) input: ReservePhoneNumbersInput,
    @Ctx() ctx: NumberingContext,
  ): Promise<ReservationPayload> {
    return ctx.services.reservations.reserve(input);
  }

  @Mutation(() => ReservationPayload, {
    description: 'Gives a reservation 15 more minutes from now, once. Needs the numbers:purchase permission (staff: staff:write).',
  })
  extendReservation(
    @Arg('input', () => ExtendReservationInput, { description: 'The reservation to extend.' }) input: ExtendReservationInput,
    @Ctx() ctx: NumberingContext,
  ): Promise<ReservationPayload> {
    return ctx.services.reservations.extend(input);
  }

  @Mutation(() => ReservationPayload, {
    description: 'Releases the numbers of a reservation not yet ordered, at once. Needs the numbers:purchase permission (staff: staff:write).',
  })
  cancelReservation(
    @Arg('input', () => CancelReservationInput, { description: 'The reservation to give up.' }) input: CancelReservationInput,
    @Ctx() ctx: NumberingContext,
  ): Promise<ReservationPayload> {
    return ctx.services.reservations.cancel(input);
  }
}

export const reservationReference = {
  __resolveReference: (reference: { id: string }, ctx: NumberingContext) => ctx.loaders.reservation.load(reference.id),
};
