import { Field, ID, InputType } from 'type-graphql';
import { RouteAction } from '../phone-number/phone-number.entity';

@InputType({ description: 'What happens when the number is called. Give `extensionId` or `forwardTo` only where the action needs it.' })
export class InboundActionInput {
  @Field(() => RouteAction, { description: 'The action.' })
  action!: RouteAction;

  @Field(() => ID, { nullable: true, description: 'For FORWARD_TO_EXTENSION and EXTENSION_VOICEMAIL: an extension of the account.' })
  extensionId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'For FORWARD_TO_NUMBER: a valid E.164 number ("+33612345678") that is neither premium-rate nor shared-cost (such as French 081 to 089).',
  })
  forwardTo?: string | null;
}
