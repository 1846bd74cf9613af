import { NEWS_PATH } from '../../lib/site-paths';

export const newsItemPath = (id: string) => `${NEWS_PATH}/${id}`;
export const MY_NEWS_PATH = `${NEWS_PATH}/meine`;
export const NEWS_QUEUE_PATH = `${NEWS_PATH}/freigabe`;
/** The Atom feed (served by the API, same origin). */
export const newsFeedPath = (language: string) => `/news/feed.atom?lang=${language}`;
