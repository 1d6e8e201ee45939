//! Quotation marks: which characters are marks, whether each one opens or closes (from
//! the characters around it, then from what is already open), and how they pair into
//! spans, nested, unclosed or continued from the previous paragraph.

use crate::lexicon::quotes::{
    MarkFamily, MarkLean, CLOSE_CONTEXT_PUNCT, OPEN_CONTEXT_PUNCT, PROCLITIC_LETTERS, QUOTE_MARKS,
};
use crate::text::is_word_char;

/// Deepest nesting of quotes followed; opening marks beyond it are taken as stray (real
/// text nests two or three deep, and each level repeats the text of the ones inside).
const MAX_DEPTH: usize = 8;

/// Spans (and open marks) a paragraph's lists make room for at once: most paragraphs
/// with marks hold one to four quotes.
const MARKS_ROOM: usize = 8;

/// The Arabic elongation mark, which may join a proclitic to an opening mark (بـ"…").
const TATWEEL: char = '\u{0640}';

/// The family and usual direction of `c`, if it is a quotation mark.
pub(crate) fn mark_of(c: char) -> Option<(MarkFamily, MarkLean)> {
    QUOTE_MARKS
        .iter()
        .find(|(m, _, _)| *m == c)
        .map(|&(_, f, l)| (f, l))
}

/// The chars of a paragraph, read one at a time by index.
pub(crate) trait CharAt {
    /// The char at index `i`; `None` past the end.
    fn char_at(&self, i: usize) -> Option<char>;

    /// The paragraph's length in chars.
    fn len_chars(&self) -> usize;

    /// The chars around index `i`, as [`CharAt::char_at`] reads them one by one.
    fn near(&self, i: usize) -> Near {
        Near {
            prev2: i.checked_sub(2).and_then(|k| self.char_at(k)),
            prev: i.checked_sub(1).and_then(|k| self.char_at(k)),
            cur: self.char_at(i),
            next: self.char_at(i + 1),
        }
    }
}

/// The chars at `i - 2`, `i - 1`, `i` and `i + 1` (`None` outside the paragraph): all a
/// mark's role depends on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Near {
    pub prev2: Option<char>,
    pub prev: Option<char>,
    pub cur: Option<char>,
    pub next: Option<char>,
}

impl CharAt for [char] {
    fn char_at(&self, i: usize) -> Option<char> {
        self.get(i).copied()
    }

    fn len_chars(&self) -> usize {
        self.len()
    }
}

/// A paired quotation span over one paragraph's chars.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Span {
    /// Index of the opening mark; `None` when the span continues the previous paragraph's.
    pub open: Option<usize>,
    /// Index of the closing mark; `None` when it never came.
    pub close: Option<usize>,
    /// First char of the text (after the opening mark).
    pub start: usize,
    /// End of the text, exclusive (the closing mark, the paragraph end, or a truncation).
    pub end: usize,
    /// End of the span before an unclosed span was cut at the first quote inside it.
    pub outer_end: usize,
}

impl Span {
    /// Where the span begins, counting its opening mark.
    pub fn begin(&self) -> usize {
        self.open.unwrap_or(0)
    }

    /// `true` when `other` lies inside this span (by the extent before truncation).
    pub fn contains(&self, other: &Span) -> bool {
        self.begin() < other.begin() && other.begin() < self.outer_end
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Open,
    Close,
    /// Context does not say: close if one of the family is open, else open.
    Either,
    /// An apostrophe or a mark inside a word.
    Ignore,
}

fn is_mark(c: char) -> bool {
    mark_of(c).is_some()
}

fn left_allows_open(near: &Near) -> bool {
    let Some(prev) = near.prev else {
        return true;
    };
    if prev.is_whitespace() || OPEN_CONTEXT_PUNCT.contains(&prev) || is_mark(prev) {
        return true;
    }
    if prev == TATWEEL {
        return true;
    }
    if PROCLITIC_LETTERS.contains(&prev) {
        // The proclitic must begin its word: a space, a mark or the paragraph start before it.
        return match near.prev2 {
            None => true,
            Some(c) => c.is_whitespace() || is_mark(c) || OPEN_CONTEXT_PUNCT.contains(&c),
        };
    }
    false
}

fn right_allows_close(near: &Near) -> bool {
    match near.next {
        None => true,
        Some(c) => c.is_whitespace() || CLOSE_CONTEXT_PUNCT.contains(&c) || is_mark(c),
    }
}

fn role(near: &Near, family: MarkFamily, lean: MarkLean) -> Role {
    let (prev, next) = (near.prev, near.next);
    let can_open = left_allows_open(near)
        && next.is_some_and(|c| !c.is_whitespace() && !CLOSE_CONTEXT_PUNCT.contains(&c));
    let can_close = right_allows_close(near) && prev.is_some_and(|c| !c.is_whitespace());
    match (can_open, can_close) {
        (true, false) => Role::Open,
        (false, true) => Role::Close,
        (true, true) => match lean {
            MarkLean::Open => Role::Open,
            MarkLean::Close => Role::Close,
            MarkLean::Either => Role::Either,
        },
        (false, false) => {
            let inside_word = prev.is_some_and(is_word_char) && next.is_some_and(is_word_char);
            if inside_word && matches!(family, MarkFamily::Ascii | MarkFamily::Single) {
                Role::Ignore
            } else {
                Role::Either
            }
        }
    }
}

/// Pairs the quotation marks of one paragraph into spans, in order of their opening.
///
/// `continues` says the previous paragraph ended inside an unclosed quote: a closing mark
/// that finds nothing open then ends a span that began at this paragraph's start.
#[cfg(test)]
pub(crate) fn pair(chars: &[char], continues: bool) -> Vec<Span> {
    let at = (0..chars.len()).filter(|&i| chars.get(i).is_some_and(|&c| is_mark(c)));
    pair_at(chars, at, continues)
}

/// [`pair`], given the char indices of the paragraph's marks in order (`marks`).
pub(crate) fn pair_at<C: CharAt + ?Sized>(
    chars: &C,
    marks: impl Iterator<Item = usize>,
    continues: bool,
) -> Vec<Span> {
    // Room for the few marks of a paragraph, allocated once.
    let mut stack: Vec<(MarkFamily, usize)> = Vec::with_capacity(MARKS_ROOM);
    let mut spans: Vec<Span> = Vec::with_capacity(MARKS_ROOM);
    for i in marks {
        let near = chars.near(i);
        let Some((family, lean)) = near.cur.and_then(mark_of) else {
            continue;
        };
        let role = match role(&near, family, lean) {
            Role::Either if stack.iter().any(|(f, _)| *f == family) => Role::Close,
            Role::Either => Role::Open,
            r => r,
        };
        match role {
            Role::Open | Role::Either if stack.len() < MAX_DEPTH => stack.push((family, i)),
            Role::Open | Role::Either => {}
            Role::Ignore => {}
            Role::Close => {
                let at = stack
                    .iter()
                    .rposition(|(f, _)| *f == family)
                    .or_else(|| stack.len().checked_sub(1));
                match at {
                    Some(k) => {
                        // Inner quotes still open end, unclosed, at this mark.
                        while stack.len() > k + 1 {
                            if let Some((_, p)) = stack.pop() {
                                spans.push(unclosed(p, i));
                            }
                        }
                        if let Some((_, p)) = stack.pop() {
                            spans.push(Span {
                                open: Some(p),
                                close: Some(i),
                                start: p + 1,
                                end: i,
                                outer_end: i,
                            });
                        }
                    }
                    None if continues && spans.is_empty() => {
                        spans.push(Span {
                            open: None,
                            close: Some(i),
                            start: 0,
                            end: i,
                            outer_end: i,
                        });
                    }
                    None => {}
                }
            }
        }
    }
    while let Some((_, p)) = stack.pop() {
        spans.push(unclosed(p, chars.len_chars()));
    }
    spans.sort_by_key(|s| (s.begin(), std::cmp::Reverse(s.outer_end)));
    truncate_unclosed(&mut spans);
    spans
}

fn unclosed(open: usize, end: usize) -> Span {
    Span {
        open: Some(open),
        close: None,
        start: open + 1,
        end,
        outer_end: end,
    }
}

/// An unclosed span that holds other quotes ends where the first of them begins: the
/// writer forgot the closing mark before quoting again.
fn truncate_unclosed(spans: &mut [Span]) {
    // Spans are sorted by where they begin, so the first quote inside one is the next.
    for k in 0..spans.len() {
        let next_begin = spans.get(k + 1).map(Span::begin);
        let Some(s) = spans.get_mut(k) else { continue };
        if s.close.is_some() {
            continue;
        }
        if let Some(cut) = next_begin.filter(|&b| s.begin() < b && b < s.outer_end) {
            s.end = cut.max(s.start);
        }
    }
}

/// The span directly holding each span (spans sorted by [`pair`]), by one stack sweep.
pub(crate) fn parents(spans: &[Span]) -> Vec<Option<usize>> {
    let mut stack: Vec<usize> = Vec::with_capacity(spans.len());
    let mut out = Vec::with_capacity(spans.len());
    for s in spans {
        while let Some(&top) = stack.last() {
            if spans.get(top).is_some_and(|t| t.contains(s)) {
                break;
            }
            stack.pop();
        }
        out.push(stack.last().copied());
        stack.push(out.len() - 1);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(p: &str) -> Vec<(String, bool)> {
        let chars: Vec<char> = p.chars().collect();
        pair(&chars, false)
            .iter()
            .map(|s| {
                (
                    chars[s.start..s.end]
                        .iter()
                        .collect::<String>()
                        .trim()
                        .to_string(),
                    s.close.is_some(),
                )
            })
            .collect()
    }

    fn t(s: &str, closed: bool) -> (String, bool) {
        (s.to_string(), closed)
    }

    #[test]
    fn curly_double_marks() {
        assert_eq!(texts("قال: “نحن هنا” ثم مضى"), vec![t("نحن هنا", true)]);
    }

    #[test]
    fn guillemets() {
        assert_eq!(texts("قال: «نحن هنا»."), vec![t("نحن هنا", true)]);
    }

    #[test]
    fn ascii_marks_paired_by_position() {
        assert_eq!(
            texts("قال \"أولا\" ثم \"ثانيا\"."),
            vec![t("أولا", true), t("ثانيا", true)]
        );
    }

    #[test]
    fn ascii_mark_inside_a_word_is_ignored() {
        assert_eq!(texts("شركة ab\"cd تعمل"), vec![]);
    }

    #[test]
    fn single_curly_and_apostrophe() {
        assert_eq!(texts("قال ‘نعم’ في Côte d’Ivoire"), vec![t("نعم", true)]);
    }

    #[test]
    fn low_double_and_angle_marks() {
        assert_eq!(texts("قال „نعم“ و‹لا›"), vec![t("نعم", true), t("لا", true)]);
    }

    #[test]
    fn reversed_marks_with_spaces() {
        assert_eq!(texts("كتب: ” ألف سلامة “."), vec![t("ألف سلامة", true)]);
    }

    #[test]
    fn mixed_marks() {
        assert_eq!(texts("قال: «نحن هنا” ومضى"), vec![t("نحن هنا", true)]);
    }

    #[test]
    fn proclitic_before_mark() {
        assert_eq!(
            texts("صلة بـ\"الجيش الحر\" و\"الجبهة\""),
            vec![t("الجيش الحر", true), t("الجبهة", true)]
        );
    }

    #[test]
    fn nesting_same_family() {
        assert_eq!(
            texts("قال: \"سمعنا قوله \"لن نترك\"، ونحن نصدق\"."),
            vec![
                t("سمعنا قوله \"لن نترك\"، ونحن نصدق", true),
                t("لن نترك", true)
            ]
        );
    }

    #[test]
    fn nesting_other_family() {
        assert_eq!(
            texts("قالت: «جدتي تقول: “البحر يأخذ”، وأردت»."),
            vec![
                t("جدتي تقول: “البحر يأخذ”، وأردت", true),
                t("البحر يأخذ", true)
            ]
        );
    }

    #[test]
    fn unclosed_runs_to_paragraph_end() {
        assert_eq!(
            texts("موضحا: «سننقل المقترح."),
            vec![t("سننقل المقترح.", false)]
        );
    }

    #[test]
    fn unclosed_outer_ends_at_first_inner_quote() {
        assert_eq!(
            texts("أنه “عندما خرج قال: “نحن هنا”، لافتا إلى أنه “الآن تغير”."),
            vec![
                t("عندما خرج قال:", false),
                t("نحن هنا", true),
                t("الآن تغير", true)
            ]
        );
    }

    #[test]
    fn deep_nesting_is_capped() {
        let p = format!("قال: {} نعم {}", "«".repeat(100), "»".repeat(100));
        let chars: Vec<char> = p.chars().collect();
        // The last « before a space reads as closing the one before it: one span more.
        let n = pair(&chars, false).len();
        assert!(
            n <= MAX_DEPTH + 1,
            "deep nesting: {n} spans, want at most {}",
            MAX_DEPTH + 1
        );
        assert_eq!(n, MAX_DEPTH + 1, "deep nesting: spans");
    }

    #[test]
    fn continuation_without_opening_mark() {
        let chars: Vec<char> = "وأردنا الخروج» ثم مضى".chars().collect();
        let spans = pair(&chars, true);
        assert_eq!(spans.len(), 1);
        assert_eq!(spans[0].open, None);
        assert_eq!(spans[0].end, 13);
        assert!(pair(&chars, false).is_empty());
    }
}
