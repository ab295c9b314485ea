import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Account } from '../account/account.entity';

export enum InvoiceKind {
  INVOICE = 'INVOICE',
  CREDIT_NOTE = 'CREDIT_NOTE',
}
registerEnumType(InvoiceKind, {
  name: 'InvoiceKind',
  description: 'An invoice, or a credit note against one (a new numbered document: an invoice is never edited).',
  valuesConfig: { INVOICE: { description: 'An invoice.' }, CREDIT_NOTE: { description: 'A credit note cancelling all or part of an invoice.' } },
});

export enum InvoiceStatus {
  OPEN = 'OPEN',
  PAID = 'PAID',
}
registerEnumType(InvoiceStatus, {
  name: 'InvoiceStatus',
  description: 'Whether an invoice is settled.',
  valuesConfig: {
    OPEN: { description: 'Not paid yet: a renewal whose off-session charge failed; pay it with confirmPayment.' },
    PAID: { description: 'Paid (or, for a credit note, issued: nothing to pay).' },
  },
});

/**
 * An issued invoice: every field the law asks for is copied in at issue time (seller, buyer,
 * VAT, mentions), so an invoice never changes when a profile or the catalogue does. The lines and
 * VAT per rate are structured data, ready for a Factur-X (EN 16931) export later.
 */
@ObjectType({ description: 'An invoice (or credit note) of the account, numbered without gaps per year.' })
@Entity({ name: 'invoices' })
@Index('uq_invoices_number', ['number'], { unique: true })
@Index('uq_invoices_payment', ['paymentId'], { unique: true })
@Index('ix_invoices_account', ['accountId', 'number'])
@Index('uq_invoices_credited', ['creditedInvoiceId'], { unique: true })
export class Invoice {
  @Field(() => ID, { description: 'Invoice id.' })
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ name: 'account_id', type: 'varchar', length: 36 })
  accountId!: string;

  @ManyToOne(() => Account, { onDelete: 'RESTRICT', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'account_id', foreignKeyConstraintName: 'fk_invoices_account' })
  account?: Account;

  @Field({ description: 'Number, sequential without gaps per year: "2026-000001".' })
  @Column({ type: 'varchar', length: 20 })
  number!: string;

  @Field(() => InvoiceStatus, { description: 'Whether it is paid.' })
  @Column({ type: 'varchar', length: 8 })
  status!: InvoiceStatus;

  @Field(() => InvoiceKind, { description: 'Invoice or credit note.' })
  @Column({ type: 'varchar', length: 16 })
  kind!: InvoiceKind;

  /** The payment it documents (null for a credit note or a renewal left unpaid). */
  @Column({ name: 'payment_id', type: 'varchar', length: 36, nullable: true })
  paymentId!: string | null;

  @Column({ name: 'quote_id', type: 'varchar', length: 36, nullable: true })
  quoteId!: string | null;

  /** A credit note: the invoice it cancels (one credit note per invoice). */
  @Column({ name: 'credited_invoice_id', type: 'varchar', length: 36, nullable: true })
  creditedInvoiceId!: string | null;

  @Field(() => String, { nullable: true, description: 'A credit note: why it was issued.' })
  @Column({ name: 'credit_reason', type: 'varchar', length: 200, nullable: true })
  creditReason!: string | null;

  /** Staff subject who issued a credit note; null for invoices issued by a payment. */
  @Column({ name: 'created_by', type: 'varchar', length: 255, nullable: true })
  createdBy!: string | null;

  @Field({ description: 'Issue date (ISO, Europe/Paris).' })
  @Column({ name: 'issued_on', type: 'varchar', length: 10 })
  issuedOn!: string;

  @Field({ description: 'Due date (ISO); the issue date for an invoice paid by card at checkout.' })
  @Column({ name: 'due_on', type: 'varchar', length: 10 })
  dueOn!: string;

  @Column({ name: 'seller', type: 'simple-json' })
  seller!: { legalName: string; legalForm: string; shareCapital: string; siren: string; vatNumber: string; address: string };

  @Field({ description: "The buyer's legal name." })
  @Column({ name: 'buyer_legal_name', type: 'varchar', length: 200 })
  buyerLegalName!: string;

  @Column({ name: 'buyer_address', type: 'varchar', length: 600 })
  buyerAddress!: string;

  @Field(() => String, { nullable: true, description: "The buyer's VAT number, when it has one." })
  @Column({ name: 'buyer_vat_number', type: 'varchar', length: 20, nullable: true })
  buyerVatNumber!: string | null;

  @Column({ type: 'varchar', length: 3 })
  currency!: string;

  @Column({ name: 'subtotal_minor', type: 'int' })
  subtotalMinor!: number;

  @Field(() => Int, { description: 'VAT rate in basis points (2000 = 20 %).' })
  @Column({ name: 'vat_rate_basis_points', type: 'int' })
  vatRateBasisPoints!: number;

  @Column({ name: 'vat_minor', type: 'int' })
  vatMinor!: number;

  @Column({ name: 'total_minor', type: 'int' })
  totalMinor!: number;

  @Field(() => String, { nullable: true, description: 'Reverse-charge ("Autoliquidation") or not-subject mention; null for plain VAT.' })
  @Column({ name: 'vat_mention', type: 'varchar', length: 500, nullable: true })
  vatMention!: string | null;

  @Field({ description: 'When the invoice was issued.' })
  @CreateDateColumn({ name: 'created_at', type: 'datetime' })
  createdAt!: Date;
}

@ObjectType({ description: 'One line of an invoice.' })
@Entity({ name: 'invoice_lines' })
@Index('ix_invoice_lines_invoice', ['invoiceId', 'position'])
export class InvoiceLine {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ name: 'invoice_id', type: 'varchar', length: 36 })
  invoiceId!: string;

  @ManyToOne(() => Invoice, { onDelete: 'CASCADE', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'invoice_id', foreignKeyConstraintName: 'fk_invoice_lines_invoice' })
  invoice?: Invoice;

  @Column({ type: 'int' })
  position!: number;

  @Field({ description: 'What is invoiced, in English.' })
  @Column({ type: 'varchar', length: 300 })
  description!: string;

  @Field(() => Int, { description: 'Users invoiced.' })
  @Column({ type: 'int' })
  quantity!: number;

  @Column({ name: 'amount_minor', type: 'int' })
  amountMinor!: number;

  @Column({ type: 'varchar', length: 3 })
  currency!: string;
}

/** The last number issued per year: the row lock of its UPDATE makes numbers gapless and unique. */
@Entity({ name: 'invoice_sequences' })
export class InvoiceSequence {
  @PrimaryColumn({ type: 'int' })
  year!: number;

  @Column({ name: 'last_number', type: 'int' })
  lastNumber!: number;
}
