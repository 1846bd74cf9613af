import type { TopicFieldKey } from '../../../gql/graphql';
import { FilterSelect } from '../../../components/form/FilterSelect';
import { useTopicFields } from '../hooks/use-topic-fields';

interface Props {
  id: string;
  label: string;
  /** The first option, for "no topic field chosen" (e.g. "Alle Themenfelder"). */
  allLabel: string;
  value: TopicFieldKey | null | undefined;
  onChange: (topicField: TopicFieldKey | null) => void;
}

/** A filter's optional topic-field select: "all" first, then the five fields in their order, titled in the reader's language. */
export function TopicFieldSelect({ id, label, allLabel, value, onChange }: Props) {
  const topicFields = useTopicFields();
  return (
    <FilterSelect
      id={id}
      label={label}
      allText={allLabel}
      value={value}
      options={(topicFields.data ?? []).map((field) => ({ value: field.key, text: field.title }))}
      onChange={onChange}
    />
  );
}
