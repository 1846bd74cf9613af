import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckboxField, SubmitActions, TextField } from '../../../components/form/fields';
import { LiveAnnouncement } from '../../../components/LiveAnnouncement';
import { ErrorState, LoadingState } from '../../../components/StatusViews';
import type { OrganiserInvitationFieldsFragment } from '../../../gql/graphql';
import { errorMessage } from '../../../lib/error-message';
import { formatDateTime } from '../../../lib/format';
import { normaliseSearch } from '../../../lib/search';
import { useAnnouncer } from '../../../lib/use-announcer';
import { useLanguage } from '../../../lib/use-language';
import { OrganisationPicker, type PickedOrganisation } from '../../coordination';
import { useInvitableOffices, useInviteToMeeting, useMeetingInvitations } from '../hooks/use-meeting-editor';

/** The invitations and their answers, as a table. */
function InvitationTable({ invitations }: { invitations: readonly OrganiserInvitationFieldsFragment[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (invitations.length === 0) return <p className="muted">{t('meetingsOrganiser.invite.none')}</p>;
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption className="visually-hidden">{t('meetingsOrganiser.invite.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('meetingsOrganiser.invite.invitee')}</th>
            <th scope="col">{t('meetingsOrganiser.invite.answer')}</th>
            <th scope="col">{t('meetingsOrganiser.invite.answeredBy')}</th>
          </tr>
        </thead>
        <tbody>
          {invitations.map((invitation) => (
            <tr key={invitation.id}>
              <th scope="row">
                {invitation.officeTitle ? `${invitation.officeTitle} · ${invitation.organisation.name}` : invitation.organisation.name}
              </th>
              <td>
                {t(`meetingsOrganiser.invite.answers.${invitation.answer}`)}
                {invitation.deputyName ? ` (${invitation.deputyName})` : null}
              </td>
              <td>
                {invitation.answeredByName && invitation.answeredAt
                  ? `${invitation.answeredByName}, ${formatDateTime(invitation.answeredAt, language)}`
                  : t('common.notSpecified')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * Invitations of a meeting, for its organisers and the joint office: who is invited and what they
 * answered; while it is scheduled, a form to invite offices (filter by title, e.g. "Bürgermeister",
 * and take all shown at once) and organisations.
 */
export function OrganiserInvitations({ meetingId, cancelled }: { meetingId: string; cancelled: boolean }) {
  const { t } = useTranslation();
  const id = useId();
  const announcer = useAnnouncer();
  const invitations = useMeetingInvitations(meetingId);
  const offices = useInvitableOffices();
  const invite = useInviteToMeeting();
  const [filter, setFilter] = useState('');
  const [officeIds, setOfficeIds] = useState<string[]>([]);
  const [picked, setPicked] = useState<PickedOrganisation | null>(null);
  const [organisations, setOrganisations] = useState<PickedOrganisation[]>([]);

  const invitedTitles = new Set((invitations.data ?? []).flatMap((i) => (i.officeTitle ? [`${i.officeTitle}|${i.organisation.name}`] : [])));
  const search = normaliseSearch(filter).toLocaleLowerCase();
  const shown = (offices.data ?? []).filter(
    (office) =>
      `${office.title} ${office.organisationName}`.toLocaleLowerCase().includes(search) &&
      !invitedTitles.has(`${office.title}|${office.organisationName}`),
  );
  const toggle = (officeId: string) =>
    setOfficeIds((current) => (current.includes(officeId) ? current.filter((i) => i !== officeId) : [...current, officeId]));
  const selectShown = () => {
    setOfficeIds((current) => [...new Set([...current, ...shown.map((office) => office.id)])]);
    announcer.announce(t('meetingsOrganiser.invite.selectedShown', { count: shown.length }));
  };
  const addOrganisation = () => {
    if (!picked || organisations.some((o) => o.id === picked.id)) return;
    setOrganisations((current) => [...current, picked]);
    announcer.announce(t('meetingsOrganiser.invite.organisationAdded', { name: picked.name }));
    setPicked(null);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (invite.isPending) return;
    if (officeIds.length === 0 && organisations.length === 0) {
      announcer.announce(t('meetingsOrganiser.invite.nothingChosen'), { error: true, focus: true });
      return;
    }
    invite.mutate(
      { meetingId, officeIds, organisationIds: organisations.map((o) => o.id) },
      {
        onSuccess: () => {
          announcer.announce(t('meetingsOrganiser.invite.sent', { count: officeIds.length + organisations.length }), { focus: true });
          setOfficeIds([]);
          setOrganisations([]);
        },
        onError: (error) => announcer.announce(`${t('meetingsOrganiser.invite.failed')} ${errorMessage(error, t)}`, { error: true, focus: true }),
      },
    );
  };

  let list;
  if (invitations.isPending) list = <LoadingState label={t('meetingsOrganiser.invite.loading')} />;
  else if (invitations.isError)
    list = (
      <ErrorState
        title={t('meetingsOrganiser.invite.loadError')}
        error={invitations.error}
        onRetry={() => void invitations.refetch()}
        retrying={invitations.isFetching}
      />
    );
  else list = <InvitationTable invitations={invitations.data} />;

  return (
    <section className="section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="section__heading">
        {t('meetingsOrganiser.invite.heading')}
      </h2>
      {list}
      {cancelled ? null : (
        <form className="account-form" noValidate onSubmit={submit} aria-labelledby={`${id}-form`}>
          <h3 id={`${id}-form`}>{t('meetingsOrganiser.invite.formHeading')}</h3>
          <fieldset className="account-form__group">
            <legend>{t('meetingsOrganiser.invite.offices')}</legend>
            <TextField
              id={`${id}-filter`}
              label={t('meetingsOrganiser.invite.filter')}
              hint={t('meetingsOrganiser.invite.filterHint')}
              type="search"
              required={false}
              value={filter}
              onChange={(event) => setFilter(event.target.value)}
            />
            {offices.isPending ? <LoadingState label={t('meetingsOrganiser.invite.officesLoading')} /> : null}
            {offices.isError ? <p role="alert">{errorMessage(offices.error, t)}</p> : null}
            <div className="invite-offices">
              {shown.map((office) => (
                <CheckboxField
                  key={office.id}
                  id={`${id}-office-${office.id}`}
                  label={`${office.title} · ${office.organisationName}`}
                  checked={officeIds.includes(office.id)}
                  onChange={() => toggle(office.id)}
                />
              ))}
            </div>
            <p className="muted">{t('meetingsOrganiser.invite.chosen', { count: officeIds.length })}</p>
            <div>
              <button type="button" className="button button--secondary" disabled={shown.length === 0} onClick={selectShown}>
                {t('meetingsOrganiser.invite.selectShown', { count: shown.length })}
              </button>
            </div>
          </fieldset>
          <fieldset className="account-form__group">
            <legend>{t('meetingsOrganiser.invite.organisations')}</legend>
            <OrganisationPicker selectId={`${id}-organisation`} value={picked} onChange={setPicked} issues={[]} />
            <div>
              <button type="button" className="button button--secondary" disabled={!picked} onClick={addOrganisation}>
                {t('meetingsOrganiser.invite.addOrganisation')}
              </button>
            </div>
            {organisations.length > 0 ? (
              <ul>
                {organisations.map((organisation) => (
                  <li key={organisation.id}>
                    {organisation.name}{' '}
                    <button
                      type="button"
                      className="button button--secondary"
                      onClick={() => setOrganisations((current) => current.filter((o) => o.id !== organisation.id))}
                    >
                      {t('meetingsOrganiser.invite.removeOrganisation', { name: organisation.name })}
                    </button>
                  </li>
                ))}
              </ul>
            ) : null}
          </fieldset>
          <SubmitActions
            pending={invite.isPending}
            label={t('meetingsOrganiser.invite.submit')}
            pendingLabel={t('meetingsOrganiser.invite.sending')}
          />
        </form>
      )}
      <LiveAnnouncement announcer={announcer} />
    </section>
  );
}
