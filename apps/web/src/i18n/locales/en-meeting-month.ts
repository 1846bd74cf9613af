/** English texts of the event calendar's month view (spread into ./en.ts under meetings.month). */
export const meetingMonth = {
  viewLabel: 'View',
  listView: 'List',
  view: 'Month',
  previous: 'Previous month',
  next: 'Next month',
  keyboard: 'In the calendar, the arrow keys change the day, Home and End jump to the start and end of the week; Tab reaches the day’s meetings.',
  count_zero: 'no meetings',
  count_one: '{{count}} meeting',
  count_other: '{{count}} meetings',
  empty: 'No meetings in {{month}}.',
  tooMany: 'The first {{count}} meetings of the month are shown; filter to see all.',
};
