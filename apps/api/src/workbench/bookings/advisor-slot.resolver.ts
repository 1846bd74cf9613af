import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { RequestLoaders } from '../../common/graphql/locale.decorator';
import type { Loaders } from '../../common/loaders/loaders';
import { ConsultationFormat } from '../formats/format.model';
import { AdvisorSlot } from './booking.model';

@Resolver(() => AdvisorSlot)
export class AdvisorSlotResolver {
  @ResolveField(() => ConsultationFormat)
  async format(@Parent() slot: AdvisorSlot, @RequestLoaders() loaders: Loaders): Promise<ConsultationFormat> {
    return ConsultationFormat.from(await loaders.consultationFormat.load(slot.formatId));
  }
}
