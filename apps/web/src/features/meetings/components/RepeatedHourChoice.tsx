import { useTranslation } from 'react-i18next';
import { RadioGroupField } from '../../../components/form/RadioGroupField';
import { berlinZoneSuffix } from '../../../lib/format';
import { useLanguage } from '../../../lib/use-language';
import { repeatedReadings } from '../editor-form';

interface Props {
  id: string;
  date: string;
  time: string;
  /** True: the second reading (winter time) is chosen. */
  second: boolean;
  onChange: (second: boolean) => void;
}

/**
 * Asks which of the two is meant when a wall time occurs twice (the night the clocks go back,
 * 02:00–03:00 on the last Sunday of October); renders nothing for every other time.
 */
export function RepeatedHourChoice({ id, date, time, second, onChange }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const readings = repeatedReadings(date, time);
  if (!readings) return null;
  const option = (value: 'first' | 'second', instant: Date) => ({
    value,
    label: t(`meetingsOrganiser.form.repeatedHour.${value}`, { time: `${time}${berlinZoneSuffix(instant, language)}` }),
  });
  return (
    <RadioGroupField
      id={id}
      legend={t('meetingsOrganiser.form.repeatedHour.legend', { time })}
      hint={t('meetingsOrganiser.form.repeatedHour.hint')}
      options={[option('first', readings[0]), option('second', readings[1])]}
      value={second ? 'second' : 'first'}
      onChange={(value) => onChange(value === 'second')}
    />
  );
}
