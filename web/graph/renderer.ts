/**
 * The graph view: the only importer of cytoscape. Adds and removes elements, runs the fcose
 * force-directed layout (pinned nodes stay put), hides by label and date, exports PNG, and
 * reports taps to the page through callbacks.
 */
import cytoscape, { type Core, type ElementDefinition, type NodeSingular } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { type ElementDef, inYearRange } from './elements.ts';
import { stylesheet } from './style.ts';

cytoscape.use(fcose);

/** Node count above which the first paint uses a cheap layout before fcose refines it. */
const BIG_GRAPH = 300;

/** What the page hears from the graph. */
export interface RendererEvents {
  select(id: string | null): void;
  expand(id: string): void;
  showMore(centerId: string): void;
  changed(): void;
}

/** Filter state applied to the view. */
export interface ViewFilter {
  hiddenLabels: Set<string>;
  years: [number, number] | null;
}

/** A node's saved position. */
export type Positions = Record<string, { x: number; y: number }>;

/** Wraps one cytoscape instance. */
export class Renderer {
  readonly cy: Core;
  private layoutRunning = false;

  /** True while a layout or an animation moves nodes (tests and the benchmark wait for it). */
  get busy(): boolean {
    return this.layoutRunning || this.cy.nodes().filter((n) => n.animated()).length > 0;
  }

  constructor(
    container: HTMLElement,
    private readonly events: RendererEvents,
  ) {
    this.cy = cytoscape({
      container,
      style: stylesheet() as unknown as cytoscape.StylesheetJson,
      minZoom: 0.05,
      maxZoom: 4,
      boxSelectionEnabled: true,
    });
    this.cy.on('tap', 'node', (e) => {
      const node = e.target as NodeSingular;
      if (node.hasClass('more')) this.events.showMore(String(node.data('center')));
      else this.events.select(node.id());
    });
    this.cy.on('tap', (e) => {
      if (e.target === this.cy) this.events.select(null);
    });
    this.cy.on('dbltap', 'node', (e) => {
      const node = e.target as NodeSingular;
      if (!node.hasClass('more')) this.events.expand(node.id());
    });
    this.cy.on('dragfree', 'node', () => this.events.changed());
    this.cy.on('select unselect', 'node', () => this.markNearSelection());
  }

  // The selected nodes' edges and neighbours are raised and their edges labelled (style.ts).
  private markNearSelection(): void {
    const selected = this.cy.nodes(':selected');
    this.cy.batch(() => {
      this.cy.elements('.near').removeClass('near');
      selected.connectedEdges().addClass('near');
      selected.neighborhood('node').addClass('near');
    });
  }

  /** Adds elements not yet shown; returns how many nodes were new. */
  add(elements: ElementDef[], around?: string): number {
    const fresh = elements.filter((e) => this.cy.getElementById(e.data.id).empty());
    const origin = around ? this.cy.getElementById(around) : null;
    const at = origin && origin.nonempty() ? origin.position() : { x: 0, y: 0 };
    const defs: ElementDefinition[] = fresh.map((e) =>
      e.group === 'nodes'
        ? { group: 'nodes', data: { ...e.data }, position: { x: at.x + jitter(), y: at.y + jitter() } }
        : { group: 'edges', data: { ...e.data } },
    );
    // Nodes first: an edge is only added when both of its ends are on screen.
    this.cy.add(defs.filter((d) => d.group === 'nodes'));
    this.cy.add(defs.filter((d) => d.group === 'edges' && this.hasEnds(d)));
    return fresh.filter((e) => e.group === 'nodes').length;
  }

  private hasEnds(def: ElementDefinition): boolean {
    const { source, target } = def.data as { source?: string; target?: string };
    return (
      !!source &&
      !!target &&
      this.cy.getElementById(source).nonempty() &&
      this.cy.getElementById(target).nonempty()
    );
  }

  /** Shows or updates the "+N more" handle next to a partly expanded node. */
  setMore(centerId: string, remaining: number): void {
    const id = `more:${centerId}`;
    this.cy.getElementById(id).remove();
    if (remaining <= 0) return;
    const center = this.cy.getElementById(centerId);
    if (center.empty()) return;
    const pos = center.position();
    this.cy.add([
      {
        group: 'nodes',
        data: { id, center: centerId, caption: `+${remaining} more`, label: 'More' },
        classes: 'more',
        position: { x: pos.x + 60, y: pos.y - 40 },
      },
      {
        group: 'edges',
        data: { id: `${id}:edge`, source: centerId, target: id, type: '' },
        classes: 'more-edge',
      },
    ]);
  }

  /**
   * Runs the force-directed layout; pinned nodes keep their place. A big graph is first placed
   * on an instant spiral and painted, then refined by fcose after that first frame, so
   * the analyst sees the nodes at once instead of a frozen page.
   */
  layout(options: { animate: boolean } = { animate: true }): void {
    const visible = this.shown();
    if (visible.length === 0) return;
    this.layoutRunning = true;
    this.setBigMode(visible.nodes().length > BIG_GRAPH);
    if (visible.nodes().length > BIG_GRAPH) {
      this.sunflower(visible.nodes());
      this.fitPositions(visible.nodes());
      // Two frames: the concentric placement is painted before fcose takes the main thread.
      requestAnimationFrame(() =>
        requestAnimationFrame(() => setTimeout(() => this.forceLayout(visible, false), 0)),
      );
    } else {
      this.forceLayout(visible, options.animate);
    }
  }

  private bigMode = false;

  /** Big graphs draw straight unlabelled edges without arrows (haystack), the cheapest edge style. */
  private setBigMode(big: boolean): void {
    if (big === this.bigMode) return;
    this.bigMode = big;
    const sheet = stylesheet() as unknown as cytoscape.StylesheetJson;
    const extra = big
      ? [
          {
            selector: 'edge',
            style: {
              'curve-style': 'haystack',
              'haystack-radius': 0,
              label: '',
              'target-arrow-shape': 'none',
            },
          },
        ]
      : [];
    this.cy.style([...(sheet as unknown[]), ...extra] as cytoscape.StylesheetJson);
  }

  /**
   * Instant placement for a first paint: best-connected nodes in the middle, the rest on a
   * sunflower spiral (golden angle). Unlike built-in layouts it measures no labels: O(n).
   */
  private sunflower(nodes: cytoscape.NodeCollection): void {
    const sorted = nodes.sort((a, b) => b.degree(false) - a.degree(false));
    const golden = Math.PI * (3 - Math.sqrt(5));
    this.cy.batch(() => {
      sorted.forEach((node, i) => {
        const r = 38 * Math.sqrt(i);
        node.position({ x: r * Math.cos(i * golden), y: r * Math.sin(i * golden) });
      });
    });
  }

  /** Fits node centres in the view without measuring labels (cy.fit measures every label). */
  private fitPositions(nodes: cytoscape.NodeCollection): void {
    let [x1, y1, x2, y2] = [Infinity, Infinity, -Infinity, -Infinity];
    nodes.forEach((n) => {
      const { x, y } = n.position();
      [x1, y1, x2, y2] = [Math.min(x1, x), Math.min(y1, y), Math.max(x2, x), Math.max(y2, y)];
    });
    const pad = 60;
    const zoom = Math.min(
      4,
      (this.cy.width() - 2 * pad) / Math.max(1, x2 - x1),
      (this.cy.height() - 2 * pad) / Math.max(1, y2 - y1),
    );
    this.cy.viewport({
      zoom,
      pan: {
        x: this.cy.width() / 2 - zoom * ((x1 + x2) / 2),
        y: this.cy.height() / 2 - zoom * ((y1 + y2) / 2),
      },
    });
  }

  private forceLayout(visible: cytoscape.Collection, animate: boolean): void {
    const fixed = this.cy.nodes('.pinned').map((n) => ({ nodeId: n.id(), position: n.position() }));
    const big = visible.nodes().length > BIG_GRAPH;
    visible
      .layout({
        name: 'fcose',
        animate: animate && !big,
        animationDuration: 400,
        randomize: big,
        quality: big ? 'draft' : 'default',
        nodeRepulsion: () => 9000,
        idealEdgeLength: () => 90,
        // Small graphs lay out around their labels, not only their shapes, so names do not
        // overlap; measuring every label is what a 2,000-node first paint cannot afford.
        nodeDimensionsIncludeLabels: !big,
        fixedNodeConstraint: fixed.length > 0 ? fixed : undefined,
        fit: false,
        stop: () => {
          this.layoutRunning = false;
          this.fit();
          this.events.changed();
        },
      } as cytoscape.LayoutOptions)
      .run();
  }

  /** Fits the visible graph in the view. */
  fit(): void {
    this.cy.fit(this.shown(), 40);
    // A two-node graph fitted to the screen is cartoonishly large.
    if (this.cy.zoom() > 1.6)
      this.cy.zoom({ level: 1.6, renderedPosition: { x: this.cy.width() / 2, y: this.cy.height() / 2 } });
  }

  /** Zooms by a factor around the centre of the view. */
  zoomBy(factor: number): void {
    this.cy.zoom({
      level: this.cy.zoom() * factor,
      renderedPosition: { x: this.cy.width() / 2, y: this.cy.height() / 2 },
    });
  }

  /** Pins or unpins a node (pinned nodes are not moved by re-layout). */
  togglePin(id: string): boolean {
    const node = this.cy.getElementById(id);
    node.toggleClass('pinned');
    return node.hasClass('pinned');
  }

  /** Hides a node (and its edges) until the filters are reset. */
  hide(id: string): void {
    this.cy.getElementById(id).addClass('user-hidden');
  }

  /** Removes a node and its edges from the view. */
  remove(id: string): void {
    this.cy.getElementById(id).remove();
    this.cy.getElementById(`more:${id}`).remove();
  }

  /** Removes everything. */
  clear(): void {
    this.cy.elements().remove();
  }

  /**
   * Applies label and year filters: events and dated edges outside the years are hidden. Classes,
   * not style bypasses, so filtering 2,000 nodes is one restyle.
   */
  applyFilter(filter: ViewFilter): void {
    const outside = (date: unknown) =>
      filter.years !== null &&
      typeof date === 'string' &&
      !inYearRange(date, filter.years[0], filter.years[1]);
    this.cy.batch(() => {
      this.cy.nodes().forEach((n) => {
        const label = String(n.data('label'));
        n.toggleClass(
          'filtered',
          filter.hiddenLabels.has(label) || (label === 'Event' && outside(n.data('date'))),
        );
      });
      this.cy.edges().forEach((e) => {
        e.toggleClass('filtered', outside(e.data('date')));
      });
    });
  }

  /** Marks nodes and edges of a path. */
  highlightPath(ids: string[]): void {
    this.cy.elements().removeClass('path');
    for (const id of ids) this.cy.getElementById(id).addClass('path');
  }

  /** Selects and centres a node. */
  focus(id: string): void {
    const node = this.cy.getElementById(id);
    if (node.empty()) return;
    this.cy.elements().unselect();
    node.select();
    this.cy.animate({ center: { eles: node } }, { duration: 250 });
  }

  /** Elements not hidden by a filter or by the user; by class, which is cheaper than ':visible' (no style pass). */
  private shown(): cytoscape.CollectionReturnValue {
    return this.cy.elements().not('.filtered, .user-hidden');
  }

  private shownNodes(): cytoscape.NodeCollection {
    return this.cy.nodes().filter((n) => !n.hasClass('more'));
  }

  /** Node ids shown (not "more" handles). */
  nodeIds(): string[] {
    return this.shownNodes().map((n) => n.id());
  }

  /** Labels and dates present, for the filter bar and the timeline. */
  facets(): { labels: Map<string, number>; years: number[] } {
    const labels = new Map<string, number>();
    const years: number[] = [];
    this.shownNodes().forEach((n) => {
      const label = String(n.data('label'));
      labels.set(label, (labels.get(label) ?? 0) + 1);
    });
    this.cy.elements().forEach((e) => {
      const date: unknown = e.data('date');
      if (typeof date === 'string') years.push(Number(date.slice(0, 4)));
    });
    return { labels, years };
  }

  /** Current positions of shown nodes, rounded for a short URL. */
  positions(): Positions {
    const out: Positions = {};
    this.shownNodes().forEach((n) => {
      out[n.id()] = { x: Math.round(n.position('x')), y: Math.round(n.position('y')) };
    });
    return out;
  }

  /** Moves nodes to saved positions. */
  place(positions: Positions): void {
    this.cy.batch(() => {
      for (const [id, pos] of Object.entries(positions)) this.cy.getElementById(id).position(pos);
    });
  }

  /** The view as a PNG blob (full graph, 2x scale, dark background). */
  png(): Blob {
    return this.cy.png({ output: 'blob', full: true, scale: 2, bg: '#12161f' });
  }

  /** The shown elements as JSON (for export). */
  json(): { nodes: unknown[]; edges: unknown[] } {
    return {
      nodes: this.shownNodes().map((n) => ({
        ...n.data(),
        position: { x: n.position('x'), y: n.position('y') },
      })),
      edges: this.cy
        .edges()
        .filter((e) => !e.hasClass('more-edge'))
        .map((e) => e.data()),
    };
  }
}

function jitter(): number {
  return (Math.random() - 0.5) * 80;
}
