//! The visible headline, chosen by agreement between the page's headings (`h1`–`h3`),
//! `og:title`, JSON-LD `headline` and `<title>`. A heading that the structured sources
//! confirm wins; otherwise the structured title, with a site-name suffix or prefix
//! removed only when it is one.

use crate::lexicon::chrome;
use crate::meta::PageFacts;
use crate::parse::{Dom, Ix, Kind, Tag};
use crate::strip::Stripped;
use crate::text::{is_bidi_control, is_word_char, Block};

/// Headings longer than this many characters are not headlines.
const MAX_TITLE_CHARS: usize = 400;
/// Headings shorter than this many characters are not headlines.
const MIN_TITLE_CHARS: usize = 6;
/// Agreement with a structured title needed for a heading to be taken as the headline.
const MIN_AGREEMENT: f32 = 0.6;
/// Agreement of a heading contained in a structured title (or containing it), before the
/// length ratio is added.
const CONTAINED_FLOOR: f32 = 0.1;
/// Extra agreement for an `h1` over an `h2`/`h3`.
const H1_PREFERENCE: f32 = 0.1;
/// Extra agreement for a heading inside or right before the article container.
const NEAR_BODY_PREFERENCE: f32 = 0.05;
/// A part of `<title>` shown on the page is taken as the headline only with this many words.
const MIN_SHOWN_PART_WORDS: usize = 3;
/// A block inside the article with at least this many characters (not counting spaces) and
/// a sentence mark is
/// running text: a sub-heading after it heads a section, not the article.
const MIN_RUNNING_CHARS: u32 = 80;
/// A site name in `<title>` has at most this many words.
const MAX_SITE_NAME_WORDS: usize = 6;

/// The article's headline.
pub fn choose(
    dom: &Dom,
    stripped: &Stripped,
    blocks: &[Block],
    root: Ix,
    facts: &PageFacts,
) -> Option<String> {
    let shown = choose_shown(dom, stripped, blocks, root, facts)?;
    Some(typed_spelling(shown, facts))
}

/// The headline as the page shows it (a heading, or a structured title).
fn choose_shown(
    dom: &Dom,
    stripped: &Stripped,
    blocks: &[Block],
    root: Ix,
    facts: &PageFacts,
) -> Option<String> {
    let refs: Vec<String> = [&facts.og_title, &facts.ld_headline, &facts.title_tag]
        .into_iter()
        .flatten()
        .map(|s| clean(s))
        .filter(|s| !s.is_empty())
        .collect();
    let ref_words: Vec<Vec<&str>> = refs.iter().map(|r| words(r).collect()).collect();
    let mut best: Option<(f32, String)> = None;
    let mut first_h1: Option<String> = None;
    // Whether that first `h1` sits with the article.
    let mut first_h1_near = false;
    // The article container's parent: a headline set just above the body is inside it.
    let article_parent = match dom.nodes[root].parent {
        crate::parse::NO_PARENT => root,
        p => p,
    };
    let body_end = dom.nodes[root].end;
    // Where the article's running text starts: `h2`/`h3` after it are its section titles.
    let text_start = blocks
        .iter()
        .find(|b| {
            !b.is_heading()
                && b.punct > 0
                && b.chars >= MIN_RUNNING_CHARS
                && b.link_chars * 2 < b.chars
                && dom.contains(root, b.first)
        })
        .map_or(body_end, |b| b.first);
    for i in 0..dom.nodes.len() {
        let Kind::Element(tag) = dom.nodes[i].kind else {
            continue;
        };
        // Headings after the article (related stories, comments) are never its headline,
        // except an `h1`.
        if !(tag == Tag::H1 || (matches!(tag, Tag::H2 | Tag::H3) && i < body_end)) {
            continue;
        }
        let text = element_text(dom, i);
        let len = text.chars().count();
        if !(MIN_TITLE_CHARS..=MAX_TITLE_CHARS).contains(&len) {
            continue;
        }
        if tag == Tag::H1 && first_h1.is_none() && !stripped.dropped[i] {
            first_h1 = Some(text.clone());
            first_h1_near =
                words(&text).count() >= MIN_SHOWN_PART_WORDS && dom.contains(article_parent, i);
        }
        // The heading's words, split only when a comparison gets that far.
        let mut text_words: Option<Vec<&str>> = None;
        let mut agree: f32 = 0.0;
        for (r, rw) in refs.iter().zip(&ref_words) {
            agree = agree.max(similarity(&text, &mut text_words, r, rw));
        }
        // A sub-heading after the article's first running paragraph titles a section: a
        // structured title that only overlaps it does not make it the headline.
        if agree <= 0.0 || (tag != Tag::H1 && i > text_start && agree < 1.0) {
            continue;
        }
        if tag == Tag::H1 {
            agree += H1_PREFERENCE;
        }
        if dom.contains(root, i) || i < root {
            agree += NEAR_BODY_PREFERENCE;
        }
        if agree >= MIN_AGREEMENT && best.as_ref().is_none_or(|(b, _)| agree > *b) {
            best = Some((agree, text));
        }
    }
    if let Some((_, t)) = best {
        return Some(t);
    }
    // No heading agrees with the structured titles (they were written for search
    // engines): the page's own `h1`, when it sits with the article, is what it shows.
    if first_h1_near {
        return first_h1;
    }
    let site = facts.metadata.site_name.as_deref();
    if let Some(h) = facts
        .ld_headline
        .as_deref()
        .map(clean)
        .filter(|s| !s.is_empty())
    {
        return Some(h);
    }
    // A part of a structured title that the page shows on its own (old layouts set the
    // headline in `<font><b>`, not in a heading).
    for t in [&facts.og_title, &facts.title_tag].into_iter().flatten() {
        let t = clean(t);
        for part in title_parts(&t) {
            if words(part).count() >= MIN_SHOWN_PART_WORDS && blocks.iter().any(|b| b.text == part)
            {
                return Some(part.to_string());
            }
        }
    }
    for t in [&facts.og_title, &facts.title_tag].into_iter().flatten() {
        let t = clean(t);
        if !t.is_empty() {
            return Some(strip_site_name(&t, site, &refs));
        }
    }
    first_h1
}

/// The headline as its author typed it: when a structured title (or a part of it around
/// a site-name separator) differs from the shown headline only in typography (curly
/// quotes, dashes, `&` spelled `and`), the structured spelling; otherwise `shown`.
fn typed_spelling(shown: String, facts: &PageFacts) -> String {
    let mut folded: Option<String> = None;
    for r in [&facts.og_title, &facts.ld_headline, &facts.title_tag]
        .into_iter()
        .flatten()
    {
        let r = clean(r);
        if r == shown {
            return shown;
        }
        let parts = title_parts(&r);
        for cand in std::iter::once(r.as_str()).chain(parts) {
            // Same spelling up to typography: about the same length first (cheap).
            if cand == shown || cand.len().abs_diff(shown.len()) > shown.len() / 4 + 4 {
                continue;
            }
            let f = folded.get_or_insert_with(|| fold_typography(&shown));
            if fold_typography(cand) == *f {
                return cand.to_string();
            }
        }
    }
    shown
}

/// `s` as a sequence of tokens (words, and single marks), whitespace ignored: typographic
/// quotes and dashes as their plain characters, dash runs (`--`) as one dash, spelled-out
/// signs (`and`) as the sign.
fn fold_typography(s: &str) -> String {
    const SEP: char = '\u{1}';
    let mut out = String::with_capacity(s.len() + 8);
    let mut word = String::new();
    let flush = |word: &mut String, out: &mut String| {
        if word.is_empty() {
            return;
        }
        let sign = chrome::SPELLED_SIGNS
            .iter()
            .find(|(w, _)| word.eq_ignore_ascii_case(w))
            .map(|(_, sign)| *sign);
        out.push_str(sign.unwrap_or(word));
        out.push(SEP);
        word.clear();
    };
    for c in s.chars() {
        if is_word_char(c) {
            word.push(c);
            continue;
        }
        flush(&mut word, &mut out);
        if c.is_whitespace() {
            continue;
        }
        let c = chrome::TYPOGRAPHIC_FORMS
            .iter()
            .find(|(shown, _)| *shown == c)
            .map_or(c, |(_, typed)| *typed);
        if c == '-' && out.ends_with("-\u{1}") {
            continue;
        }
        out.push(c);
        out.push(SEP);
    }
    flush(&mut word, &mut out);
    out
}

/// Whitespace collapsed, bidi controls removed.
fn clean(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for w in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        if w.chars().any(is_bidi_control) {
            out.extend(w.chars().filter(|c| !is_bidi_control(*c)));
        } else {
            out.push_str(w);
        }
    }
    out
}

/// The visible text of element `i`, whitespace collapsed.
fn element_text(dom: &Dom, i: Ix) -> String {
    let mut raw = String::new();
    let end = dom.nodes[i].end;
    let mut j = i;
    while j < end {
        if let Kind::Element(Tag::Script | Tag::Style | Tag::Noscript | Tag::Template) =
            dom.nodes[j].kind
        {
            j = dom.nodes[j].end;
            continue;
        }
        if let Some(t) = dom.text(j) {
            raw.push_str(t);
        } else if dom.tag(j) == Some(Tag::Br) {
            raw.push(' ');
        }
        j += 1;
    }
    clean(&raw)
}

/// How well heading `h` agrees with a structured title `r` (words `rw`), in 0..=1.
/// `hw` caches the heading's words across calls.
fn similarity<'h>(h: &'h str, hw: &mut Option<Vec<&'h str>>, r: &str, rw: &[&str]) -> f32 {
    if h == r {
        return 1.0;
    }
    let (hl, rl) = (h.chars().count() as f32, r.chars().count() as f32);
    // Only the shorter can be inside the longer.
    let (short, long) = if h.len() <= r.len() { (h, r) } else { (r, h) };
    let contained = occurs(long.as_bytes(), short.as_bytes());
    if contained {
        // Containment: agreement grows with the share of the longer one that is covered.
        return CONTAINED_FLOOR + (1.0 - CONTAINED_FLOOR) * hl.min(rl) / hl.max(rl);
    }
    let hw = hw.get_or_insert_with(|| words(h).collect());
    if hw.is_empty() || rw.is_empty() {
        return 0.0;
    }
    let common = hw.iter().filter(|w| rw.contains(w)).count() as f32;
    common / hw.len().max(rw.len()) as f32
}

/// Whether `needle` occurs in `hay` (byte containment is string containment in UTF-8). A
/// four-byte prefix test at each position comes before the full comparison: headings and
/// titles are a few dozen bytes, too short for a substring searcher's set-up to pay off.
fn occurs(hay: &[u8], needle: &[u8]) -> bool {
    let Some(head) = needle.first_chunk::<4>() else {
        return hay
            .windows(needle.len().max(1))
            .any(|w| w.starts_with(needle))
            || needle.is_empty();
    };
    let head = u32::from_le_bytes(*head);
    hay.windows(needle.len()).any(|w| {
        w.first_chunk::<4>()
            .is_some_and(|p| u32::from_le_bytes(*p) == head)
            && w == needle
    })
}

fn words(s: &str) -> impl Iterator<Item = &str> {
    s.split(|c: char| !is_word_char(c))
        .filter(|w| !w.is_empty())
}

/// The parts of a title split at its first or last site-name separator, longest first.
fn title_parts(t: &str) -> Vec<&str> {
    let mut parts = Vec::new();
    for sep in chrome::TITLE_SEPARATORS {
        if let Some((head, tail)) = t.rsplit_once(sep) {
            parts.extend([head.trim(), tail.trim()]);
        }
        if let Some((head, tail)) = t.split_once(sep) {
            parts.extend([head.trim(), tail.trim()]);
        }
    }
    parts.sort_by_key(|p| std::cmp::Reverse(p.len()));
    parts.dedup();
    parts
}

/// Removes a site-name suffix or prefix (`Headline - Site`, `Site | Headline`) when the
/// removed part is a site name: the known `site_name`, or a short part that another
/// structured title does not carry.
fn strip_site_name(t: &str, site: Option<&str>, refs: &[String]) -> String {
    for sep in chrome::TITLE_SEPARATORS {
        let Some((head, tail)) = t.rsplit_once(sep) else {
            continue;
        };
        let (head, tail) = (head.trim(), tail.trim());
        if head.is_empty() || tail.is_empty() {
            continue;
        }
        let is_site = |part: &str, other: &str| {
            site.is_some_and(|s| names_same_site(part, s.trim()))
                || (words(part).count() <= MAX_SITE_NAME_WORDS
                    && words(other).count() > words(part).count()
                    && refs.iter().any(|r| r.contains(other) && !r.contains(part)))
        };
        if is_site(tail, head) {
            return head.to_string();
        }
        if let Some((first, rest)) = t.split_once(sep) {
            if is_site(first.trim(), rest.trim()) {
                return rest.trim().to_string();
            }
        }
        if words(tail).count() <= MAX_SITE_NAME_WORDS / 2
            && words(head).count() >= 2 * words(tail).count()
        {
            return head.to_string();
        }
        if let Some((first, rest)) = t.split_once(sep) {
            let (first, rest) = (first.trim(), rest.trim());
            if words(first).count() <= MAX_SITE_NAME_WORDS / 2
                && words(rest).count() >= 2 * words(first).count()
            {
                return rest.to_string();
            }
        }
    }
    t.to_string()
}

/// Whether a part of a title names the site whose `og:site_name` is `site`: the name
/// itself, or its short or long form, one a word-prefix of the other ("Thrive Internet
/// Marketing" for "Thrive Internet Marketing Agency", "Acme News Online" for "Acme News"),
/// ignoring ASCII case. A one-word part must be the whole name: a headline's last word is
/// often a site's first.
fn names_same_site(part: &str, site: &str) -> bool {
    if part.eq_ignore_ascii_case(site) {
        return true;
    }
    let (short, long) = if part.len() < site.len() {
        (part, site)
    } else {
        (site, part)
    };
    short.contains(' ')
        && long.len() > short.len()
        && long.is_char_boundary(short.len())
        && long[..short.len()].eq_ignore_ascii_case(short)
        && long[short.len()..].starts_with(' ')
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        #[test]
        fn occurs_is_str_contains(hay in "[ab ـعن]{0,30}", needle in "[ab ـعن]{0,8}") {
            proptest::prop_assert_eq!(
                occurs(hay.as_bytes(), needle.as_bytes()),
                hay.contains(needle.as_str())
            );
        }
    }

    fn headline_of(html: &str) -> Option<String> {
        let dom = Dom::parse(html);
        let stripped = crate::strip::strip(&dom, false);
        let blocks = crate::text::segment(&dom, &stripped);
        let facts = crate::meta::collect(&dom);
        let th = crate::options::Thresholds::default();
        let root = crate::locate::locate(&dom, &stripped, &blocks, &facts, &th)?;
        choose(&dom, &stripped, &blocks, root, &facts)
    }

    const BODY_EN: &str = "<p>The harbour authority said on Monday that the new ferry line \
        will run twice a day from June, with tickets sold online and at the pier.</p>\
        <p>Residents of the islands have asked for a faster crossing for years, and the \
        operator expects the line to carry four hundred passengers a day.</p>";

    #[test]
    fn the_h1_beside_the_article_wins_over_a_search_engine_title() {
        let page = format!(
            "<html><head><title>Ferry tickets 2025 - cheap island crossings - portsite</title>\
             <meta property='og:title' content='Ferry tickets 2025 - cheap island crossings'>\
             </head><body><main><h1>A new ferry line links the islands twice a day</h1>\
             <div class=story>{BODY_EN}</div></main></body></html>"
        );
        assert_eq!(
            headline_of(&page).as_deref(),
            Some("A new ferry line links the islands twice a day")
        );
    }

    #[test]
    fn a_section_title_inside_the_text_is_not_the_headline() {
        // The og:title holds the words of a sub-heading set after the first paragraph:
        // that heading titles a section, and the page's own h1 is the headline. A
        // sub-heading equal to a structured title is still taken.
        let page = format!(
            "<html><head><meta property='og:title' content='5 Island Ferry Timetables | Portsite'>\
             </head><body><main><h1>Why the islands waited so long for a daily ferry</h1>\
             <div class=story>{BODY_EN}<h2>Island Ferry Timetables</h2>{BODY_EN}</div></main>\
             </body></html>"
        );
        assert_eq!(
            headline_of(&page).as_deref(),
            Some("Why the islands waited so long for a daily ferry")
        );
        let page = format!(
            "<html><head><meta property='og:title' content='Island ferry timetables for 2025'>\
             </head><body><main><h1>Island ferry timetables</h1><div class=story>{BODY_EN}\
             <h2>Island ferry timetables for 2025</h2>{BODY_EN}</div></main></body></html>"
        );
        assert_eq!(
            headline_of(&page).as_deref(),
            Some("Island ferry timetables for 2025")
        );
    }

    #[test]
    fn an_h1_that_agrees_with_og_title_is_taken_and_a_logo_h1_is_not() {
        // The h1 that agrees wins; with no agreeing heading and the only h1 a one-word
        // logo outside the article, the structured title is used.
        let page = format!(
            "<html><head><meta property='og:title' content='Ferry line opens'></head>\
             <body><main><h1>Ferry line opens</h1><div class=story>{BODY_EN}</div></main>\
             </body></html>"
        );
        assert_eq!(headline_of(&page).as_deref(), Some("Ferry line opens"));
        let page = format!(
            "<html><head><meta property='og:title' content='Ferry line opens'></head>\
             <body><div class=top><h1>Portsite</h1></div><main><div class=story>{BODY_EN}\
             </div></main></body></html>"
        );
        assert_eq!(headline_of(&page).as_deref(), Some("Ferry line opens"));
    }

    #[test]
    fn site_suffix_removed_only_when_it_is_one() {
        let refs = vec!["عنوان الخبر الطويل هنا".to_string()];
        assert_eq!(
            strip_site_name("عنوان الخبر الطويل هنا - الجزيرة نت", None, &refs),
            "عنوان الخبر الطويل هنا"
        );
        assert_eq!(
            strip_site_name(
                "موقع الخبر :: عنوان الخبر الطويل هنا",
                Some("موقع الخبر"),
                &refs
            ),
            "عنوان الخبر الطويل هنا"
        );
        assert_eq!(
            strip_site_name("حرب - سلام", None, &[]),
            "حرب - سلام",
            "two halves of a headline are not a site name"
        );
    }

    #[test]
    fn site_suffix_in_a_short_or_long_form_of_the_site_name_is_removed() {
        let refs = vec!["Garden Sheds Compared | Oakfield Timber".to_string()];
        assert_eq!(
            strip_site_name(
                "Garden Sheds Compared | Oakfield Timber",
                Some("Oakfield Timber Supplies"),
                &refs
            ),
            "Garden Sheds Compared"
        );
        assert_eq!(
            strip_site_name(
                "Garden Sheds Compared | Oakfield Timber Supplies Ltd",
                Some("Oakfield Timber Supplies"),
                &refs
            ),
            "Garden Sheds Compared"
        );
        // Only whole words make a short form, and one word is not one.
        assert!(names_same_site(
            "oakfield timber",
            "Oakfield Timber Supplies"
        ));
        assert!(!names_same_site("Oakfield Tim", "Oakfield Timber Supplies"));
        assert!(!names_same_site("Oakfield", "Oakfield Timber"));
        assert!(!names_same_site(
            "Timber Supplies",
            "Oakfield Timber Supplies"
        ));
    }

    #[test]
    fn site_prefix_removed_when_the_page_shows_the_rest() {
        let dom = Dom::parse(
            "<body><table><tr><td><font size=4><b>وزراء الزراعة يتفقون على صندوق</b></font>\
             </td></tr></table></body>",
        );
        let s = crate::strip::strip(&dom, false);
        let blocks = crate::text::segment(&dom, &s);
        let facts = PageFacts {
            title_tag: Some(
                "الشبكة العربية للأخبار الدولية - وزراء الزراعة يتفقون على صندوق".into(),
            ),
            ..Default::default()
        };
        assert_eq!(
            choose(&dom, &s, &blocks, 0, &facts).as_deref(),
            Some("وزراء الزراعة يتفقون على صندوق")
        );
    }

    #[test]
    fn the_typed_spelling_of_a_smartened_headline_is_kept() {
        let facts = PageFacts {
            og_title: Some("Why the river's dam failed -- and what comes next".into()),
            title_tag: Some("Tides & Tolls: a harbour's year | Portsite".into()),
            ..Default::default()
        };
        assert_eq!(
            typed_spelling(
                "Why the river\u{2019}s dam failed\u{2014}and what comes next".into(),
                &facts
            ),
            "Why the river's dam failed -- and what comes next"
        );
        assert_eq!(
            typed_spelling("Tides and Tolls: a harbour\u{2019}s year".into(), &facts),
            "Tides & Tolls: a harbour's year"
        );
        // A headline that differs in its words keeps the page's own spelling.
        assert_eq!(
            typed_spelling("Why the river\u{2019}s dam held".into(), &facts),
            "Why the river\u{2019}s dam held"
        );
    }

    #[test]
    fn heading_confirmed_by_og_title_wins() {
        let dom = Dom::parse(
            "<body><h1>اسم الموقع</h1><div><h1>البنتاغون يريد قناة اتصال</h1><p>نص</p></div></body>",
        );
        let s = crate::strip::strip(&dom, false);
        let facts = PageFacts {
            og_title: Some("البنتاغون يريد قناة اتصال | اسم الموقع".into()),
            ..Default::default()
        };
        assert_eq!(
            choose(&dom, &s, &[], 0, &facts).as_deref(),
            Some("البنتاغون يريد قناة اتصال")
        );
    }
}
