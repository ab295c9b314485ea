import type { Caller } from '../../packages/kit/src';

export interface GatewayContext {
  caller: Caller | null;
  requestId: string;
}
