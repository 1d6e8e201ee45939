//! Comment threads recognised by their shape, not by class names: sibling blocks that
//! each carry a reply link (a link or button whose whole text is a reply word) and a
//! date (a `<time>` element or a short date line), side by side under one parent. A page
//! without at least [`MIN_ITEMS`] reply links pays for one scan of its links only.

use crate::lexicon::chrome::REPLY_LABELS;
use crate::parse::{Dom, Ix, Kind, Tag, NO_PARENT};

/// Fewest comments that make a thread.
const MIN_ITEMS: usize = 3;
/// Most nodes under a reply link (the link, a span, an icon, the text).
const MAX_LINK_NODES: usize = 4;
/// Most characters of a date line inside a comment.
const MAX_DATE_CHARS: usize = 40;
/// Share of the thread's visible characters that must sit in its comments.
const MIN_ITEM_SHARE: u32 = 9; // tenths

/// The elements that hold a comment thread. `raw_chars` is the visible characters under
/// each node and `dropped` the elements already dropped.
pub fn comment_threads(dom: &Dom, raw_chars: &[u32], dropped: &[bool]) -> Vec<Ix> {
    let replies = reply_links(dom, dropped);
    if replies.len() < MIN_ITEMS {
        return Vec::new();
    }
    let n = dom.nodes.len();
    // Reply links under each node.
    let mut count = vec![0u32; n];
    for &r in &replies {
        count[r] += 1;
    }
    for i in (1..n).rev() {
        let p = dom.nodes[i].parent;
        if p != NO_PARENT {
            count[p] += count[i];
        }
    }
    let mut threads: Vec<Ix> = Vec::new();
    for &r in &replies {
        if threads.last().is_some_and(|&t| dom.contains(t, r)) {
            continue;
        }
        // The highest ancestor that reads as a thread: its children holding reply links
        // are comments with a date, and they hold nearly all its text.
        let mut best = None;
        let mut a = dom.nodes[r].parent;
        while a != NO_PARENT {
            if count[a] as usize >= MIN_ITEMS && is_thread(dom, raw_chars, &count, a) {
                best = Some(a);
            }
            a = dom.nodes[a].parent;
        }
        if let Some(t) = best {
            threads.push(t);
        }
    }
    threads
}

/// Reply links and buttons in document order.
fn reply_links(dom: &Dom, dropped: &[bool]) -> Vec<Ix> {
    let mut out = Vec::new();
    let n = dom.nodes.len();
    let mut i = 0;
    while i < n {
        if dropped[i] {
            i = dom.nodes[i].end.max(i + 1);
            continue;
        }
        if let Kind::Element(Tag::A | Tag::Button) = dom.nodes[i].kind {
            let end = dom.nodes[i].end;
            if end - i <= MAX_LINK_NODES && only_text(dom, i, end).is_some_and(is_reply_label) {
                out.push(i);
            }
        }
        i += 1;
    }
    out
}

/// The one non-blank text node in `i+1..end`, trimmed.
fn only_text(dom: &Dom, i: Ix, end: Ix) -> Option<&str> {
    let mut found = None;
    for j in i + 1..end {
        if let Some(t) = dom.text(j) {
            let t = t.trim();
            if !t.is_empty() {
                if found.is_some() {
                    return None;
                }
                found = Some(t);
            }
        }
    }
    found
}

fn is_reply_label(t: &str) -> bool {
    REPLY_LABELS.iter().any(|l| l.eq_ignore_ascii_case(t))
}

/// Whether element `a` is a thread: at least [`MIN_ITEMS`] reply links, at least two
/// children of one tag holding them, each with a date, and those children holding nearly
/// all of `a`'s text.
fn is_thread(dom: &Dom, raw_chars: &[u32], count: &[u32], a: Ix) -> bool {
    let (mut items, mut chars) = (0usize, 0u32);
    let mut tag = None;
    for c in dom.children(a) {
        if count[c] == 0 {
            continue;
        }
        let t = dom.tag(c);
        if tag.is_some_and(|x| x != t) || !has_date(dom, c) {
            return false;
        }
        tag = Some(t);
        items += 1;
        chars += raw_chars[c];
    }
    items >= 2 && chars * 10 >= raw_chars[a] * MIN_ITEM_SHARE
}

/// Whether element `c` holds a `<time>` element or a short text that is a date.
fn has_date(dom: &Dom, c: Ix) -> bool {
    (c + 1..dom.nodes[c].end).any(|j| match dom.nodes[j].kind {
        Kind::Element(Tag::Time) => true,
        Kind::Text => dom.text(j).map(str::trim).is_some_and(|t| {
            t.len() <= MAX_DATE_CHARS * 4 && crate::text::is_date_text(t, MAX_DATE_CHARS)
        }),
        _ => false,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn comment(name: &str, date: &str, text: &str) -> String {
        format!(
            "<div><div><b>{name}</b> <span>{date}</span></div><p>{text}</p>\
             <div><a href='#r'>Reply</a></div></div>"
        )
    }

    #[test]
    fn a_classless_thread_is_found_by_its_shape() {
        let thread: String = [
            (
                "Mara",
                "March 3, 2024 at 9:15 am",
                "Thanks, this helped me fix my bike.",
            ),
            (
                "Olu",
                "March 4, 2024 at 10:02 pm",
                "Does the same work for disc brakes?",
            ),
            (
                "Kit",
                "March 5, 2024",
                "I tried it twice and it worked both times.",
            ),
        ]
        .iter()
        .map(|(n, d, t)| comment(n, d, t))
        .collect();
        let html = format!(
            "<body><div id=post><p>How to true a wheel, step by step, with a spoke key.</p>\
             <p>Turn each spoke a quarter at a time.</p></div><div id=talk>{thread}</div></body>"
        );
        let dom = Dom::parse(&html);
        let s = crate::strip::strip(&dom, false);
        let threads = comment_threads(&dom, &s.raw_chars, &vec![false; dom.nodes.len()]);
        let ids: Vec<Option<&str>> = threads.iter().map(|&t| dom.attr(t, "id")).collect();
        assert_eq!(ids, [Some("talk")]);
    }

    #[test]
    fn reply_links_without_dates_or_in_running_text_are_no_thread() {
        // A how-to with "Reply" buttons in its steps but no dates is left alone.
        let steps: String = (0..4)
            .map(|k| format!("<div><p>Step {k}: open the message.</p><button>Reply</button></div>"))
            .collect();
        let dom = Dom::parse(&format!("<body><div id=guide>{steps}</div></body>"));
        let s = crate::strip::strip(&dom, false);
        assert!(comment_threads(&dom, &s.raw_chars, &vec![false; dom.nodes.len()]).is_empty());
    }
}
