import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { oneByKey } from '../common/loaders/loader-helpers';
import type { LoaderSource } from '../common/loaders/loaders';
import { BookingQueriesService } from './bookings/booking-queries.service';
import { NextFreeService } from './bookings/next-free.service';
import { FormatsService } from './formats/formats.service';

@Injectable()
export class WorkbenchLoaders implements LoaderSource {
  constructor(
    private readonly formats: FormatsService,
    private readonly bookings: BookingQueriesService,
    private readonly nextFree: NextFreeService,
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
      /** The next free time of each format asked for, all computed together. */
      nextFreeSlot: new DataLoader<string, Date | null>(async (ids) => {
        const times = await this.nextFree.nextFree(await this.formats.findByIds(ids));
        return ids.map((id) => times.get(id) ?? null);
      }),
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
