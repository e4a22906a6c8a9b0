import { useEffect, useId, useState } from "react";

interface Props {
  /** First and last year the slider offers. */
  from: number;
  to: number;
  /** Selected year, or null for "all years" (every alliance, dated or not). */
  value: number | null;
  onChange: (year: number | null) => void;
  note?: string | undefined;
}

/**
 * A year slider that filters the network to alliances running in that year (asOf), and a play
 * button that replays it year by year, as Neo4j Bloom's Slicer does. Arrow keys move the slider.
 */
export function TimeSlider({ from, to, value, onChange, note }: Props) {
  const id = useId();
  const [playing, setPlaying] = useState(false);
  useEffect(() => {
    if (!playing) return;
    const timer = window.setTimeout(() => {
      const next = value === null ? from : value + 1;
      if (next > to) setPlaying(false);
      else onChange(next);
    }, 900);
    return () => window.clearTimeout(timer);
  }, [playing, value, from, to, onChange]);

  return (
    <fieldset className="time-slider">
      <legend>Time</legend>
      <label htmlFor={id}>
        {value === null ? "Showing " : "As of "}
        <output data-testid="as-of">{value ?? "all years"}</output>
      </label>
      <input
        id={id}
        type="range"
        min={from}
        max={to}
        step={1}
        value={value ?? to}
        aria-valuetext={value === null ? "all years" : String(value)}
        onChange={(event) => {
          setPlaying(false);
          onChange(Number(event.target.value));
        }}
      />
      <span className="range-ends" aria-hidden="true">
        <span>{from}</span>
        <span>{to}</span>
      </span>
      <div className="buttons">
        <button type="button" onClick={() => setPlaying((p) => !p)} aria-pressed={playing}>
          {playing ? "Pause" : "Play year by year"}
        </button>
        <button
          type="button"
          onClick={() => {
            setPlaying(false);
            onChange(null);
          }}
          disabled={value === null}
        >
          All years
        </button>
      </div>
      {note && <p className="hint">{note}</p>}
    </fieldset>
  );
}
