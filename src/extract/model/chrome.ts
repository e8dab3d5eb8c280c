/**
 * Page-chrome patterns: lines a news page carries around the story (menus, share buttons,
 * copyright, "most read" lists, newsletter prompts). Data only; `clean.ts` applies them line by
 * line. Every pattern is anchored to a whole line so a story sentence that merely contains
 * "share" or "copyright" is never dropped.
 */

/** Line patterns grouped by what the cleaner does with a matching line. */
export interface ChromeModel {
  /** A line that starts the trailing chrome: it and everything after it go ("The most popular articles"). */
  cutFrom: RegExp[];
  /** A line dropped on its own ("SHARE THIS ARTICLE", "© 2024 Daily Sabah"). */
  drop: RegExp[];
  /** A label line whose value follows on the next line or after the colon ("Source:", "Šaltinis:"). */
  sourceLabel: RegExp;
  /** A line that is a breadcrumb or menu: short segments joined by "/", "|", ">" or "»". */
  breadcrumb: RegExp;
  /** Lines longer than this (in characters) are story paragraphs unless `dropLong` matches. */
  maxChromeLineLength: number;
  /** The chrome that comes as long paragraphs: reprint bans, rights notices. */
  dropLong: RegExp[];
  /** Credits inside a kept line, removed from it: "(Photo by Jane Roe/AFP)", "(Photo: IRNA)". */
  inlineCredit: RegExp;
}

const SOURCE_WORDS = 'Source|Sources|Šaltinis|Quelle|Fuente|Fonte|Kaynak|Источник|Джерело|Źródło|Zdroj|Forrás|Izvor|Sursa|Bron|Kilde|Lähde|Källa|Via|Credit';

/** Builds the default chrome model (cheap; patterns are compiled once per call). */
export function loadChromeModel(): ChromeModel {
  return {
    cutFrom: [
      /^(the\s+)?most\s+(popular|read|viewed|shared|commented|emailed)(\s+(articles?|stories|news|posts|today|this week|now))?\s*:?$/i,
      /^(related|similar|recommended|suggested|more)\s+(articles?|stories|news|posts|content|reading|coverage|topics|videos|links|from\s+.{1,40})\s*:?$/i,
      /^(trending|popular|latest|top|breaking|recent)\s+(now|news|stories|articles|posts|headlines)\s*:?$/i,
      /^comments?\s*\(\d+\)$/i,
      /^(related|trending|popular|latest|top stories|top news|editor'?s picks?|in case you missed it|you (may|might) (also )?(like|be interested in)|read (also|more|next)|see also|also read|more on this( topic| story)?)\s*:?$/i,
      /^(leave a (comment|reply)|\d+\s+comments?|comments?|add (a )?comment|post a comment|join the (discussion|conversation)|show comments)\s*:?$/i,
      /^(share this (article|story|post|page)?|share on:?|share:)$/i,
      // More list headers of the genre's sites: "Hot News", "In Focus", "Also on Press TV", "Don’t miss".
      /^(hot news|in focus|editor['’]?s (choice|picks?)|other (news|stories|articles)|also on .{2,30}|featured( news| stories)?|news in pictures|(top )?headlines|don['’]?t miss|recommended for you|what to read next|more in .{2,30}|in other news|from the web|around the web|you may have missed|must read)\s*:?$/i,
      /^(tags?|topics|keywords|filed under)\s*:.*$/i,
    ],
    drop: [
      /^(share|tweet|email|e-mail|print|whatsapp|telegram|facebook|twitter|linkedin|reddit|pinterest|copy link|save|comment|x)(\s*[|·•/]\s*(share|tweet|email|e-mail|print|whatsapp|telegram|facebook|twitter|linkedin|reddit|pinterest|copy link|save|comment|x))*$/i,
      /^share (on|via|to)\b\s*:?.{0,80}$/i,
      // Metadata bars and bracketed credits: "2023-12-08 21:14 | Source: X | Editor: Y", "[Editor: Y]".
      /\b(source|editor|author|writer|reporter|posted by|translator)\s*:\s*[^|]{1,40}(\||$)/i,
      /^\[(editor|author|reporter|writer|translator|source|photo)\s*:\s*[^\]]{1,60}\]$/i,
      /^(©|\(c\)|copyright\b).*/i,
      /all rights reserved\.?\s*$/i,
      /\bwithout (the )?(prior |express )?written (permission|consent)\b/i,
      /^(copying|reproduction|republication|reprinting)\b.*\b(prohibited|forbidden|not allowed|permitted only)\b/i,
      /\b(website|site) can (also )?be accessed at the following alternate addresses\s*:?$/i,
      /^(https?:\/\/|www\.)\S+$/i,
      /^[\w-]+(\.[\w-]+)*\.[a-z]{2,}\/?$/i,
      // Credits name journalists, who must not become people of the story.
      /^\(?(reporting|writing|editing|additional reporting|compiled|translated|edited|written|photos?|prepared|posted|story|text|interview|video) by\b.{0,120}$/i,
      // "Text: Aynur Karimova, Photos: Elnur Mammadli": credit labels opening a line.
      /^(text|story|photos?|video|camera|interview)\s*:\s*.{1,80}$/i,
      // "Sevinj Aliyeva, Trend", "Yusif Babanli, AzerNews staff writer": a byline naming the outlet.
      /^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2},\s+(?:\p{Lu}[\p{L}.&-]*|.{0,40}\b(?:staff writer|writer|correspondent|reporter|contributor)s?)$/u,
      /^with inputs from\b.{0,80}$/i,
      // Agency sign-offs on a line of their own: "-- AFP", "(Reuters)", "—IRNA".
      /^[-–—(\s]*\(?(AFP|Reuters|AP|Xinhua|IRNA|TASS|PTI|APP|AA|WAM|SPA|KUNA|QNA|ONA|IANS|ANI|Trend|APA|AzerTac|AZERTAC|Anadolu|Sputnik|RIA Novosti|Interfax|Yonhap|Kyodo|Bernama|Antara)\)?\.?$/,
      /^(?:By|BY|by|Author|Editor|Correspondent)\s*:?\s+\p{Lu}[\p{L}'’.-]+(\s+\p{Lu}[\p{L}'’.-]+){0,3}(\s*(,|and|&)\s*\p{Lu}[\p{L}'’.-]+(\s+\p{Lu}[\p{L}'’.-]+){0,3})*$/u,
      /^\(?(ends?|end of story|###|\*\*\*)\)?$/i,
      /\bcontributed (reporting )?to this (report|story|article)\.?$/i,
      // Author notes: "Leyla Mammadova is a Baku-based journalist covering energy." (no story sentence says "who" after it).
      /^\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3} is (?:a|an|the|\p{Lu}[\p{L}'’. -]{1,30}['’]s)\s(?:(?!\bwho\b)[^.]){0,60}\b(?:journalist|correspondent|reporter|writer|columnist|analyst|editor|contributor|commentator)s?\b(?:(?!\bwho\b)[^.]){0,80}\.?$/u,
      /^.{2,40}\s(©|\(c\))\s*\d{4}.*$/i,
      /^(subscribe|sign up|sign in|log in|register|follow us|join us|download (our|the) app|get the app|newsletter|get our newsletter)\b.{0,80}$/i,
      /^follow\b.{0,40}\bon (telegram|twitter|facebook|instagram|x|youtube|whatsapp|google news|linkedin)\b.{0,80}$/i,
      /\bdelivered (straight |directly )?to your inbox\b/i,
      /^click to (share|print|email|tweet)\b.*$/i,
      /^(you are here|image source|image caption|media caption)\b.{0,80}$/i,
      /^(previous|next) (article|post|story)\b.{0,120}$/i,
      /©\s*(\d{4}|[A-Z])/,
      /^(we use cookies|this (web)?site uses cookies|accept( all)? cookies|cookie (policy|settings)).*$/i,
      /^(advertisement|sponsored( content)?|ad|ads by .*|scroll to continue.*|continue reading.*|click here.*|read more\s*[»›>]*)$/i,
      /^(read (also|more|next)|see also|also read|related|editor'?s (pick|choice)|recommended|sponsored|promoted|watch|listen|trending|don'?t miss|must read|more news|latest)\s*[:|»›>-]\s*.+$/i,
      /^more\s*[»›>]+$/i,
      /^(photo|image|video|file photo)\s*(credit)?\s*:\s*\S.{0,60}$/i,
      /^[A-Z]{1,4}(\/[A-Z]{1,4}){1,5}$/,
      /^(home|menu|search|skip to (main )?content|back to top|top|next|previous|prev|close|print this page)$/i,
    ],
    sourceLabel: new RegExp(`^(${SOURCE_WORDS})\\s*:\\s*(.*)$`, 'iu'),
    breadcrumb: /^(\s*[\p{Lu}][\p{L}&'.-]*( [\p{L}&'.-]+){0,2}\s*)([/|>»›]\s*[\p{Lu}][\p{L}&'.-]*( [\p{L}&'.-]+){0,2}\s*)+$/u,
    maxChromeLineLength: 220,
    inlineCredit: /\s*[([](?:photo|photos|image|picture|file photo|photo credit|credit)s?\s*(?:by|:|-)\s*[^)\]]{1,80}[)\]]|\s*(?:photo|image)\s*(?:by|:)\s*[\p{Lu}][\p{L}'’. -]{1,40}(?:\/\s*[\p{Lu}][\p{L}. ]{1,30})?\s*$/giu,
    dropLong: [
      /\b(subscription options|contains only a portion of the news|contact us for (a )?subscription)\b/i,
      /\bwithout (the )?(prior |express )?written (permission|consent)\b/i,
      /^(copying|reproduction|republication|reprinting)\b.*\b(prohibited|forbidden|not allowed|permitted only)\b/i,
      /^(©|\(c\)|copyright\b).*/i,
    ],
  };
}
