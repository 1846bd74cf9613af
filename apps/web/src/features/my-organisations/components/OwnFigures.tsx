import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormatters } from '../../../lib/use-formatters';
import { CONTACTS_PATH, MY_ENTRIES_PATH } from '../../../lib/site-paths';
import { MY_BOOKINGS_PATH } from '../../../lib/site-paths';
import type { MyOrganisation } from './MemberTable';

type Figures = MyOrganisation['ownFigures'];

/** Each row: a label, its counts ("2 offen · 1 besetzt") and the own page that lists them. */
const ROWS = [
  {
    key: 'needs',
    counts: [
      ['open', 'needsOpen'],
      ['filled', 'needsFilled'],
    ],
    to: MY_ENTRIES_PATH,
    link: 'toEntries',
  },
  { key: 'offers', counts: [['open', 'offersOpen']], to: MY_ENTRIES_PATH, link: 'toEntries' },
  {
    key: 'contacts',
    counts: [
      ['sent', 'contactRequestsSent'],
      ['received', 'contactRequestsReceived'],
      ['accepted', 'contactsAccepted'],
    ],
    to: CONTACTS_PATH,
    link: 'toContacts',
  },
  {
    key: 'bookings',
    counts: [
      ['upcoming', 'bookingsUpcoming'],
      ['attended', 'bookingsAttended'],
      ['missed', 'bookingsMissed'],
    ],
    to: MY_BOOKINGS_PATH,
    link: 'toBookings',
  },
] as const satisfies readonly { key: string; counts: readonly (readonly [string, keyof Figures])[]; to: string; link: string }[];

/** "Kennzahlen": the organisation's own figures (exact, all time), zeros included, with links to the own pages. */
export function OwnFigures({ organisation }: { organisation: MyOrganisation }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const figures = organisation.ownFigures;
  return (
    <>
      <h3>{t('myOrganisations.figures.heading')}</h3>
      <dl className="facts facts--wide my-organisations__figures" aria-label={t('myOrganisations.figures.label', { name: organisation.name })}>
        {ROWS.map((row) => (
          <div key={row.key} className="facts__row">
            <dt>{t(`myOrganisations.figures.${row.key}`)}</dt>
            <dd>
              {row.counts.map(([label, field]) => t(`myOrganisations.figures.counts.${label}`, { value: format.number(figures[field]) })).join(' · ')}
              {' – '}
              <Link to={row.to}>{t(`myOrganisations.figures.${row.link}`)}</Link>
            </dd>
          </div>
        ))}
      </dl>
      <p className="muted">{t('myOrganisations.figures.hint')}</p>
    </>
  );
}
