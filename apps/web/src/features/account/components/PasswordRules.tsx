import { useTranslation } from 'react-i18next';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../validation';

/** The password rules, shown as the hint of every new-password field. */
export function PasswordRules() {
  const { t } = useTranslation();
  return (
    <>
      <p>{t('account.signUp.passwordRulesTitle')}</p>
      <ul>
        <li>{t('account.signUp.passwordRules.length', { min: PASSWORD_MIN_LENGTH, max: PASSWORD_MAX_LENGTH })}</li>
        <li>{t('account.signUp.passwordRules.common')}</li>
        <li>{t('account.signUp.passwordRules.personal')}</li>
      </ul>
      <p>{t('account.signUp.passwordRules.tip')}</p>
    </>
  );
}
