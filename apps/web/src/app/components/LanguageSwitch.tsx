import { useTranslation } from 'react-i18next';
import { changeLanguage, LANGUAGES } from '../../i18n';
import { useLanguage } from '../../lib/use-language';

/** DE / EN toggle; the choice persists in localStorage and sets <html lang> (see src/i18n). */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const active = useLanguage();
  return (
    <div className="language-switch" role="group" aria-label={t('language.label')}>
      {LANGUAGES.map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          className="language-switch__button"
          aria-pressed={language === active}
          onClick={() => void changeLanguage(language)}
        >
          {t(`language.${language}`)}
        </button>
      ))}
    </div>
  );
}
