import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

export enum PhoneNumberType {
  LOCAL = 'LOCAL',
  MOBILE = 'MOBILE',
  TOLL_FREE = 'TOLL_FREE',
  NATIONAL = 'NATIONAL',
}
registerEnumType(PhoneNumberType, {
  name: 'PhoneNumberType',
  description: 'Kind of number, as the national numbering plan defines it.',
  valuesConfig: {
    LOCAL: { description: 'Geographic number tied to a locality.' },
    MOBILE: { description: 'Mobile number.' },
    TOLL_FREE: { description: 'Free to call for the caller.' },
    NATIONAL: { description: 'Non-geographic number valid across the country.' },
  },
});

export enum PhoneNumberState {
  ACTIVE = 'ACTIVE',
  PENDING_IDENTITY = 'PENDING_IDENTITY',
  SUSPENDED = 'SUSPENDED',
}
registerEnumType(PhoneNumberState, {
  name: 'PhoneNumberState',
  description: 'Where a number stands in its life.',
  valuesConfig: {
    ACTIVE: { description: 'In service: inbound calls follow its route.' },
    PENDING_IDENTITY: { description: 'Ordered, waiting for its identity to be approved before service starts.' },
    SUSPENDED: { description: 'Out of service; calls are refused.' },
  },
});

export enum RouteAction {
  FORWARD_TO_EXTENSION = 'FORWARD_TO_EXTENSION',
  FORWARD_TO_NUMBER = 'FORWARD_TO_NUMBER',
  VOICEMAIL = 'VOICEMAIL',
  EXTENSION_VOICEMAIL = 'EXTENSION_VOICEMAIL',
  HANG_UP = 'HANG_UP',
}
registerEnumType(RouteAction, {
  name: 'RouteAction',
  description: 'What happens when the number is called.',
  valuesConfig: {
    FORWARD_TO_EXTENSION: { description: 'Rings an extension of the account.' },
    FORWARD_TO_NUMBER: { description: 'Forwards to an external number (E.164).' },
    VOICEMAIL: { description: 'Goes straight to the account voicemail.' },
    EXTENSION_VOICEMAIL: { description: "Goes straight to an extension's voicemail." },
    HANG_UP: { description: 'Plays the closed message and hangs up.' },
  },
});

@Directive('@key(fields: "id")')
@ObjectType({ description: 'A phone number the account holds.' })
@Entity({ name: 'phone_numbers' })
@Index('uq_phone_numbers_e164', ['e164'], { unique: true })
@Index('ix_phone_numbers_account_e164', ['accountId', 'e164'])
@Index('ix_phone_numbers_route_extension', ['routeExtensionId'])
export class PhoneNumber {
  @Field(() => ID, { description: 'Phone number id.' })
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ name: 'account_id', type: 'varchar', length: 36 })
  accountId!: string;

  @Field({ description: 'The number in E.164 form, for example "+33187654321".' })
  @Column({ type: 'varchar', length: 16 })
  e164!: string;

  @Column({ name: 'country_code', type: 'varchar', length: 2 })
  countryCode!: string;

  @Field(() => String, { nullable: true, description: 'City or area of a local number.' })
  @Column({ type: 'varchar', length: 100, nullable: true })
  locality!: string | null;

  @Field(() => PhoneNumberType, { description: 'Kind of number.' })
  @Column({ type: 'varchar', length: 16 })
  type!: PhoneNumberType;

  @Field(() => PhoneNumberState, { description: 'Service state of the number.' })
  @Column({ type: 'varchar', length: 24 })
  state!: PhoneNumberState;

  @Column({ name: 'route_action', type: 'varchar', length: 32 })
  routeAction!: RouteAction;

  /** Telephony owns extensions, so this is a reference by id, not a foreign key. */
  @Column({ name: 'route_extension_id', type: 'varchar', length: 36, nullable: true })
  routeExtensionId!: string | null;

  @Column({ name: 'route_forward_to', type: 'varchar', length: 16, nullable: true })
  routeForwardTo!: string | null;

  @Field(() => Int, { description: 'Grows by one on every change; `updatePhoneNumberRouting` and `releasePhoneNumber` take it.' })
  @Column({ type: 'int', default: 1 })
  version!: number;

  @Field({ description: 'When the number was added to the account.' })
  @CreateDateColumn({ name: 'created_at', type: 'datetime' })
  createdAt!: Date;
}
