import { Field, ObjectType } from 'type-graphql';
import { UserErrorsPayload } from '../user-errors';
import { NumberReservation } from './reservation.entity';

@ObjectType({ description: 'Result of reservePhoneNumbers, extendReservation and cancelReservation.' })
export class ReservationPayload extends UserErrorsPayload {
  @Field(() => NumberReservation, { nullable: true, description: 'The reservation as it now is; null when userErrors says why not.' })
  reservation!: NumberReservation | null;
}
