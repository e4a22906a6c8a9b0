import { type KeyboardEvent, useEffect, useId, useState } from "react";
import { SearchOrganizationsQuery } from "../api/queries";
import { useQuery } from "../api/use-query";
import { kindColour, kindLabel } from "../kinds";

export interface PickedOrganization {
  id: string;
  name: string;
  kind: string;
}

interface Props {
  label: string;
  onPick: (organization: PickedOrganization) => void;
  initialText?: string | undefined;
  placeholder?: string;
  autoFocus?: boolean;
  /** Keep the label for screen readers only (the header's compact search). */
  hideLabel?: boolean;
}

function useDebounced<T>(value: T, ms: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = window.setTimeout(() => setDebounced(value), ms);
    return () => window.clearTimeout(timer);
  }, [value, ms]);
  return debounced;
}

/**
 * Search with autocomplete over the API's full-text search (case, accents and small typos
 * forgiven), as an ARIA combobox: type, move with ↑/↓, open with Enter, close with Escape.
 */
export function SearchBox({ label, onPick, initialText = "", placeholder, autoFocus, hideLabel }: Props) {
  const id = useId();
  const [text, setText] = useState(initialText);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  useEffect(() => setText(initialText), [initialText]);
  const query = useDebounced(text.trim(), 150);
  const { data, loading, error } = useQuery(
    SearchOrganizationsQuery,
    open && query.length >= 2 ? { query, limit: 8 } : null,
  );
  const options = (data?.searchOrganizations ?? []).map((hit) => ({
    id: hit.organization.id,
    name: hit.organization.name,
    kind: hit.organization.__typename ?? "Organization",
    aliases: hit.organization.aliases ?? [],
  }));
  const expanded = open && query.length >= 2;

  const pick = (index: number) => {
    const option = options[index];
    if (!option) return;
    setText(option.name);
    setOpen(false);
    onPick({ id: option.id, name: option.name, kind: option.kind });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown") {
      event.preventDefault();
      setOpen(true);
      setActive((a) => Math.min(a + 1, Math.max(0, options.length - 1)));
    } else if (event.key === "ArrowUp") {
      event.preventDefault();
      setActive((a) => Math.max(a - 1, 0));
    } else if (event.key === "Enter") {
      if (expanded && options.length > 0) {
        event.preventDefault();
        pick(active);
      }
    } else if (event.key === "Escape") {
      setOpen(false);
    }
  };

  return (
    <div className="search">
      <label htmlFor={`${id}-input`} className={hideLabel ? "visually-hidden" : undefined}>
        {label}
      </label>
      <input
        id={`${id}-input`}
        type="search"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        placeholder={placeholder}
        // biome-ignore lint/a11y/noAutofocus: the search is the page's main control when it opens
        autoFocus={autoFocus}
        aria-expanded={expanded}
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        aria-activedescendant={expanded && options[active] ? `${id}-option-${active}` : undefined}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setOpen(true);
          setActive(0);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => window.setTimeout(() => setOpen(false), 150)}
        onKeyDown={onKeyDown}
      />
      {expanded && (
        <div id={`${id}-list`} role="listbox" aria-label={`${label}: suggestions`} className="suggestions">
          {options.map((option, index) => (
            <div
              key={option.id}
              id={`${id}-option-${index}`}
              role="option"
              tabIndex={-1}
              aria-selected={index === active}
              className={index === active ? "active" : undefined}
              onMouseDown={(event) => {
                event.preventDefault();
                pick(index);
              }}
              onMouseEnter={() => setActive(index)}
            >
              <span className="dot" style={{ backgroundColor: kindColour(option.kind) }} aria-hidden="true" />
              <span className="name">{option.name}</span>
              <span className="kind">{kindLabel(option.kind)}</span>
            </div>
          ))}
          {!loading && !error && options.length === 0 && (
            <p className="empty">No organization matches “{query}”.</p>
          )}
          {error && <p className="empty error">Search failed: {error.message}</p>}
        </div>
      )}
    </div>
  );
}
