import { registerEnumType } from '@nestjs/graphql';
import {
  ContactRequestStatus,
  ContactSide,
  NeedKind,
  NeedStatus,
  OfferKind,
  OfferStatus,
  RemoteMode,
  SkillCategory,
  SkillLevel,
  SkillWeight,
} from '@wiw/db';

registerEnumType(SkillCategory, { name: 'SkillCategory' });
registerEnumType(SkillLevel, { name: 'SkillLevel', description: 'BASIC < INTERMEDIATE < EXPERT.' });
registerEnumType(SkillWeight, { name: 'SkillWeight', description: 'REQUIRED weighs three times NICE_TO_HAVE in matching.' });
registerEnumType(NeedKind, { name: 'NeedKind' });
registerEnumType(RemoteMode, { name: 'RemoteMode' });
registerEnumType(NeedStatus, { name: 'NeedStatus', description: 'DRAFT → OPEN → FILLED | CLOSED; open needs close after 90 days unless renewed.' });
registerEnumType(OfferKind, {
  name: 'OfferKind',
  description: 'TALENT offers come from individuals and are pseudonymous until contact is accepted.',
});
registerEnumType(OfferStatus, { name: 'OfferStatus' });
registerEnumType(ContactSide, { name: 'ContactSide', description: 'Which side sent a contact request: the need’s or the offer’s.' });
registerEnumType(ContactRequestStatus, { name: 'ContactRequestStatus' });

export { ContactRequestStatus, ContactSide, NeedKind, NeedStatus, OfferKind, OfferStatus, RemoteMode, SkillCategory, SkillLevel, SkillWeight };
