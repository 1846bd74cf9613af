/** The companies' side of the digital workbench (/werkbank): its routes and the calendar subscription panel advisors use too. */
export { workbenchRoutes } from './routes';
export { CalendarFeedPanel } from './components/CalendarFeedPanel';
