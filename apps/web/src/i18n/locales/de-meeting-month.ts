/** German texts of the event calendar's month view (spread into ./de.ts under meetings.month). */
export const meetingMonth = {
  viewLabel: 'Ansicht',
  listView: 'Liste',
  view: 'Monat',
  previous: 'Vorheriger Monat',
  next: 'Nächster Monat',
  keyboard:
    'Im Kalender wechseln die Pfeiltasten den Tag, Pos1 und Ende springen an den Anfang und das Ende der Woche; mit Tab erreichen Sie die Veranstaltungen des Tages.',
  count_zero: 'keine Veranstaltung',
  count_one: '{{count}} Veranstaltung',
  count_other: '{{count}} Veranstaltungen',
  empty: 'Keine Veranstaltungen im {{month}}.',
  tooMany: 'Es werden die ersten {{count}} Veranstaltungen des Monats gezeigt; filtern Sie, um alle zu sehen.',
};
