/** Partnership meetings and events (/veranstaltungen): the public calendar, the meeting page with registration, my invitations, and my meetings for "Meine Termine". */
export { meetingsRoutes } from './routes';
export { MyMeetings } from './components/MyMeetings';
