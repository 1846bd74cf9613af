/** German texts of the legal pages (Impressum, Datenschutz, Barrierefreiheit; spread into ./de.ts). */
export const legal = {
  titles: {
    IMPRINT: 'Impressum',
    PRIVACY: 'Datenschutzerklärung',
    ACCESSIBILITY: 'Erklärung zur Barrierefreiheit',
  },
  footerLabel: 'Rechtliches',
  updated: 'Stand: {{date}} (Version {{version}})',
  loading: 'Seite wird geladen …',
  error: 'Die Seite konnte nicht geladen werden.',
  missing: 'Für diese Seite ist noch kein Text hinterlegt.',
  edit: 'Bearbeiten',
  editor: {
    title: '{{page}} bearbeiten',
    intro:
      'Jedes Speichern veröffentlicht eine neue Version; die bisherigen bleiben in der Versionsliste erhalten. Füllen Sie alle Stellen „[Vom Betreiber auszufüllen: …]“ aus, bevor das Portal öffentlich erreichbar ist.',
    formatHint:
      'Leerzeilen trennen Absätze. „## “ am Zeilenanfang beginnt eine Überschrift, „- “ einen Listenpunkt; **fett**, [Linktext](https://…) und E-Mail-Links [Text](mailto:…) sind möglich. HTML wird als Text angezeigt.',
    bodyDe: 'Text auf Deutsch',
    bodyEn: 'Text auf Englisch',
    length: 'Bitte {{min}} bis {{max}} Zeichen eingeben.',
    invalidCharacters: 'Der Text enthält Steuerzeichen, die nicht gespeichert werden können. Bitte entfernen Sie sie.',
    submit: 'Neue Version veröffentlichen',
    submitting: 'Wird veröffentlicht …',
    saved: 'Version {{version}} ist veröffentlicht.',
    failed: 'Die neue Version wurde nicht gespeichert.',
    reload: 'Neueste Fassung laden',
    basedOn: 'Sie bearbeiten Version {{version}}.',
    backToPage: 'Zur veröffentlichten Seite',
    noAccessTitle: 'Nur für die Administration',
    noAccessRole: 'Rechtstexte bearbeiten nur Administratorinnen und Administratoren.',
    noAccessSignedOut: 'Bitte melden Sie sich als Administratorin oder Administrator an.',
    history: {
      title: 'Versionen',
      loading: 'Versionen werden geladen …',
      error: 'Die Versionen konnten nicht geladen werden.',
      entry: 'Version {{version}} vom {{date}}, {{author}}',
      defaultAuthor: 'Vorgabe des Portals',
      current: 'veröffentlicht',
      showText: 'Text dieser Version',
    },
  },
};
