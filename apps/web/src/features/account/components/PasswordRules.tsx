import { PASSWORD_LENGTH } from '@wiw/domain';
import { useTranslation } from 'react-i18next';

/** The password rules, shown as the hint of every new-password field. */
export function PasswordRules() {
  const { t } = useTranslation();
  return (
    <>
      <p>{t('account.signUp.passwordRulesTitle')}</p>
      <ul>
        <li>{t('account.signUp.passwordRules.length', { min: PASSWORD_LENGTH.min, max: PASSWORD_LENGTH.max })}</li>
        <li>{t('account.signUp.passwordRules.common')}</li>
        <li>{t('account.signUp.passwordRules.personal')}</li>
      </ul>
      <p>{t('account.signUp.passwordRules.tip')}</p>
    </>
  );
}
