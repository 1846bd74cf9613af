import { DomainError } from '../common/errors/domain-error';

/** Someone saved the page after the edit began: saving now would silently replace their version. */
export class LegalPageOutdatedError extends DomainError {
  readonly code = 'LEGAL_PAGE_OUTDATED';

  constructor(current: number) {
    super(
      {
        de: `Inzwischen wurde eine neuere Fassung (Version ${current}) gespeichert. Laden Sie die Seite neu und übernehmen Sie Ihre Änderungen in diese Fassung.`,
        en: `A newer version (version ${current}) has been saved meanwhile. Reload the page and apply your changes to that version.`,
      },
      { currentVersion: current },
    );
  }
}
