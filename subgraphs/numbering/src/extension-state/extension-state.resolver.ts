import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { NumberingContext } from '../context';
import { InboundRoute } from '../phone-number/inbound-route.type';
import { RoutedExtensionState } from './extension-state.entity';
import { extensionStates } from './extension-state.service';

@Resolver(() => InboundRoute)
export class InboundRouteExtensionStateResolver {
  @FieldResolver(() => RoutedExtensionState, {
    nullable: true,
    description: 'For FORWARD_TO_EXTENSION: whether that extension still exists (REMOVED: calls ring nobody; change the route). Null for other actions.',
  })
  async extensionState(@Root() route: InboundRoute, @Ctx() ctx: NumberingContext): Promise<RoutedExtensionState | null> {
    if (!route.extensionId) return null;
    return extensionStates.routedState(await ctx.loaders.extensionState.load(route.extensionId), route.accountId);
  }
}
