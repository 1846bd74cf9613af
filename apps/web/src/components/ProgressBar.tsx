import { clampShare } from '../lib/format';
import { useFormatters } from '../lib/use-formatters';
import './progress-bar.css';

interface ProgressBarProps {
  /** Share done, 0..1. */
  value: number;
  /** Accessible name, e.g. "Fortschritt im Themenfeld Vernetzung". */
  label: string;
  /** Visible caption left of the percentage; omitted when the context already says it. */
  caption?: string;
  size?: 'regular' | 'small';
}

export function ProgressBar({ value, label, caption, size = 'regular' }: ProgressBarProps) {
  const { percent } = useFormatters();
  const share = clampShare(value);
  const rounded = Math.round(share * 100);
  const text = percent(share);
  return (
    <div className={`progress progress--${size}`}>
      <div className="progress__legend" aria-hidden="true">
        {caption ? <span className="progress__caption">{caption}</span> : null}
        <span className="progress__value">{text}</span>
      </div>
      <div
        className="progress__track"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={rounded}
        aria-valuetext={text}
      >
        <div className="progress__fill" style={{ width: `${share * 100}%` }} />
      </div>
    </div>
  );
}
