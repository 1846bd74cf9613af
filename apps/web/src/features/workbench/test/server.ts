import { meData, topicFieldsData } from '../../../test/fixtures';
import { fakeGraphQL, operationName, type RecordedRequest } from '../../../test/utils';
import { organisationsData } from './fixtures';

type Reply = Awaited<ReturnType<Parameters<typeof fakeGraphQL>[0]>>;
export type Handler = (request: RecordedRequest) => Reply | Promise<Reply>;

/**
 * A fake API for the workbench pages: `handlers` answer by operation name; the signed-in person
 * (Vera Velkamp), topic fields, her organisations and her (inactive) calendar feed have defaults (`Me: signedOut` to sign out).
 */
export function workbenchServer(handlers: Record<string, Handler> = {}) {
  return fakeGraphQL((request) => {
    const name = operationName(request) ?? '';
    const handler = handlers[name];
    if (handler) return handler(request);
    switch (name) {
      case 'Me':
        return { data: meData({ name: 'Vera Velkamp' }) };
      case 'TopicFields':
        return { data: topicFieldsData() };
      case 'BookingOrganisations':
        return { data: organisationsData() };
      case 'MyCalendarFeed':
        return { data: { myCalendarFeed: { active: false, createdAt: null } } };
      default:
        return { errors: [{ message: `unexpected operation ${name}`, extensions: { code: 'TEST_UNEXPECTED' } }] };
    }
  });
}

export const signedOut: Handler = () => ({ data: { me: null } });
