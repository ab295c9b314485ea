import { Field, ObjectType } from 'type-graphql';
import { RouteAction } from './phone-number.entity';

@ObjectType({ description: 'Where inbound calls to a number go.' })
export class InboundRoute {
  @Field(() => RouteAction, { description: 'What happens on an inbound call.' })
  action!: RouteAction;

  @Field(() => String, { nullable: true, description: 'The E.164 number calls go to, for FORWARD_TO_NUMBER.' })
  forwardTo!: string | null;

  /** Not fields: what `extension` and `extensionState` resolve from (extension-state/extension-state.resolver.ts). */
  accountId!: string;
  extensionId!: string | null;

  /** The route of a number or an order line of `accountId`; the extension only for the actions that ring one. */
  static of(accountId: string, route: { action: RouteAction; extensionId: string | null; forwardTo: string | null }): InboundRoute {
    const ringsExtension = route.action === RouteAction.FORWARD_TO_EXTENSION || route.action === RouteAction.EXTENSION_VOICEMAIL;
    return Object.assign(new InboundRoute(), {
      action: route.action,
      forwardTo: route.forwardTo,
      accountId,
      extensionId: ringsExtension ? route.extensionId : null,
    });
  }
}
