import { Field, InputType } from 'type-graphql';
import { PhoneNumberType } from '../phone-number/phone-number.entity';

@InputType({ description: 'Which numbers on sale to list; conditions combine with AND.' })
export class AvailableNumberFilter {
  @Field({ description: 'Two-letter ISO country code, for example "FR".' })
  countryCode!: string;

  @Field(() => String, { nullable: true, description: 'Only local numbers of this locality, as `localities` names it (for example "Paris").' })
  locality?: string | null;

  @Field(() => PhoneNumberType, { nullable: true, description: 'Only numbers of this kind.' })
  type?: PhoneNumberType | null;

  @Field(() => String, {
    nullable: true,
    description: 'Only numbers whose national number contains these digits; "*" stands for any one digit (for example "12*4"). 1 to 15 characters.',
  })
  digits?: string | null;
}
