import { MAX_NEWS_LINKS, NEWS_BODY_LENGTH, NEWS_REASON_LENGTH, NEWS_TEASER_LENGTH, NEWS_TITLE_LENGTH } from '@wiw/domain';
import type { NewsCorrectionInput } from '../../gql/graphql';
import { badInputIssues, type FormIssues, type ServerIssues } from '../../lib/form/server-issues';

/**
 * The forms of a news item's later steps – correction, withdrawal, sending back – as pure
 * functions: what the client checks before sending (the API's limits from @wiw/domain) and where
 * the API's BAD_USER_INPUT goes.
 */

export type NewsIssueCode = 'tooShort' | 'tooLong' | 'tooManyLinks' | 'linkInvalid' | 'invalid';
export type NewsIssues<F extends string> = FormIssues<F, NewsIssueCode>;

export const CORRECTION_FIELDS = ['title', 'teaser', 'body', 'links', 'reason'] as const;
export type CorrectionField = (typeof CORRECTION_FIELDS)[number];
export type CorrectionValues = Record<CorrectionField, string>;

/** The text as it is now, to be corrected; the reason starts empty. */
export function correctionValues(item: { title: string; teaser: string; body: string; links: readonly string[] }): CorrectionValues {
  return { title: item.title, teaser: item.teaser, body: item.body, links: item.links.join('\n'), reason: '' };
}

/** Links one per line (or separated by spaces). */
export const splitLinks = (text: string): string[] => text.split(/\s+/).filter(Boolean);

function lengthIssues(value: string, limits: { min: number; max: number }) {
  const length = value.trim().length;
  if (length < limits.min) return [{ code: 'tooShort' as const, values: { min: limits.min } }];
  if (length > limits.max) return [{ code: 'tooLong' as const, values: { max: limits.max } }];
  return [];
}

function isLink(text: string): boolean {
  try {
    return ['http:', 'https:'].includes(new URL(text).protocol);
  } catch {
    return false;
  }
}

/** A reason of a correction or withdrawal, or the comment of a send-back. */
export const reasonIssues = (reason: string) => lengthIssues(reason, NEWS_REASON_LENGTH);

export function validateCorrection(values: CorrectionValues): NewsIssues<CorrectionField> {
  const links = splitLinks(values.links);
  return {
    title: lengthIssues(values.title, NEWS_TITLE_LENGTH),
    teaser: lengthIssues(values.teaser, NEWS_TEASER_LENGTH),
    body: lengthIssues(values.body, NEWS_BODY_LENGTH),
    links:
      links.length > MAX_NEWS_LINKS
        ? [{ code: 'tooManyLinks', values: { max: MAX_NEWS_LINKS } }]
        : links.some((link) => !isLink(link))
          ? [{ code: 'linkInvalid' }]
          : [],
    reason: reasonIssues(values.reason),
  };
}

export function toCorrectionInput(values: CorrectionValues): NewsCorrectionInput {
  return {
    title: values.title.trim(),
    teaser: values.teaser.trim(),
    body: values.body.trim(),
    links: splitLinks(values.links),
    reason: values.reason.trim(),
  };
}

/** BAD_USER_INPUT onto the form's fields (the API's path names are the fields' names); null for other errors. */
export function newsServerIssues<F extends string>(error: unknown, fields: readonly F[]): ServerIssues<F, NewsIssueCode> | null {
  return badInputIssues<F, NewsIssueCode>(
    error,
    (name) => fields.find((field) => field === name),
    () => 'invalid',
  );
}
