import { meData, topicFieldsData } from '../../../test/fixtures';
import { fakeGraphQL, operationName, type RecordedRequest } from '../../../test/utils';
import { plcOption, regionsData, skillOption, skillSearchData } from './fixtures';

type Reply = Awaited<ReturnType<Parameters<typeof fakeGraphQL>[0]>>;
type Handler = (request: RecordedRequest) => Reply | Promise<Reply>;

const TAXONOMY = [skillOption(), plcOption()];

/** Skills whose label or synonyms contain the search (ignoring case), like the API. */
function searchSkills(request: RecordedRequest): Reply {
  const term = String(request.variables.search ?? '').toLowerCase();
  return { data: skillSearchData(TAXONOMY.filter((skill) => [skill.label, ...skill.synonyms].some((text) => text.toLowerCase().includes(term)))) };
}

/**
 * A fake API for the board's pages: `handlers` answer by operation name; the signed-in person,
 * topic fields, municipalities and the skill search have defaults (`Me: signedOut` to sign out).
 */
export function boardServer(handlers: Record<string, Handler> = {}) {
  return fakeGraphQL((request) => {
    const name = operationName(request) ?? '';
    const handler = handlers[name];
    if (handler) return handler(request);
    switch (name) {
      case 'Me':
        return { data: meData({ name: 'Vera Velkamp' }) };
      case 'TopicFields':
        return { data: topicFieldsData() };
      case 'MunicipalitiesByRegion':
        return { data: regionsData() };
      case 'SkillSearch':
        return searchSkills(request);
      default:
        return { errors: [{ message: `unexpected operation ${name}`, extensions: { code: 'TEST_UNEXPECTED' } }] };
    }
  });
}

export const signedOut: Handler = () => ({ data: { me: null } });
