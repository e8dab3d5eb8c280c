/**
 * Search-as-you-type: an input with a suggestion list fed by /api/search, keyboard navigation,
 * and a callback on choice. Used by the main search box and the who-met-whom person pickers.
 */
import { api, type SearchHit } from './api.ts';
import { h, replace } from './dom.ts';
import { styleOf } from './graph/style.ts';

/** Options of `attachSuggest`. */
export interface SuggestOptions {
  input: HTMLInputElement;
  list: HTMLUListElement;
  /** Restrict to one label (Person for the meetings pickers). */
  label?: string;
  choose(hit: SearchHit): void;
}

/** Wires the input; returns nothing (listeners live as long as the page). */
export function attachSuggest(options: SuggestOptions): void {
  const { input, list } = options;
  let hits: SearchHit[] = [];
  let active = -1;
  let seq = 0;
  const close = () => {
    list.hidden = true;
    active = -1;
  };
  const render = () => {
    replace(
      list,
      ...hits.map((hit, i) =>
        h(
          'li',
          {
            class: i === active ? 'active' : '',
            role: 'option',
            'data-id': hit.id,
            onmousedown: (e: Event) => (e.preventDefault(), pick(i)),
          },
          h('span', { class: 'dot', style: `background:${styleOf(hit.label).color}` }),
          h('span', {}, hit.name),
          h('span', { class: 'badge' }, hit.label),
          h(
            'span',
            { class: 'aka' },
            hit.aliases
              .filter((a) => a !== hit.name)
              .slice(0, 2)
              .join(', '),
          ),
        ),
      ),
    );
    list.hidden = hits.length === 0;
  };
  const pick = (i: number) => {
    const hit = hits[i];
    if (!hit) return;
    input.value = hit.name;
    // Answers still in flight for earlier keystrokes must not reopen the list.
    seq += 1;
    close();
    options.choose(hit);
  };
  input.addEventListener('input', async () => {
    const text = input.value.trim();
    const mine = ++seq;
    if (text.length < 2) return close();
    try {
      const found = await api.search(text, options.label);
      // A slower answer to an older keystroke must not replace a newer one.
      if (mine !== seq) return;
      hits = found;
      active = hits.length > 0 ? 0 : -1;
      render();
    } catch {
      close();
    }
  });
  input.addEventListener('keydown', (e) => {
    if (list.hidden) return;
    if (e.key === 'ArrowDown') active = Math.min(active + 1, hits.length - 1);
    else if (e.key === 'ArrowUp') active = Math.max(active - 1, 0);
    else if (e.key === 'Enter') return pick(active);
    else if (e.key === 'Escape') return close();
    else return;
    e.preventDefault();
    render();
  });
  input.addEventListener('blur', () => setTimeout(close, 150));
}
