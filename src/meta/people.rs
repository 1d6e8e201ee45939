//! Authors and agencies: JSON-LD `Person`s, author meta tags, byline elements
//! (`rel=author`, `itemprop=author`, class tokens author/byline) and byline lines
//! (`كتب …`, `بقلم …`, `By …`) near the headline. Never a commenter (the scan skips
//! comment threads), never the site's own name; agencies go to `metadata.agency`.

use std::cell::OnceCell;
use std::sync::LazyLock;

use super::clean::{collapse, fold, is_url};
use super::jsonld::LdFacts;
use super::scan::Scan;
use super::{in_related, Near, PageFacts, TitleSegments};
use crate::lexicon::dates as lex;
use crate::parse::{Dom, Tag};

/// Longest author name, in characters.
pub const MAX_NAME_CHARS: usize = 60;
/// Shortest author name, in characters.
pub const MIN_NAME_CHARS: usize = 2;
/// Most words of a byline prefix (`written by`).
const MAX_PREFIX_WORDS: usize = 2;
/// Most words in one author name.
pub const MAX_NAME_WORDS: usize = 6;
/// Longest line read as a byline, in characters.
pub const MAX_BYLINE_CHARS: usize = 80;

static PREFIXES: LazyLock<Vec<String>> = LazyLock::new(|| {
    let mut v: Vec<String> = lex::BYLINE_PREFIXES.iter().map(|p| fold(p)).collect();
    v.sort_by_key(|p| std::cmp::Reverse(p.chars().count()));
    v
});
/// Each of [`PREFIXES`] split into its words (at `' '`), in the same order: a line's
/// folded words are compared with them word by word, without joining.
static PREFIX_WORDS: LazyLock<Vec<Vec<String>>> = LazyLock::new(|| {
    PREFIXES
        .iter()
        .map(|p| p.split(' ').map(str::to_string).collect())
        .collect()
});
/// Most words in one of [`PREFIX_WORDS`].
static MAX_PREFIX_LEN: LazyLock<usize> =
    LazyLock::new(|| PREFIX_WORDS.iter().map(Vec::len).max().unwrap_or(0));

/// Index in [`PREFIX_WORDS`] of the first prefix whose words begin `head` (folded
/// words, none with a space), with its word count.
fn prefix_at(head: &[String]) -> Option<usize> {
    PREFIX_WORDS
        .iter()
        .find(|p| head.get(..p.len()).is_some_and(|h| h == p.as_slice()))
        .map(Vec::len)
}
static AGENCIES: LazyLock<Vec<String>> = LazyLock::new(|| {
    crate::lexicon::agencies::AGENCIES
        .iter()
        .map(|a| fold(a))
        .collect()
});

/// Characters that end a name in a byline (`سامر الخطيب - عمّان`, `أحمد | القاهرة`).
const NAME_END: &[char] = &['|', '/', '\n', '•', '·', '،', ',', '(', ')', '-', '–', '—'];

/// The agency named by `s` alone (`رويترز`, `(أ ف ب)`), if it is one.
pub fn agency_of(s: &str) -> Option<String> {
    let t = s.trim().trim_matches(|c: char| "()[]-–—:. ".contains(c));
    let k = fold(t);
    AGENCIES.contains(&k).then(|| t.to_string())
}

/// An agency credit in parentheses at the start or end of a paragraph: `--(بترا)`,
/// `… (رويترز)`.
pub fn agency_credit(p: &str) -> Option<String> {
    let t = p.trim();
    let last = t
        .rfind('(')
        .and_then(|i| t.get(i..))
        .filter(|s| s.trim_end().ends_with(')'));
    let first = t
        .starts_with('(')
        .then(|| t.find(')').and_then(|i| t.get(..=i)))
        .flatten();
    [last, first].into_iter().flatten().find_map(agency_of)
}

/// Removes a byline word at the start (`كتبت`, `بقلم:`, `By`) and what follows the name.
fn strip_byline(s: &str) -> String {
    let t = collapse(s);
    let words: Vec<&str> = t.split(' ').collect();
    // The first words folded once for all prefixes. A folded word has no space, so
    // comparing word lists is comparing the words joined with spaces.
    let head: Vec<String> = words
        .iter()
        .take(*MAX_PREFIX_LEN)
        .map(|w| fold(w.trim_end_matches([':', '：'])))
        .collect();
    let skip = prefix_at(&head).unwrap_or(0);
    let rest = words.get(skip..).unwrap_or_default().join(" ");
    let rest = rest.trim_start_matches([':', ' ', '-']);
    let name = rest.split(NAME_END).next().unwrap_or_default();
    collapse(name)
}

static CREDITS: LazyLock<Vec<String>> =
    LazyLock::new(|| lex::CREDIT_WORDS.iter().map(|a| fold(a)).collect());

/// Whether `s` can be a person's name (not a web developer's credit).
fn plausible_name(s: &str) -> bool {
    let n = s.chars().count();
    let k = fold(s);
    if k.split(' ').any(|w| CREDITS.iter().any(|c| c == w)) {
        return false;
    }
    (MIN_NAME_CHARS..=MAX_NAME_CHARS).contains(&n)
        && s.split(' ').count() <= MAX_NAME_WORDS
        && !s.chars().any(|c| c.is_numeric() || c == '@')
        && !is_url(s)
}

/// Names that stand for the site, not a writer: site name, publisher, the repeated
/// title segments, the domain's name.
fn site_names(f: &PageFacts, ld: &LdFacts, split: &TitleSegments) -> Vec<String> {
    let mut v: Vec<String> = Vec::new();
    v.extend(f.metadata.site_name.clone());
    v.extend(ld.publisher.clone());
    v.extend(ld.website.clone());
    for segs in [&split.title, &split.og] {
        if segs.len() >= 2 {
            v.extend(segs.first().cloned());
            v.extend(segs.last().cloned());
        }
    }
    if let Some(url) = &f.metadata.url {
        let host = url
            .split("//")
            .nth(1)
            .unwrap_or(url)
            .split('/')
            .next()
            .unwrap_or_default();
        let host = host.strip_prefix("www.").unwrap_or(host);
        v.extend(host.split('.').next().map(str::to_string));
    }
    v.iter()
        .map(|s| fold(s))
        .filter(|s| !s.is_empty())
        .collect()
}

/// Whether `a` and `b` are equal once their spaces (U+0020) are removed.
fn same_without_spaces(a: &str, b: &str) -> bool {
    bytes_but_spaces(a).eq(bytes_but_spaces(b))
}

/// The bytes of `s` other than spaces (U+0020).
fn bytes_but_spaces(s: &str) -> impl Iterator<Item = u8> + '_ {
    s.bytes().filter(|&c| c != b' ')
}

/// Fills `author` (and `agency` when only agencies are credited).
pub(crate) fn authors(
    f: &mut PageFacts,
    dom: &Dom,
    s: &Scan,
    ld: &LdFacts,
    near: &Near,
    split: &TitleSegments,
) {
    // The site names folded, made when a name is first checked (many pages credit no
    // one); a name matches one as is or without spaces (`العربية نت` = `العربيةنت`).
    let sites: OnceCell<Vec<String>> = OnceCell::new();
    let is_site = |n: &str| {
        let k = fold(n);
        sites
            .get_or_init(|| site_names(f, ld, split))
            .iter()
            .any(|s| *s == k || same_without_spaces(s, &k))
    };
    let mut agency: Option<(String, String)> = None;
    let take = |names: Vec<String>,
                src: &str,
                agency: &mut Option<(String, String)>|
     -> Option<(String, String)> {
        let mut people = Vec::new();
        for n in names {
            let n = collapse(&n);
            if let Some(a) = agency_of(&n) {
                agency.get_or_insert((a, src.to_string()));
            } else if !is_site(&n) && plausible_name(&n) && !people.contains(&n) {
                people.push(n);
            }
        }
        (!people.is_empty()).then(|| (people.join("، "), src.to_string()))
    };

    let mut found = take(ld.persons.clone(), "json-ld author", &mut agency);
    // Every author meta in table order, until one names a person (`article:author` is
    // often a profile URL).
    for key in lex::AUTHOR_META {
        for (k, v) in s.metas.iter().filter(|(k, _)| k == key) {
            if found.is_none() {
                found = take(vec![v.to_string()], &format!("meta {k}"), &mut agency);
            }
        }
    }
    if found.is_none() {
        let (from, to) = near.after_range;
        let before = from.saturating_sub(super::NEAR_BEFORE_NODES);
        for &b in &s.bylines {
            let near_headline = (before..to).contains(&b);
            let marked_prop = dom
                .attr(b, "itemprop")
                .is_some_and(|p| p.eq_ignore_ascii_case("author"));
            if !(near_headline || marked_prop) || in_related(dom, b) {
                continue;
            }
            // A marked name (itemprop=name, author link) or a byline word is needed to
            // cut a name out of the text; otherwise the whole text must be a name.
            let (text, marked_name) = name_in(dom, s, b);
            let name = if marked_name || starts_with_byline(&text) {
                strip_byline(&text)
            } else {
                text
            };
            if let Some(x) = take(vec![name], "byline element", &mut agency) {
                found = Some(x);
                break;
            }
        }
    }
    if found.is_none() {
        // The lines before the headline are read only when those after it name no one.
        for lines in [Near::after, Near::before] {
            for (line, ix) in lines(near) {
                if line.chars().count() > MAX_BYLINE_CHARS
                    || !starts_with_byline(line)
                    || in_related(dom, *ix)
                {
                    continue;
                }
                if let Some(x) = take(vec![strip_byline(line)], "byline text", &mut agency) {
                    found = Some(x);
                    break;
                }
            }
            if found.is_some() {
                break;
            }
        }
    }
    if found.is_none() && agency.is_none() {
        found = take(ld.orgs.clone(), "json-ld author organization", &mut agency);
    }
    match found {
        Some((a, src)) => {
            f.metadata.author = Some(a);
            f.note("author", &src);
        }
        None => {
            if let Some((a, src)) = agency {
                f.metadata.agency = Some(a);
                f.note("agency", &src);
            }
        }
    }
}

fn starts_with_byline(line: &str) -> bool {
    let first: Vec<String> = line
        .split_whitespace()
        .take(MAX_PREFIX_WORDS)
        .map(|w| fold(w.trim_end_matches(':')))
        .collect();
    // A folded word has no space: equal word lists are equal joined lines.
    prefix_at(&first).is_some()
}

/// The name inside a byline element: its `itemprop=name` child, else its first link to
/// an author page, else its text.
fn name_in(dom: &Dom, s: &Scan, b: usize) -> (String, bool) {
    let end = dom.nodes[b].end;
    for j in b + 1..end {
        if dom
            .attr(j, "itemprop")
            .is_some_and(|p| p.eq_ignore_ascii_case("name"))
        {
            let t = s.text_of(dom, j);
            if !t.is_empty() {
                return (t, true);
            }
        }
    }
    for j in b..end {
        if dom.tag(j) == Some(Tag::A) {
            let href = dom.attr(j, "href").unwrap_or_default().to_ascii_lowercase();
            if lex::AUTHOR_PATH_WORDS.iter().any(|w| href.contains(w)) {
                let t = s.text_of(dom, j);
                if !t.is_empty() {
                    return (t, true);
                }
            }
        }
    }
    // Unmarked text that is a link to another kind of page (a section) is no name.
    let other_link = (b..end).any(|j| {
        dom.tag(j) == Some(Tag::A)
            && dom
                .attr(j, "href")
                .is_some_and(|h| !h.trim().is_empty() && !h.starts_with('#'))
    });
    if other_link {
        return (String::new(), false);
    }
    (s.text_of(dom, b), false)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn byline_words_are_stripped() {
        assert_eq!(strip_byline("كتبت أسماء نصار"), "أسماء نصار");
        assert_eq!(strip_byline("بقلم: سامر الخطيب"), "سامر الخطيب");
        assert_eq!(strip_byline("بواسطة سامر الخطيب -"), "سامر الخطيب");
        assert_eq!(strip_byline("By John Smith | Cairo"), "John Smith");
        assert_eq!(strip_byline("حوار: آسيا العتروس"), "آسيا العتروس");
    }

    #[test]
    fn agencies_are_recognised() {
        assert_eq!(agency_of("(رويترز)").as_deref(), Some("رويترز"));
        assert_eq!(agency_of("أ ف ب").as_deref(), Some("أ ف ب"));
        assert!(agency_of("سامر الخطيب").is_none());
        assert_eq!(agency_credit("نص الخبر. --(بترا)").as_deref(), Some("بترا"));
        assert_eq!(
            agency_credit("(الأناضول) - أعلنت الوزارة").as_deref(),
            Some("الأناضول")
        );
        assert!(agency_credit("قال (في بيان) إن").is_none());
    }

    #[test]
    fn names_must_look_like_names() {
        assert!(plausible_name("منى عبد الحميد"));
        assert!(!plausible_name("https://example.com/author"));
        assert!(!plausible_name("12 مايو 2024"));
        assert!(!plausible_name(
            "هذه جملة طويلة جدا لا يمكن أن تكون اسما لكاتب"
        ));
        assert!(
            !plausible_name("Developed By Heba Musa"),
            "developer credit"
        );
    }
}
