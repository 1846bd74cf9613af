/** Co-working places and their day desks (/coworking): the routes, and the desk days "Meine Termine" lists. */
export { coworkingRoutes } from './routes';
export { MyDeskDays } from './components/MyDeskDays';
