/**
 * The page's controller: owns the renderer and the view state, loads neighbourhoods (capped,
 * with "show more"), keeps filters, legend, timeline and URL in step. Panels call it.
 */
import { api, ApiError, type Subgraph } from './api.ts';
import { byId, h, replace } from './dom.ts';
import { toElements } from './graph/elements.ts';
import { Renderer } from './graph/renderer.ts';
import { LABEL_STYLES, styleOf } from './graph/style.ts';
import { EMPTY_STATE, encodeState, type ViewState } from './state.ts';

/** Callbacks the controller needs from panels. */
export interface ExplorerHooks {
  selected(id: string | null): void;
}

/** The graph page controller. */
export class Explorer {
  readonly renderer: Renderer;
  state: ViewState = { ...EMPTY_STATE };
  /** Neighbours already loaded per expanded node (for "show more"). */
  private readonly loaded = new Map<string, number>();
  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  private noticeTimer: ReturnType<typeof setTimeout> | undefined;
  private restoring = false;

  constructor(private readonly hooks: ExplorerHooks) {
    this.renderer = new Renderer(byId('graph'), {
      select: (id) => this.select(id),
      expand: (id) => void this.expand(id),
      showMore: (id) => void this.expand(id),
      changed: () => this.save(),
    });
  }

  /** Clears the view and shows a node with its first page of neighbours. */
  async open(id: string): Promise<void> {
    this.renderer.clear();
    this.loaded.clear();
    await this.expand(id);
    this.select(id);
  }

  /** Loads the next page of a node's neighbours into the view. */
  async expand(id: string): Promise<void> {
    const skip = this.loaded.get(id) ?? 0;
    try {
      const page = await api.neighbours(id, skip);
      this.loaded.set(id, skip + page.shown);
      const added = this.renderer.add(toElements(page), id);
      this.renderer.cy.getElementById(page.center).addClass('center');
      const remaining = page.total - (skip + page.shown);
      this.renderer.setMore(id, remaining);
      const shownNow = skip + page.shown;
      this.notice(
        remaining > 0
          ? `${shownNow} of ${page.total} neighbours shown`
          : `All ${page.total} neighbours shown`,
        remaining > 0 ? { label: 'Show more', run: () => void this.expand(id) } : undefined,
      );
      this.afterChange(added > 0);
    } catch (error) {
      this.error(error);
    }
  }

  /** Adds a subgraph (query results, meetings, a path) to the view. */
  addGraph(graph: Subgraph, options: { replace: boolean } = { replace: false }): void {
    if (options.replace) {
      this.renderer.clear();
      this.loaded.clear();
      byId('notice').hidden = true;
    }
    const added = this.renderer.add(toElements(graph));
    this.afterChange(added > 0);
  }

  /** Restores nodes, positions and filters from a state (a reloaded or shared link). */
  async restore(state: ViewState): Promise<void> {
    // Saving while the subgraph loads would overwrite the link's nodes with an empty view.
    this.restoring = true;
    const nodes = [...state.nodes];
    const positions = { ...state.positions };
    this.state = state;
    try {
      if (nodes.length > 0) {
        const graph = await api.subgraph(nodes);
        this.renderer.add(toElements(graph));
        this.renderer.place(positions);
        // Filters first, so the fit frames what is actually visible.
        this.applyFilter();
        if (nodes.some((id) => !positions[id])) this.renderer.layout({ animate: false });
        else this.renderer.fit();
      }
    } finally {
      this.restoring = false;
    }
    this.refreshFacets();
    this.applyFilter();
    if (state.selected) this.select(state.selected);
  }

  /** Selects a node (details panel follows). */
  select(id: string | null): void {
    this.state.selected = id;
    if (id) this.renderer.focus(id);
    this.hooks.selected(id);
    this.save();
  }

  /** Shows a short message over the graph, with an optional action. */
  notice(text: string, action?: { label: string; run(): void }, kind: 'info' | 'error' = 'info'): void {
    const box = byId('notice');
    box.className = `notice ${kind}`;
    replace(
      box,
      h('span', {}, text),
      action ? h('button', { onclick: () => action.run() }, action.label) : null,
      h('button', { onclick: () => (box.hidden = true), title: 'Dismiss' }, '×'),
    );
    box.hidden = false;
    clearTimeout(this.noticeTimer);
    // Information fades after a while; errors and offers to show more stay until dismissed.
    if (kind === 'info' && !action) this.noticeTimer = setTimeout(() => (box.hidden = true), 6000);
  }

  /** Shows an API error over the graph. */
  error(error: unknown): void {
    const message = error instanceof ApiError ? error.message : 'The server could not be reached.';
    this.notice(message, undefined, 'error');
  }

  /** Re-applies label and date filters. */
  applyFilter(): void {
    this.renderer.applyFilter({ hiddenLabels: new Set(this.state.hiddenLabels), years: this.state.years });
  }

  /** Writes the state into the URL (debounced; replaceState so Back is not flooded). */
  save(): void {
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => {
      if (this.restoring) return this.save();
      this.state.nodes = this.renderer.nodeIds();
      this.state.positions = this.renderer.positions();
      history.replaceState(null, '', encodeState(this.state));
    }, 150);
  }

  /** Writes the state now (before a share or a test reload). */
  saveNow(): string {
    this.state.nodes = this.renderer.nodeIds();
    this.state.positions = this.renderer.positions();
    const hash = encodeState(this.state);
    history.replaceState(null, '', hash);
    return location.href;
  }

  private afterChange(relayout: boolean): void {
    byId('empty').hidden = this.renderer.nodeIds().length > 0;
    if (relayout) this.renderer.layout();
    this.refreshFacets();
    this.applyFilter();
    this.save();
  }

  /** Rebuilds the legend, the label filter chips and the timeline from what is shown. */
  refreshFacets(): void {
    const { labels, years } = this.renderer.facets();
    byId('empty').hidden = labels.size > 0;
    const legend = [...labels.keys()].sort((a, b) => order(a) - order(b));
    replace(
      byId('legend'),
      ...legend.map((label) =>
        h(
          'span',
          { class: 'badge' },
          h('span', { class: 'dot', style: `background:${styleOf(label).color}` }),
          label,
        ),
      ),
    );
    byId('legend').hidden = legend.length === 0;
    replace(
      byId('filters'),
      ...legend.map((label) => {
        const off = this.state.hiddenLabels.includes(label);
        return h(
          'button',
          {
            class: `chip${off ? ' off' : ''}`,
            title: off ? `Show ${label}` : `Hide ${label}`,
            'data-label': label,
            onclick: () => this.toggleLabel(label),
          },
          h('span', { class: 'dot', style: `background:${styleOf(label).color}` }),
          `${label} ${labels.get(label) ?? 0}`,
        );
      }),
    );
    this.refreshTimeline(years);
  }

  private toggleLabel(label: string): void {
    const hidden = new Set(this.state.hiddenLabels);
    if (hidden.has(label)) hidden.delete(label);
    else hidden.add(label);
    this.state.hiddenLabels = [...hidden];
    this.refreshFacets();
    this.applyFilter();
    this.save();
  }

  private refreshTimeline(years: number[]): void {
    const box = byId('timeline');
    if (years.length === 0) {
      box.hidden = true;
      return;
    }
    const min = Math.min(...years);
    const max = Math.max(...years);
    box.hidden = false;
    const from = byId<HTMLInputElement>('year-from');
    const to = byId<HTMLInputElement>('year-to');
    for (const input of [from, to]) {
      input.min = String(min);
      input.max = String(max);
    }
    const [a, b] = this.state.years
      ? [Math.max(min, this.state.years[0]), Math.min(max, this.state.years[1])]
      : [min, max];
    from.value = String(a);
    to.value = String(b);
    byId('year-label').textContent = a === b ? String(a) : `${a} – ${b}`;
  }

  /** Called by the range inputs. */
  setYears(from: number, to: number): void {
    const [a, b] = from <= to ? [from, to] : [to, from];
    this.state.years = [a, b];
    byId('year-label').textContent = a === b ? String(a) : `${a} – ${b}`;
    this.applyFilter();
    this.save();
  }
}

function order(label: string): number {
  const i = Object.keys(LABEL_STYLES).indexOf(label);
  return i === -1 ? 99 : i;
}
