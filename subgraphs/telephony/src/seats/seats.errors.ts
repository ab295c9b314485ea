import { userError } from '../../../../packages/kit/src';

export const SEAT_USER_ERROR_CODES = {
  NO_FREE_SEAT:
    'Every seat of the plan is taken by an extension: buy one more (Upgrade/Downgrade, Add tab), or remove or move an extension of that plan first.',
} as const;

export const seatErrors = {
  noFreeSeat: (quantity: number) =>
    userError(
      'NO_FREE_SEAT',
      quantity === 0
        ? 'The account has no seat on this plan. Buy one in Upgrade/Downgrade, Add tab (startPlanChange, then updatePlanChange additions, requestQuote and checkout), then try again.'
        : `All ${quantity} seat${quantity === 1 ? '' : 's'} of this plan are taken. Buy one more in Upgrade/Downgrade, Add tab (startPlanChange, then updatePlanChange additions, requestQuote and checkout), or free one by moving or removing an extension.`,
      'planId',
    ),
};
