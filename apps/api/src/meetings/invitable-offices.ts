import { Field, ID, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { Inject, Injectable } from '@nestjs/common';
import type { PrismaClient } from '@wiw/db';
import { RequestLocale } from '../common/graphql/locale.decorator';
import type { Locale } from '../common/i18n/locale';
import { PRISMA } from '../database/database.module';

@ObjectType({ description: 'An office one may invite to a meeting: its title and organisation (not who holds it).' })
export class InvitableOffice {
  @Field(() => ID)
  id: string;

  @Field({ description: "Title in the caller's language, e.g. Bürgermeister/in." })
  title: string;

  @Field()
  organisationName: string;
}

/** The offices of the partnership's member organisations, for the organisers' invitation form. */
@Injectable()
export class InvitableOfficesService {
  constructor(@Inject(PRISMA) private readonly prisma: PrismaClient) {}

  async list(locale: Locale): Promise<InvitableOffice[]> {
    const rows = await this.prisma.office.findMany({
      where: { organisation: { isMember: true } },
      select: { id: true, titleDe: true, titleEn: true, organisation: { select: { name: true } } },
    });
    const offices = rows.map((row) =>
      Object.assign(new InvitableOffice(), {
        id: row.id,
        title: locale === 'en' ? row.titleEn : row.titleDe,
        organisationName: row.organisation.name,
      }),
    );
    const order = new Intl.Collator(locale);
    return offices.sort((a, b) => order.compare(a.title, b.title) || order.compare(a.organisationName, b.organisationName));
  }
}

@Resolver(() => InvitableOffice)
export class InvitableOfficesResolver {
  constructor(private readonly service: InvitableOfficesService) {}

  @Query(() => [InvitableOffice], {
    description:
      "The offices of the partnership's member organisations one may invite to a meeting (signed in; titles and organisations, no holders).",
  })
  invitableOffices(@RequestLocale() locale: Locale): Promise<InvitableOffice[]> {
    return this.service.list(locale);
  }
}
