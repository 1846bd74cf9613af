import { registerEnumType } from '@nestjs/graphql';
import { CoworkingAccessibility, CoworkingAmenity, DeskBookingStatus } from '@wiw/db';

registerEnumType(CoworkingAmenity, { name: 'CoworkingAmenity', description: 'What a co-working place offers besides desks.' });
registerEnumType(CoworkingAccessibility, { name: 'CoworkingAccessibility', description: 'Accessibility features of a co-working place.' });
registerEnumType(DeskBookingStatus, { name: 'DeskBookingStatus' });

export { CoworkingAccessibility, CoworkingAmenity, DeskBookingStatus };
