import { SelectField } from './fields';

export interface FilterOption<T extends string> {
  value: T;
  text: string;
}

interface Props<T extends string> {
  id: string;
  label: string;
  /** The first option, meaning "no filter" (e.g. "Alle Themenfelder"). */
  allText: string;
  value: T | null | undefined;
  options: ReadonlyArray<FilterOption<T>>;
  /** The chosen value, or null for "all" (and for anything that is not one of the options). */
  onChange: (value: T | null) => void;
}

/** A filter's optional select: "all" first, then the options in the order given. */
export function FilterSelect<T extends string>({ id, label, allText, value, options, onChange }: Props<T>) {
  return (
    <SelectField
      id={id}
      label={label}
      required={false}
      value={value ?? ''}
      onChange={(event) => onChange(options.find((option) => option.value === event.target.value)?.value ?? null)}
    >
      <option value="">{allText}</option>
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.text}
        </option>
      ))}
    </SelectField>
  );
}
