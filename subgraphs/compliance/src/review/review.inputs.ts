import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { RejectionReason } from './rejection-reasons';

export enum DocumentDecision {
  APPROVE = 'APPROVE',
  REJECT = 'REJECT',
}
registerEnumType(DocumentDecision, {
  name: 'DocumentDecision',
  description: "A reviewer's decision on a document.",
  valuesConfig: { APPROVE: { description: 'The document proves what it should.' }, REJECT: { description: 'The document is refused; give a reason.' } },
});

@InputType({ description: "A reviewer's decision on one document of an identity in review." })
export class DecideIdentityDocumentInput {
  @Field(() => ID, { description: 'Document id.' })
  documentId!: string;

  @Field(() => Int, { description: "The document's `version` you read; if another reviewer decided first, VERSION_CONFLICT." })
  expectedVersion!: number;

  @Field(() => DocumentDecision, { description: 'Approve or reject.' })
  decision!: DocumentDecision;

  @Field(() => RejectionReason, { nullable: true, description: 'Required to reject: the reason from the list.' })
  reason?: RejectionReason | null;

  @Field(() => String, { nullable: true, description: 'A note for the customer (shown with the reason), at most 500 characters.' })
  note?: string | null;

  @Field(() => Date, { nullable: true, description: 'To approve an ID card or passport: its expiry date read on it.' })
  validUntil?: Date | null;

  @Field(() => Date, { nullable: true, description: 'To approve a KBIS or a proof of address: its issue date read on it (valid 3 months from then).' })
  issuedOn?: Date | null;
}
