import { Field, ObjectType } from 'type-graphql';
import { UserErrorsPayload } from '../user-errors';
import { NumberOrder } from './number-order.entity';

@ObjectType({ description: 'Result of createNumberOrder and cancelNumberOrder.' })
export class NumberOrderPayload extends UserErrorsPayload {
  @Field(() => NumberOrder, { nullable: true, description: 'The order as it now is; null when userErrors says why not.' })
  order!: NumberOrder | null;
}
