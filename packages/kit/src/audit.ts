import { Directive, Field, ObjectType } from 'type-graphql';
import { hasPermission, type Caller } from './caller';

/** Who created and last changed a row, and when. Subjects are token subjects (`sub`). */
export interface AuditedRow {
  createdAt: Date;
  createdBy: string | null;
  updatedAt: Date;
  updatedBy: string | null;
}

@Directive('@shareable')
@ObjectType({ description: 'Who created and last changed an object, and when. Shown to staff only (the staff:read permission).' })
export class Audit implements AuditedRow {
  @Field({ description: 'When the object was created.' })
  createdAt!: Date;

  @Field(() => String, { nullable: true, description: 'Token subject of whoever created it; null for data that predates auditing (seeds, imports).' })
  createdBy!: string | null;

  @Field({ description: 'When the object last changed.' })
  updatedAt!: Date;

  @Field(() => String, { nullable: true, description: 'Token subject of whoever changed it last; null for data that predates auditing.' })
  updatedBy!: string | null;
}

/** The audit trail of a row for staff holding staff:read; null for everyone else (customers see no subjects). */
export function auditFor(caller: Caller | null, row: AuditedRow): Audit | null {
  if (caller?.role !== 'STAFF' || !hasPermission(caller, 'staff:read')) return null;
  return Object.assign(new Audit(), { createdAt: row.createdAt, createdBy: row.createdBy, updatedAt: row.updatedAt, updatedBy: row.updatedBy });
}
