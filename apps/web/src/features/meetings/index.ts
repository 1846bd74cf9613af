/** Partnership meetings and events (/veranstaltungen): the public calendar and the meeting page with registration. */
export { meetingsRoutes } from './routes';
