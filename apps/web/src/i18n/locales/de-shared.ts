/** German texts of the shared layer (src/components, src/lib): form kit, paging, confirm step, loading (spread into ./de.ts). */
export const shared = {
  filters: {
    toggle: 'Filter',
    toggleActive: 'Filter (aktiv)',
  },
  loading: 'Wird geladen …',
  loadError: 'Die Seite konnte nicht geladen werden.',
  cancel: 'Abbrechen',
  form: {
    optional: '(optional)',
    errorPrefix: 'Fehler:',
    summaryTitle: 'Bitte prüfen Sie Ihre Eingaben',
    validation: {
      nameRequired: 'Bitte geben Sie Ihren Namen ein.',
      nameInvalid: 'Der Name darf höchstens 100 Zeichen lang sein und keine Steuerzeichen enthalten.',
      emailRequired: 'Bitte geben Sie Ihre E-Mail-Adresse ein.',
      emailInvalid: 'Bitte geben Sie eine gültige E-Mail-Adresse ein, z. B. name@beispiel.de.',
      passwordRequired: 'Bitte geben Sie Ihr Passwort ein.',
      passwordTooShort:
        'Das Passwort muss mindestens 12 Zeichen lang sein. Ein Satz aus mehreren Wörtern ist leicht zu merken und schwer zu erraten.',
      passwordTooLong: 'Das Passwort darf höchstens 256 Zeichen lang sein.',
      passwordCommon: 'Dieses Passwort ist zu verbreitet oder kommt in Listen geleakter Passwörter vor. Bitte wählen Sie ein anderes.',
      passwordContainsEmailOrName: 'Das Passwort darf weder Ihre E-Mail-Adresse noch Ihren Namen enthalten.',
      passwordInvalid: 'Dieses Passwort können wir nicht annehmen. Bitte wählen Sie ein anderes.',
      localeInvalid: 'Bitte wählen Sie Deutsch oder Englisch.',
      organisationNameRequired: 'Bitte geben Sie den Namen Ihrer Organisation ein.',
      organisationNameInvalid: 'Der Name der Organisation muss 2 bis 150 Zeichen lang sein.',
      kindRequired: 'Bitte wählen Sie die Art Ihrer Organisation.',
      municipalityRequired: 'Bitte wählen Sie den Sitz Ihrer Organisation.',
      websiteInvalid: 'Bitte geben Sie eine vollständige Adresse ein, z. B. https://www.beispiel.de (höchstens 200 Zeichen).',
      currentPasswordRequired: 'Bitte geben Sie Ihr aktuelles Passwort ein.',
    },
  },
  paging: {
    shown: '{{shown}} von {{total}} angezeigt',
    loadMore: 'Weitere laden',
    loadingMore: 'Weitere werden geladen …',
    loadMoreError: 'Weitere Einträge konnten nicht geladen werden.',
  },
};
