import { Directive, Field, ObjectType } from 'type-graphql';

const names = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });

/** ISO 3166-1 alpha-2 country, named in English. A value type every subgraph may return. */
@Directive('@shareable')
@ObjectType({ description: 'A country (ISO 3166-1 alpha-2).' })
export class Country {
  @Field({ description: 'Two-letter ISO 3166-1 code, for example "FR".' })
  code!: string;

  @Field({ description: 'English name of the country.' })
  name!: string;

  static of(code: string): Country {
    return Object.assign(new Country(), { code, name: names.of(code) ?? code });
  }
}
