import { describe, expect, it } from 'vitest';
import { GraphQLRequestError } from '../../lib/graphql-client';
import {
  entryServerErrors,
  NEED_FIELDS,
  OFFER_FIELDS,
  TALENT_OWNER,
  toCreateOfferInput,
  validateNeed,
  validateOffer,
  type ChosenSkill,
  type NeedFormValues,
} from './entry-form';
import { emptyNeedValues, emptyOfferValues } from './entry-form-values';
import { ErrorCodes } from '../../lib/error-codes';

const python: ChosenSkill = { id: 'skill-1', label: 'Python', level: 'BASIC', weight: 'REQUIRED' };

const badInput = (...fields: string[]) =>
  new GraphQLRequestError('Ungültige Eingabe.', ErrorCodes.BAD_USER_INPUT, {
    errors: [
      {
        message: 'Ungültige Eingabe.',
        extensions: { code: ErrorCodes.BAD_USER_INPUT, fields: fields.map((field) => ({ field, constraints: ['x'] })) },
      },
    ],
  });

describe('entry form', () => {
  it('checks the limits of the API', () => {
    const need: NeedFormValues = {
      ...emptyNeedValues('org-1', 'mun-1'),
      title: 'ab',
      description: 'x'.repeat(5001),
      kind: 'PROJECT',
      topicField: 'RECOVERY',
      headcount: '1001',
      startDate: '2026-02-31',
      skills: [python],
    };
    expect(validateNeed(need)).toEqual({
      title: [{ code: 'titleLength' }],
      description: [{ code: 'descriptionLength' }],
      headcount: [{ code: 'headcountRange' }],
      startDate: [{ code: 'dateInvalid' }],
    });
    const offer = {
      ...emptyOfferValues('', ''),
      title: 'Kurs',
      description: 'Gut.',
      radiusKm: '-1',
      availableFrom: '',
      skills: Array.from({ length: 31 }, (_, i) => ({ ...python, id: `s${i}` })),
    };
    expect(validateOffer(offer)).toEqual({
      owner: [{ code: 'ownerRequired' }],
      kind: [{ code: 'kindRequired' }],
      municipalityId: [{ code: 'municipalityRequired' }],
      skills: [{ code: 'skillsTooMany' }],
      radiusKm: [{ code: 'radiusRange' }],
      availableFrom: [{ code: 'availableFromRequired' }],
    });
  });

  it('makes an individual offer a TALENT offer without organisation', () => {
    const values = { ...emptyOfferValues(TALENT_OWNER, 'mun-1'), title: 'Talent', description: 'Ich.', skills: [python] };
    expect(validateOffer(values)).toEqual({});
    expect(toCreateOfferInput(values)).toMatchObject({ kind: 'TALENT', organisationId: null, skills: [{ skillId: 'skill-1', level: 'BASIC' }] });
  });

  it('maps server errors to fields: input paths, domain codes, the offer calls its organisation "owner"', () => {
    expect(entryServerErrors(badInput('title', 'skills.3.level', 'skills.4.level', 'unknownThing'), NEED_FIELDS)).toEqual({
      issues: { title: [{ code: 'titleLength' }], skills: [{ code: 'skillsRequired' }] },
      unmatched: ['Ungültige Eingabe.'],
    });
    expect(entryServerErrors(badInput('organisationId'), OFFER_FIELDS)?.issues).toEqual({ owner: [{ code: 'ownerRequired' }] });
    const notMember = new GraphQLRequestError('Nur Mitglieder …', ErrorCodes.NOT_ORGANISATION_MEMBER);
    expect(entryServerErrors(notMember, NEED_FIELDS)?.issues).toEqual({ organisationId: [{ message: 'Nur Mitglieder …' }] });
    expect(entryServerErrors(new GraphQLRequestError('Talent …', ErrorCodes.OFFER_OWNER_INVALID), OFFER_FIELDS)?.issues).toEqual({
      owner: [{ message: 'Talent …' }],
    });
    expect(entryServerErrors(new GraphQLRequestError('Kein Ort', ErrorCodes.UNKNOWN_MUNICIPALITY), OFFER_FIELDS)?.issues).toEqual({
      municipalityId: [{ message: 'Kein Ort' }],
    });
    expect(entryServerErrors(new GraphQLRequestError('Verboten', ErrorCodes.FORBIDDEN), NEED_FIELDS)).toBeNull();
    expect(entryServerErrors(new Error('x'), NEED_FIELDS)).toBeNull();
  });
});
