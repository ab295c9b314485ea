import { Arg, Args, Ctx, Field, ID, InputType, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { ConnectionType, likeStartsWith, loadPage, PageArgs, requirePermission, type Page } from '../../../../packages/kit/src';
import type { BillingContext } from '../context';
import { PaymentState } from '../payment/payment-state';
import { Payment } from '../payment/payment.entity';
import { UserErrorsPayload } from '../user-errors';
import { Invoice } from './invoice.entity';
import { InvoiceConnection } from './invoice.resolver';

export const PaymentConnection = ConnectionType('Payment', Payment, 'payment');

@InputType({ description: 'A credit note against an invoice (staff).' })
export class IssueCreditNoteInput {
  @Field(() => ID, { description: 'The invoice to credit in full.' })
  invoiceId!: string;

  @Field({ description: 'Why, shown on the credit note: 1 to 200 characters.' })
  reason!: string;
}

@ObjectType({ description: 'Result of issueCreditNote.' })
export class IssueCreditNotePayload extends UserErrorsPayload {
  @Field(() => Invoice, {
    nullable: true,
    description: 'The credit note (kind CREDIT_NOTE, its own number, amounts negated); null when userErrors says why not.',
  })
  creditNote!: Invoice | null;
}

/** Staff views and writes across accounts; every field needs `staff:billing`. */
@Resolver()
export class StaffBillingResolver {
  @Query(() => InvoiceConnection, { description: 'Staff (`staff:billing`): invoices and credit notes of every account, by number, optionally narrowed.' })
  staffInvoices(
    @Args() page: PageArgs,
    @Ctx() ctx: BillingContext,
    @Arg('accountId', () => ID, { nullable: true, description: "Only this account's." }) accountId?: string | null,
    @Arg('numberPrefix', () => String, { nullable: true, description: 'Only numbers starting with this, for example "2026-".' }) numberPrefix?: string | null,
  ): Promise<Page<Invoice>> {
    requirePermission(ctx.caller, 'staff:billing');
    return loadPage({
      repository: ctx.db.getRepository(Invoice),
      sort: 'number',
      page,
      filter: (query) => {
        if (accountId) query.andWhere('row.accountId = :accountId', { accountId });
        if (numberPrefix) query.andWhere("row.number LIKE :prefix ESCAPE '!'", { prefix: likeStartsWith(numberPrefix.slice(0, 20)) });
        return query;
      },
    });
  }

  @Query(() => PaymentConnection, { description: 'Staff (`staff:billing`): payments of every account, oldest first, optionally narrowed.' })
  staffPayments(
    @Args() page: PageArgs,
    @Ctx() ctx: BillingContext,
    @Arg('accountId', () => ID, { nullable: true, description: "Only this account's." }) accountId?: string | null,
    @Arg('state', () => PaymentState, { nullable: true, description: 'Only payments in this state.' }) state?: PaymentState | null,
  ): Promise<Page<Payment>> {
    requirePermission(ctx.caller, 'staff:billing');
    return loadPage({
      repository: ctx.db.getRepository(Payment),
      sort: 'startedAt',
      page,
      filter: (query) => {
        if (accountId) query.andWhere('row.accountId = :accountId', { accountId });
        if (state) query.andWhere('row.state = :state', { state });
        return query;
      },
    });
  }

  @Mutation(() => IssueCreditNotePayload, {
    description: 'Staff (`staff:billing`): cancels an invoice with a credit note, a new numbered document; the invoice is never edited.',
  })
  issueCreditNote(
    @Arg('input', () => IssueCreditNoteInput, { description: 'The invoice and the reason.' }) input: IssueCreditNoteInput,
    @Ctx() ctx: BillingContext,
  ): Promise<IssueCreditNotePayload> {
    return ctx.creditNotes.issue(ctx.caller, input);
  }
}
