"use client";

/** One checkbox of a catalog filter; `label` is already translated, with its count. */
export type FacetChoice = { value: string; label: string; checked?: true; nested?: true };

/**
 * A filter's checkboxes. A client component on purpose: the page's flight data then carries only
 * these few fields per option, where a server-rendered list repeats every element and class of
 * every option in it (issue 16: the catalog's document budget). The server renders the same HTML.
 * Styled by `.facet-options` (app/globals.css), once for all options.
 */
export function FacetOptions({ name, options }: { name: string; options: FacetChoice[] }) {
  return (
    <ul className="facet-options">
      {options.map((option) => (
        <li key={option.value} className={option.nested ? "pl-6" : undefined}>
          <label>
            <input type="checkbox" name={name} value={option.value} defaultChecked={option.checked} />
            {option.label}
          </label>
        </li>
      ))}
    </ul>
  );
}
