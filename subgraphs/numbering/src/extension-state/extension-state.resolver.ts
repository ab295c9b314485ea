import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { NumberingContext } from '../context';
import { Extension } from '../external/extension.stub';
import { InboundRoute } from '../phone-number/inbound-route.type';
import { RoutedExtensionState } from './extension-state.entity';
import { extensionStates } from './extension-state.service';

@Resolver(() => InboundRoute)
export class InboundRouteExtensionStateResolver {
  @FieldResolver(() => Extension, {
    nullable: true,
    description:
      'The extension that rings, for FORWARD_TO_EXTENSION, or whose voicemail answers, for EXTENSION_VOICEMAIL; null once that extension was removed (see `extensionState`).',
  })
  async extension(@Root() route: InboundRoute, @Ctx() ctx: NumberingContext): Promise<Extension | null> {
    if (!route.extensionId) return null;
    const state = extensionStates.routedState(await ctx.loaders.extensionState.load(route.extensionId), route.accountId);
    return state === RoutedExtensionState.REMOVED ? null : Object.assign(new Extension(), { id: route.extensionId });
  }

  @FieldResolver(() => RoutedExtensionState, {
    nullable: true,
    description:
      'For FORWARD_TO_EXTENSION and EXTENSION_VOICEMAIL: whether that extension still exists (REMOVED: calls ring nobody; change the route). Null for other actions.',
  })
  async extensionState(@Root() route: InboundRoute, @Ctx() ctx: NumberingContext): Promise<RoutedExtensionState | null> {
    if (!route.extensionId) return null;
    return extensionStates.routedState(await ctx.loaders.extensionState.load(route.extensionId), route.accountId);
  }
}
