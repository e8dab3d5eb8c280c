/**
 * How each kind of node looks: colour and shape per label (the legend reads the same table),
 * plus the Cytoscape stylesheet built from it. Plain data; renderer.ts applies it.
 */

/** Look of one label. */
export interface LabelStyle {
  color: string;
  shape:
    | 'ellipse'
    | 'round-rectangle'
    | 'diamond'
    | 'hexagon'
    | 'triangle'
    | 'round-tag'
    | 'barrel'
    | 'star'
    | 'rhomboid';
  size: number;
}

/** Styles for the labels of the documented schema; anything else gets FALLBACK. */
export const LABEL_STYLES: Record<string, LabelStyle> = {
  Person: { color: '#4f7cff', shape: 'ellipse', size: 44 },
  Event: { color: '#f5a524', shape: 'diamond', size: 36 },
  Role: { color: '#a06cd5', shape: 'round-tag', size: 32 },
  Country: { color: '#17b890', shape: 'hexagon', size: 40 },
  Place: { color: '#3fb6d9', shape: 'triangle', size: 34 },
  Organization: { color: '#e4577a', shape: 'round-rectangle', size: 36 },
  Topic: { color: '#8d99ae', shape: 'barrel', size: 30 },
  Article: { color: '#c9b79c', shape: 'rhomboid', size: 30 },
};

/** Look of labels not in the table. */
export const FALLBACK: LabelStyle = { color: '#9aa5b1', shape: 'ellipse', size: 30 };

/** Style of a label (first label of a node). */
export function styleOf(label: string | undefined): LabelStyle {
  return (label && LABEL_STYLES[label]) || FALLBACK;
}

/** One Cytoscape style rule (selector + declarations), kept free of cytoscape types here. */
export interface StyleRule {
  selector: string;
  style: Record<string, string | number>;
}

/** The stylesheet: label-driven node look, labelled curved edges, selection and pin states. */
export function stylesheet(): StyleRule[] {
  const perLabel = Object.entries(LABEL_STYLES).map(([label, s]) => ({
    selector: `node[label = "${label}"]`,
    style: { 'background-color': s.color, shape: s.shape, width: s.size, height: s.size },
  }));
  return [
    {
      selector: 'node',
      style: {
        'background-color': FALLBACK.color,
        label: 'data(caption)',
        color: '#e8ecf3',
        'font-size': 11,
        'font-family': 'Inter, system-ui, sans-serif',
        'text-valign': 'bottom',
        'text-margin-y': 5,
        'text-wrap': 'ellipsis',
        'text-max-width': '120px',
        // A dark pill behind each label: where labels cross a node or each other, each stays readable.
        'text-background-color': '#12161f',
        'text-background-opacity': 0.78,
        'text-background-padding': '2px',
        'text-background-shape': 'round-rectangle',
        // Labels too small to read are not drawn: big graphs stay fast when zoomed out.
        'min-zoomed-font-size': 7,
        'border-width': 2,
        'border-color': '#12161f',
      },
    },
    ...perLabel,
    // The node being looked at and its neighbours draw above the rest, labels included.
    { selector: 'node.center', style: { 'border-color': '#ffffff', 'border-width': 3, 'z-index': 20 } },
    { selector: 'node.near', style: { 'z-index': 15 } },
    {
      selector: 'node.pinned',
      style: { 'border-style': 'double', 'border-width': 5, 'border-color': '#ffd166' },
    },
    {
      selector: 'node:selected',
      style: { 'border-color': '#ffd166', 'border-width': 4, 'overlay-opacity': 0, 'z-index': 30 },
    },
    {
      selector: 'node.more',
      style: {
        'background-opacity': 0.25,
        'border-style': 'dashed',
        'border-color': '#ffd166',
        shape: 'round-rectangle',
        width: 70,
        height: 26,
        'text-valign': 'center',
        'text-margin-y': 0,
        color: '#ffd166',
        'font-size': 10,
      },
    },
    { selector: 'node.path', style: { 'border-color': '#ff6b6b', 'border-width': 5 } },
    { selector: 'edge.path', style: { 'line-color': '#ff6b6b', 'target-arrow-color': '#ff6b6b', width: 4 } },
    {
      selector: 'edge',
      style: {
        width: 1.6,
        'line-color': '#4a5468',
        'target-arrow-color': '#4a5468',
        'target-arrow-shape': 'triangle',
        'arrow-scale': 0.8,
        'curve-style': 'bezier',
        label: 'data(type)',
        'font-size': 8,
        color: '#aab4c5',
        'text-rotation': 'autorotate',
        'text-background-color': '#12161f',
        'text-background-opacity': 0.85,
        'text-background-padding': '2px',
        // Relationship names appear once zoomed in (8 px drawn at 10 px or more) or on the
        // selected node's edges: twenty-five "MET" labels around a hub hide the names.
        'min-zoomed-font-size': 10,
      },
    },
    { selector: 'edge.near', style: { 'min-zoomed-font-size': 0, 'z-index': 15 } },
    {
      selector: 'edge[type = "MET"]',
      style: { 'line-color': '#4f7cff', 'target-arrow-color': '#4f7cff', width: 2.6 },
    },
    { selector: 'edge:selected', style: { 'line-color': '#ffd166', 'target-arrow-color': '#ffd166' } },
    { selector: '.faded', style: { opacity: 0.12 } },
    { selector: '.filtered, .user-hidden', style: { display: 'none' } },
  ];
}
