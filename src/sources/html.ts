/**
 * Main-content extraction for HTML pages: @mozilla/readability on a linkedom document, serialised
 * to plain text with one line per block so later stages still see paragraphs and captions.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

// Elements that start a new line in the text we hand to the pipeline.
const BLOCK_TAGS = new Set([
  'P',
  'DIV',
  'SECTION',
  'ARTICLE',
  'LI',
  'UL',
  'OL',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'BLOCKQUOTE',
  'FIGCAPTION',
  'FIGURE',
  'TR',
  'TABLE',
  'PRE',
  'HEADER',
  'FOOTER',
  'DD',
  'DT',
  'BR',
  'HR',
]);

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** Appends the text of a node to parts, with a newline around block elements. */
function collectText(node: Node, parts: string[]): void {
  if (node.nodeType === TEXT_NODE) {
    parts.push((node.textContent ?? '').replace(/\s+/g, ' '));
    return;
  }
  if (node.nodeType !== ELEMENT_NODE) return;
  const block = BLOCK_TAGS.has(node.nodeName.toUpperCase());
  if (block) parts.push('\n');
  for (const child of Array.from(node.childNodes)) collectText(child, parts);
  if (block) parts.push('\n');
}

/** Plain text of a DOM node: blocks become lines, runs of spaces collapse, blank lines go. */
export function nodeToText(node: Node): string {
  const parts: string[] = [];
  collectText(node, parts);
  return parts
    .join('')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join('\n');
}

const squeeze = (text: string | null | undefined): string => (text ?? '').replace(/\s+/g, ' ').trim();

/**
 * The headline: the first <h1> that makes up most of the <title> ("Envoys meet in Doha" in
 * "Envoys meet in Doha | Gulf Desk"), which drops the site name; an <h1> that is only the site's
 * logo ("Gulf Desk") is too short a part of the title to count. Otherwise the title itself.
 */
function pickTitle(title: string, headings: readonly string[]): string {
  const headline = headings.find((h) => h !== '' && title.includes(h) && h.length * 2 >= title.length);
  return headline ?? title;
}

/** "2024-05-09T09:40:00+03:00" -> "2024-05-09"; anything that is not an ISO date gives null. */
function isoDay(value: string | null | undefined): string | null {
  return /^(\d{4}-\d{2}-\d{2})/.exec(value?.trim() ?? '')?.[1] ?? null;
}

/**
 * Main-content text of an HTML page: the title first, then a `Published: YYYY-MM-DD` line when the
 * page's metadata (article:published_time, JSON-LD datePublished) gives a date, since a date shown
 * outside the article body is lost with the page chrome; then the content. Falls back to the whole
 * body when readability finds no article.
 */
export function htmlToText(html: string): string {
  const { document } = parseHTML(html);
  const fallbackTitle = document.querySelector('title')?.textContent?.trim() ?? '';
  const headings = Array.from(document.querySelectorAll('h1')).map((h) => squeeze(h.textContent));
  const body = document.body ? nodeToText(document.body) : '';
  const article = new Readability(document as unknown as Document, { serializer: nodeToText }).parse();
  const title = pickTitle(squeeze(article?.title ?? fallbackTitle), headings);
  const published = isoDay(article?.publishedTime);
  let content = article?.content ?? body;
  // The title is kept as the first line (metadata reads it from there), once.
  if (title !== '' && content.startsWith(title)) content = content.slice(title.length).replace(/^\n/, '');
  return [title, published === null ? '' : `Published: ${published}`, content]
    .filter((line) => line !== '')
    .join('\n');
}
