import { registerEnumType } from '@nestjs/graphql';
import { OrganisationKind, ParticipantRole, ProjectStatus, RegionKey, Side, SizeBand, TopicFieldKey } from '@wiw/db';

registerEnumType(Side, { name: 'Side', description: 'The two sides of the partnership.' });
registerEnumType(RegionKey, { name: 'RegionKey', description: 'Dortmund, the five Südwestfalen districts, and OTHER.' });
registerEnumType(OrganisationKind, { name: 'OrganisationKind' });
registerEnumType(SizeBand, { name: 'SizeBand', description: 'Employees: MICRO <10, SMALL <50, MEDIUM <250, LARGE 250+.' });
registerEnumType(TopicFieldKey, { name: 'TopicFieldKey', description: 'The five topic fields of the initiative.' });
registerEnumType(ProjectStatus, { name: 'ProjectStatus' });
registerEnumType(ParticipantRole, { name: 'ParticipantRole' });

export { OrganisationKind, ParticipantRole, ProjectStatus, RegionKey, Side, SizeBand, TopicFieldKey };
