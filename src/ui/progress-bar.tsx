interface ProgressBarProps {
  value: number;
  /** Accessible name, e.g. "Module 1 progress". */
  label: string;
  /** Spoken value, e.g. "3 of 6 done". */
  valueText: string;
}

/** A determinate progress bar that assistive technology reads as one. */
export function ProgressBar({ value, label, valueText }: ProgressBarProps) {
  const clamped = Math.max(0, Math.min(100, Math.round(value)));
  return (
    <div
      className="progress"
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={clamped}
      aria-valuetext={valueText}
    >
      <div className="progress-fill" style={{ width: `${clamped}%` }} />
    </div>
  );
}
