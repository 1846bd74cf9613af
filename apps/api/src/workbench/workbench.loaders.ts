import { Injectable } from '@nestjs/common';
import { oneByKey } from '../common/loaders/loader-helpers';
import type { LoaderSource } from '../common/loaders/loaders';
import { BookingQueriesService } from './bookings/booking-queries.service';
import { FormatsService } from './formats/formats.service';

@Injectable()
export class WorkbenchLoaders implements LoaderSource {
  constructor(
    private readonly formats: FormatsService,
    private readonly bookings: BookingQueriesService,
  ) {}

  create() {
    return {
      consultationFormat: oneByKey(
        (ids: readonly string[]) => this.formats.findByIds(ids),
        (f) => f.id,
        'Consultation format',
      ),
      advisor: oneByKey(
        (ids: readonly string[]) => this.formats.advisorsByIds(ids),
        (a) => a.id,
        'Advisor',
      ),
      contact: oneByKey(
        (ids: readonly string[]) => this.bookings.contactsByIds(ids),
        (c) => c.id,
        'Person',
      ),
    };
  }
}

declare module '../common/loaders/loaders' {
  interface Loaders extends ReturnType<WorkbenchLoaders['create']> {}
}
