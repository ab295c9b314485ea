import { userError } from '../../../../packages/kit/src';
import { RESERVATION_MINUTES } from './reservation.entity';

export const RESERVATION_USER_ERROR_CODES = {
  NUMBER_UNAVAILABLE: 'The number is reserved or sold to someone else, or not on sale: search again and choose another.',
  INVALID_NUMBER_SELECTION: 'Choose 1 to 10 different numbers.',
  RESERVATION_EXPIRED: `The reservation ran out (they last ${RESERVATION_MINUTES} minutes, extendable once): its numbers were released. Reserve again.`,
  RESERVATION_ALREADY_EXTENDED: 'A reservation can be extended once only.',
  RESERVATION_NOT_ACTIVE: 'The reservation was already ordered, cancelled or sold.',
} as const;

export const reservationErrors = {
  unavailable: (e164: string, index: number) => userError('NUMBER_UNAVAILABLE', `${e164} is no longer available; choose another number.`, `numberIds.${index}`),
  unknown: (index: number) => userError('NOT_FOUND', 'No number on sale with this id.', `numberIds.${index}`),
  selection: () => userError('INVALID_NUMBER_SELECTION', 'Choose 1 to 10 different numbers.', 'numberIds'),
  expired: (field = 'id') => userError('RESERVATION_EXPIRED', 'This reservation ran out and its numbers were released; reserve them again.', field),
  alreadyExtended: () => userError('RESERVATION_ALREADY_EXTENDED', `This reservation was already extended once; order and pay before it runs out.`, 'id'),
  notActive: (field = 'id') => userError('RESERVATION_NOT_ACTIVE', 'This reservation was already ordered, cancelled or sold.', field),
};
