/**
 * Clean stage: drop page chrome, keep the story (title, dateline, caption, body). Works line by
 * line: a "most read" / "related" / comments header cuts everything after it; share buttons,
 * copyright, credits, bare URLs, breadcrumbs and source labels are dropped one by one; short
 * unpunctuated footer lines after the last story paragraph are trimmed ("Press TV News Roku").
 * Line breaks of kept lines are preserved so offsets stay meaningful to later stages.
 */
import type { ChromeModel } from './model/chrome.ts';

/** A line the cleaner classified, with its text trimmed. */
interface Line {
  raw: string;
  text: string;
}

/** Returns the story text of a page with its chrome removed. Pure; never throws. */
export function removePageChrome(raw: string, chrome: ChromeModel): string {
  const lines = raw.split(/\r?\n/).map((l) => ({ raw: l, text: tidy(l, chrome) }));
  const kept = trimFooter(dropMasthead(dropLines(cutTail(lines, chrome), chrome)));
  return collapseBlankLines(kept.map((l) => stripInlineCredits(l.raw.trimEnd(), chrome)));
}

function cutTail(lines: Line[], chrome: ChromeModel): Line[] {
  // Never cut inside the first lines: a "Related" menu item above the title is dropped, not a cut point.
  const firstStory = lines.findIndex((l) => isStoryLine(l.text));
  const at = lines.findIndex(
    (l, i) => i > firstStory && l.text.length <= MAX_MARKER && chrome.cutFrom.some((re) => re.test(l.text)),
  );
  return at === -1 ? lines : lines.slice(0, at);
}

function dropLines(lines: Line[], chrome: ChromeModel): Line[] {
  const out: Line[] = [];
  let skipNextValue = false;
  for (const line of lines) {
    if (line.text.length === 0) {
      out.push(line);
      continue;
    }
    if (skipNextValue) {
      skipNextValue = false;
      if (!isStoryLine(line.text)) continue;
    }
    const source = chrome.sourceLabel.exec(line.text);
    if (source !== null) {
      skipNextValue = (source[2] ?? '').trim().length === 0;
      continue;
    }
    if (isChromeLine(line.text, chrome)) continue;
    out.push(line);
  }
  return out;
}

// Before the first story paragraph, a line of one to three words without punctuation is a
// masthead or menu item ("Caucasus Herald", "Politics"); titles are longer or punctuated.
function dropMasthead(lines: Line[]): Line[] {
  const firstStory = lines.findIndex((l) => isStoryLine(l.text));
  if (firstStory === -1) return lines;
  return lines.filter(
    (l, i) => i >= firstStory || l.text.length === 0 || wordCount(l.text) > 3 || /[.!?,;:"”’)]/.test(l.text),
  );
}

// Cut markers ("Most Read", "Related Articles", "Tags: ...") are short lines.
const MAX_MARKER = 160;

// Long lines are paragraphs: only the few long chrome forms are tested on them (fast path).
function isChromeLine(text: string, chrome: ChromeModel): boolean {
  if (chrome.dropLong.some((re) => re.test(text))) return true;
  if (text.length > chrome.maxChromeLineLength) return false;
  if (chrome.drop.some((re) => re.test(text))) return true;
  if (chrome.cutFrom.some((re) => re.test(text))) return true;
  return chrome.breadcrumb.test(text) && !/[.!?,;:]$/.test(text);
}

// Whatever follows the last story paragraph is footer: links to other stories are headlines
// without a final stop, however long. A page with no story paragraph (a bare title) keeps everything.
function trimFooter(lines: Line[]): Line[] {
  let lastStory = -1;
  lines.forEach((l, i) => {
    if (isStoryLine(l.text)) lastStory = i;
  });
  return lastStory === -1 ? lines : lines.slice(0, lastStory + 1);
}

// A story paragraph ends like a sentence: a stop, a closing quote or a bracket.
function isStoryLine(text: string): boolean {
  return /[.!?"”’)…»]$/.test(text) && wordCount(text) >= 4;
}

// Counts words without allocating: this runs several times per line.
function wordCount(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || c === 9 || c === 160 || c === 10 || c === 13;
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return count;
}

// Short lines get their inner whitespace collapsed for the patterns; paragraphs only trimmed.
function tidy(line: string, chrome: ChromeModel): string {
  const t = line.trim();
  return t.length > chrome.maxChromeLineLength ? t : t.replace(/\s+/g, ' ');
}

// "(Photo by Jane Roe/AFP)" inside a caption names a photographer, not a person of the story.
function stripInlineCredits(line: string, chrome: ChromeModel): string {
  return line.includes('(') || /photo/i.test(line) ? line.replace(chrome.inlineCredit, '') : line;
}

function collapseBlankLines(lines: string[]): string {
  return lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
