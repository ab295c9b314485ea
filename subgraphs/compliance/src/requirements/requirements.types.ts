import { Field, Int, ObjectType } from 'type-graphql';
import { Country } from '../../../../packages/kit/src';
import { DocumentKind } from '../document/document-kind';
import { IdentityKind, NumberUse, RequirementCode, type Gap, type Requirements } from './requirements';

@ObjectType({ description: 'One way to satisfy a document requirement: every kind listed.' })
export class DocumentOption {
  @Field(() => [DocumentKind], { description: 'The documents that together satisfy the requirement.' })
  kinds!: DocumentKind[];
}

@ObjectType('DocumentRequirement', { description: 'A document requirement: any one of its options.' })
export class DocumentRequirementType {
  @Field(() => RequirementCode, { description: 'What the documents prove.' })
  code!: RequirementCode;

  @Field(() => [DocumentOption], { description: 'Alternatives, for example ID card front and back, or a passport.' })
  options!: DocumentOption[];

  @Field(() => Int, { nullable: true, description: 'The document must have been issued less than this many days ago; null when its own expiry date counts.' })
  maxAgeDays!: number | null;
}

@ObjectType({ description: 'What an identity must provide to back numbers of a country and kind.' })
export class IdentityRequirements {
  @Field(() => Country, { description: 'Country of the numbers.' })
  country!: Country;

  @Field(() => NumberUse, { description: 'Kind of number.' })
  numberUse!: NumberUse;

  @Field(() => IdentityKind, { description: 'Business or individual.' })
  kind!: IdentityKind;

  @Field(() => [RequirementCode], { description: 'Form fields required.' })
  fields!: RequirementCode[];

  @Field(() => [DocumentRequirementType], { description: 'Documents required.' })
  documents!: DocumentRequirementType[];

  static of(r: Requirements): IdentityRequirements {
    return Object.assign(new IdentityRequirements(), {
      country: Country.of(r.countryCode),
      numberUse: r.use,
      kind: r.kind,
      fields: r.fields,
      documents: r.documents.map((d) =>
        Object.assign(new DocumentRequirementType(), {
          code: d.code,
          maxAgeDays: d.maxAgeDays,
          options: d.anyOf.map((kinds) => Object.assign(new DocumentOption(), { kinds })),
        }),
      ),
    });
  }
}

@ObjectType({ description: 'Something an identity still lacks for a given use.' })
export class MissingRequirement implements Gap {
  @Field(() => RequirementCode, { description: 'The requirement not met.' })
  code!: RequirementCode;

  @Field(() => [DocumentKind], { description: 'For a document requirement, the kinds that would meet it; empty for a field.' })
  documentKinds!: DocumentKind[];

  @Field({ description: 'What to do, in English.' })
  message!: string;
}
