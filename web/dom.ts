/**
 * A tiny DOM builder that only ever sets text (never innerHTML), so article text, names and
 * query results with markup in them are shown as text.
 */

type Child = Node | string | number | null | undefined | false;

/** Attributes and listeners for `h`. */
export type Props = Record<string, string | number | boolean | EventListener | undefined>;

/** Creates an element; string children become text nodes. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === false) continue;
    if (typeof value === 'function') el.addEventListener(key.replace(/^on/, '').toLowerCase(), value);
    else if (key === 'class') el.className = String(value);
    else el.setAttribute(key, value === true ? '' : String(value));
  }
  append(el, children);
  return el;
}

/** Appends children (text for strings) to a parent. */
export function append(parent: Node, children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'object' ? child : document.createTextNode(String(child)));
  }
}

/** Replaces all children of `parent`. */
export function replace(parent: Element, ...children: Child[]): void {
  parent.replaceChildren();
  append(parent, children);
}

/** The element with this id, typed; throws when the page lacks it (a broken index.html). */
export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`#${id} is missing from index.html`);
  return el as T;
}

/**
 * Text with every occurrence of `needle` wrapped in <mark>, built from text nodes only:
 * "a <b>x</b> b" stays literal text.
 */
export function highlighted(text: string, needles: string[]): DocumentFragment {
  const fragment = document.createDocumentFragment();
  const ranges = findRanges(
    text,
    needles.filter((n) => n.length > 0),
  );
  let at = 0;
  for (const [start, end] of ranges) {
    append(fragment, [text.slice(at, start), h('mark', {}, text.slice(start, end))]);
    at = end;
  }
  append(fragment, [text.slice(at)]);
  return fragment;
}

function findRanges(text: string, needles: string[]): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (const needle of needles) {
    for (let i = text.indexOf(needle); i !== -1; i = text.indexOf(needle, i + needle.length))
      ranges.push([i, i + needle.length]);
  }
  ranges.sort((a, b) => a[0] - b[0]);
  // Overlapping evidence sentences merge into one highlight.
  const merged: Array<[number, number]> = [];
  for (const range of ranges) {
    const last = merged.at(-1);
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return merged;
}
