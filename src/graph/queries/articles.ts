/** Articles: the ones behind a fact (with the sentence that states it), and one article with its text. */
import neo4j, { type Driver } from 'neo4j-driver';
import { MAX_ROWS } from '../../shared/limits.ts';
import { text, textOrNull, texts } from '../values.ts';
import { readRecords } from './read.ts';

/** An article behind a fact, with the sentence that states it. */
export interface ArticleBehind {
  articleId: string;
  title: string | null;
  outlet: string | null;
  published: string | null;
  file: string | null;
  evidence: string | null;
  via: 'REPORTED_IN' | 'HOLDS' | 'MENTIONS';
}

/** An article with its text and the evidence sentences it supports. */
export interface ArticleView {
  id: string;
  title: string | null;
  outlet: string | null;
  published: string | null;
  text: string;
  evidence: string[];
}

/** The articles (and sentences) behind an event, a role or any other entity. */
export async function articlesBehind(
  driver: Driver,
  id: string,
  options: { limit?: number } = {},
): Promise<ArticleBehind[]> {
  const limit = neo4j.int(options.limit ?? MAX_ROWS);
  return (await readRecords(driver, 'articles-behind', { id, limit })).map((r) => {
    const via = r.get('via');
    return {
      articleId: text(r.get('articleId')),
      title: textOrNull(r.get('title')),
      outlet: textOrNull(r.get('outlet')),
      published: textOrNull(r.get('published')),
      file: textOrNull(r.get('file')),
      evidence: textOrNull(r.get('evidence')),
      via: via === 'REPORTED_IN' || via === 'HOLDS' ? via : 'MENTIONS',
    };
  });
}

/** An article with its text; null when absent. */
export async function articleById(driver: Driver, id: string): Promise<ArticleView | null> {
  const record = (await readRecords(driver, 'article', { id }))[0];
  if (!record) return null;
  return {
    id,
    title: textOrNull(record.get('title')),
    outlet: textOrNull(record.get('outlet')),
    published: textOrNull(record.get('published')),
    text: text(record.get('text')),
    evidence: texts(record.get('evidence')),
  };
}
