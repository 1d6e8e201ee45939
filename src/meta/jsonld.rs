//! JSON-LD: tolerant parsing of `<script type="application/ld+json">` blocks (trailing
//! commas, raw newlines in strings, bad escapes, HTML comments, several objects in one
//! block) and the facts of the article object, its `@graph`, its people and its
//! `BreadcrumbList`. The walk over the values uses a stack, never recursion.

use std::collections::HashMap;

use serde_json::{Map, Value};

use super::clean::{fold, is_url, plain};
use crate::lexicon::dates as lex;

/// Most JSON values visited per page (bounds the work on huge or hostile blocks).
const MAX_LD_NODES: usize = 50_000;

/// What the page's JSON-LD says about the article.
#[derive(Debug, Default, Clone)]
pub struct LdFacts {
    pub headline: Option<String>,
    /// [`fold`] of `headline` when it was folded to pick the article object (else
    /// `None`), so that it is not folded again.
    pub headline_key: Option<String>,
    pub body: Option<String>,
    pub published: Option<String>,
    pub modified: Option<String>,
    /// Names of `Person` authors (or plain-string authors).
    pub persons: Vec<String>,
    /// Names of `Organization` authors.
    pub orgs: Vec<String>,
    pub publisher: Option<String>,
    pub website: Option<String>,
    pub sections: Vec<String>,
    pub keywords: Vec<String>,
    pub description: Option<String>,
    pub image: Option<String>,
    pub url: Option<String>,
    pub lang: Option<String>,
    pub breadcrumb: Vec<String>,
}

/// Parses every block and gathers the article's facts. `folded` (the page's other title
/// candidates, folded, none empty) pick the article object when several are described
/// (related items).
pub fn facts_folded(blocks: &[impl AsRef<str>], folded: &[String]) -> LdFacts {
    let values: Vec<Value> = blocks
        .iter()
        .flat_map(|b| parse_block(b.as_ref()))
        .collect();
    let objects = objects(&values);
    let mut ids: HashMap<&str, &Map<String, Value>> = HashMap::new();
    for o in &objects {
        if let Some(id) = o.get("@id").and_then(Value::as_str) {
            // Keep the fullest node for an id (references are `{"@id": …}` alone).
            let keep = ids.get(id).is_none_or(|m| m.len() < o.len());
            if keep {
                ids.insert(id, o);
            }
        }
    }
    let mut f = LdFacts::default();
    let articles: Vec<&Map<String, Value>> = objects
        .iter()
        .copied()
        .filter(|o| has_type(o, lex::ARTICLE_TYPES))
        .collect();
    // The first article whose headline matches a title, with that headline and its key.
    let matched = articles.iter().copied().find_map(|o| {
        let h = text(o.get("headline"))?;
        let k = fold(&h);
        folded
            .iter()
            .any(|t| t.contains(&k) || k.contains(t.as_str()))
            .then_some((o, h, k))
    });
    let (matched, mut headline) = match matched {
        Some((o, h, k)) => (Some(o), Some((h, k))),
        None => (None, None),
    };
    let article = matched
        .or_else(|| {
            articles
                .iter()
                .copied()
                .find(|o| o.contains_key("headline"))
        })
        .or_else(|| articles.first().copied());
    let page = objects
        .iter()
        .copied()
        .find(|o| has_type(o, lex::PAGE_TYPES));
    if let Some(a) = article {
        match headline.take() {
            Some((h, k)) => {
                f.headline = Some(h);
                f.headline_key = Some(k);
            }
            None => f.headline = text(a.get("headline")).or_else(|| text(a.get("name"))),
        }
        f.body = text(a.get("articleBody"));
        for key in ["author", "creator"] {
            if let Some(v) = a.get(key) {
                people(v, &ids, &mut f);
            }
            if !f.persons.is_empty() || !f.orgs.is_empty() {
                break;
            }
        }
        f.publisher = a.get("publisher").and_then(|p| name_of(p, &ids));
        f.sections = list(a.get("articleSection"), false);
        f.keywords = list(a.get("keywords"), true);
        f.description = text(a.get("description"));
        f.image = image(a.get("image"));
        f.url = text(a.get("url")).filter(|u| is_url(u));
        f.lang = text(a.get("inLanguage"));
    }
    // Dates: the article's, else the web page's (Yoast puts them there).
    for o in article.into_iter().chain(page) {
        if f.published.is_none() {
            f.published = text(o.get("datePublished")).or_else(|| text(o.get("dateCreated")));
        }
        if f.modified.is_none() {
            f.modified = text(o.get("dateModified"));
        }
        if f.lang.is_none() {
            f.lang = text(o.get("inLanguage"));
        }
    }
    if f.publisher.is_none() {
        f.publisher = objects
            .iter()
            .find(|o| has_type(o, lex::ORG_TYPES))
            .and_then(|o| text(o.get("name")));
    }
    f.website = objects
        .iter()
        .find(|o| has_type(o, &["website"]))
        .and_then(|o| text(o.get("name")));
    if let Some(bl) = objects.iter().find(|o| has_type(o, &["breadcrumblist"])) {
        f.breadcrumb = breadcrumb(bl, &ids);
    }
    f
}

/// Objects by `@id`.
type Ids<'a> = HashMap<&'a str, &'a Map<String, Value>>;

/// The full node a `{"@id": …}` reference points to.
fn resolve<'a>(ids: &Ids<'a>, o: &Map<String, Value>) -> Option<&'a Map<String, Value>> {
    o.get("@id")
        .and_then(Value::as_str)
        .and_then(|id| ids.get(id).copied())
}

/// Every JSON object reachable from `values`, in document order (depth first).
fn objects(values: &[Value]) -> Vec<&Map<String, Value>> {
    let mut out = Vec::new();
    let mut stack: Vec<&Value> = values.iter().rev().collect();
    let mut seen = 0usize;
    while let Some(v) = stack.pop() {
        seen += 1;
        if seen > MAX_LD_NODES {
            break;
        }
        match v {
            Value::Object(m) => {
                out.push(m);
                stack.extend(m.values().rev().filter(|c| c.is_object() || c.is_array()));
            }
            Value::Array(a) => stack.extend(a.iter().rev()),
            _ => {}
        }
    }
    out
}

/// A `@type` value without its vocabulary (`https://schema.org/NewsArticle`,
/// `schema:NewsArticle` → `NewsArticle`).
fn bare_type(s: &str) -> &str {
    s.rsplit(['/', ':']).next().unwrap_or(s)
}

/// Whether one of the object's `@type`s is in `wanted` (lower-case), ASCII case ignored.
fn has_type(o: &Map<String, Value>, wanted: &[&str]) -> bool {
    let is = |t: &str| {
        let t = bare_type(t);
        wanted.iter().any(|w| w.eq_ignore_ascii_case(t))
    };
    match o.get("@type") {
        Some(Value::String(s)) => is(s),
        Some(Value::Array(a)) => a.iter().filter_map(Value::as_str).any(is),
        _ => false,
    }
}

/// A plain string from a string, number, `{"@value"}`/`{"name"}` object or array's first.
fn text(v: Option<&Value>) -> Option<String> {
    // A stack, not recursion: `{"name": {"name": …}}` nests as deep as the input.
    let mut stack: Vec<&Value> = v.into_iter().collect();
    while let Some(v) = stack.pop() {
        match v {
            Value::String(s) => {
                let p = plain(s);
                if !p.is_empty() {
                    return Some(p);
                }
            }
            Value::Number(n) => return Some(n.to_string()),
            Value::Object(o) => stack.extend(o.get("name").into_iter().chain(o.get("@value"))),
            Value::Array(a) => stack.extend(a.iter().rev()),
            _ => {}
        }
    }
    None
}

/// Strings of a string-or-array field; `split` also splits strings at commas.
fn list(v: Option<&Value>, split: bool) -> Vec<String> {
    let mut out = Vec::new();
    let mut push = |s: &str| {
        let parts: Vec<&str> = if split {
            s.split([',', '،']).collect()
        } else {
            vec![s]
        };
        for p in parts {
            let p = plain(p);
            if !p.is_empty() && !out.contains(&p) {
                out.push(p);
            }
        }
    };
    match v {
        Some(Value::String(s)) => push(s),
        Some(Value::Array(a)) => a.iter().filter_map(Value::as_str).for_each(push),
        _ => {}
    }
    out
}

fn image(v: Option<&Value>) -> Option<String> {
    let items: Vec<&Value> = match v? {
        Value::Array(a) => a.iter().collect(),
        other => vec![other],
    };
    items.into_iter().find_map(|x| match x {
        Value::String(s) => Some(s.trim().to_string()).filter(|s| !s.is_empty()),
        Value::Object(o) => text(o.get("url")).or_else(|| text(o.get("contentUrl"))),
        _ => None,
    })
}

fn name_of(v: &Value, ids: &Ids<'_>) -> Option<String> {
    let items: Vec<&Value> = match v {
        Value::Array(a) => a.iter().collect(),
        other => vec![other],
    };
    items.into_iter().find_map(|x| match x {
        Value::String(s) => Some(plain(s)).filter(|s| !s.is_empty() && !is_url(s)),
        Value::Object(o) => {
            text(o.get("name")).or_else(|| resolve(ids, o).and_then(|r| text(r.get("name"))))
        }
        _ => None,
    })
}

/// Authors: `Person`s (and plain strings) to `persons`, `Organization`s to `orgs`.
fn people(v: &Value, ids: &Ids<'_>, f: &mut LdFacts) {
    let items: Vec<&Value> = match v {
        Value::Array(a) => a.iter().collect(),
        other => vec![other],
    };
    for item in items {
        match item {
            Value::String(s) => {
                let s = plain(s);
                if !s.is_empty() && !is_url(&s) && !f.persons.contains(&s) {
                    f.persons.push(s);
                }
            }
            Value::Object(o) => {
                let full = if o.contains_key("name") {
                    o
                } else {
                    resolve(ids, o).unwrap_or(o)
                };
                let Some(name) = text(full.get("name")).filter(|n| !is_url(n)) else {
                    continue;
                };
                let org = has_type(full, lex::ORG_TYPES);
                let bucket = if org { &mut f.orgs } else { &mut f.persons };
                if !bucket.contains(&name) {
                    bucket.push(name);
                }
            }
            _ => {}
        }
    }
}

fn breadcrumb(bl: &Map<String, Value>, ids: &Ids<'_>) -> Vec<String> {
    let Some(Value::Array(items)) = bl.get("itemListElement") else {
        return Vec::new();
    };
    let mut named: Vec<(i64, String)> = Vec::new();
    for (i, it) in items.iter().enumerate() {
        let Value::Object(o) = it else { continue };
        let pos = o
            .get("position")
            .and_then(|p| {
                p.as_i64()
                    .or_else(|| p.as_str().and_then(|s| s.trim().parse().ok()))
            })
            .unwrap_or(i as i64);
        let name = text(o.get("name")).or_else(|| o.get("item").and_then(|x| name_of(x, ids)));
        if let Some(n) = name {
            named.push((pos, n));
        }
    }
    named.sort_by_key(|(p, _)| *p);
    named.into_iter().map(|(_, n)| n).collect()
}

/// All values of one script block, repaired when it is not valid JSON.
pub fn parse_block(raw: &str) -> Vec<Value> {
    let first = stream(raw);
    if first.1 {
        return first.0;
    }
    let repaired = repair(raw);
    let second = stream(&repaired);
    if second.0.len() >= first.0.len() {
        second.0
    } else {
        first.0
    }
}

/// Parses consecutive values; the flag says whether the whole input was consumed.
fn stream(s: &str) -> (Vec<Value>, bool) {
    let mut out = Vec::new();
    let mut it = serde_json::Deserializer::from_str(s).into_iter::<Value>();
    loop {
        match it.next() {
            Some(Ok(v)) => out.push(v),
            Some(Err(_)) => return (out, false),
            None => return (out, true),
        }
    }
}

/// Makes broken JSON-LD parseable: drops HTML comment and CDATA markers, JS comments,
/// trailing commas and commas between top-level values; escapes raw control characters
/// inside strings and drops backslashes of invalid escapes.
fn repair(raw: &str) -> String {
    let s = raw
        .replace("<![CDATA[", "")
        .replace("]]>", "")
        .replace("<!--", "")
        .replace("-->", "");
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    let (mut in_str, mut esc) = (false, false);
    let mut depth = 0usize;
    let mut i = 0;
    while let Some(&c) = chars.get(i) {
        i += 1;
        if in_str {
            if esc {
                esc = false;
                if matches!(c, '"' | '\\' | '/' | 'b' | 'f' | 'n' | 'r' | 't' | 'u') {
                    out.push('\\');
                }
                out.push(c);
            } else if c == '\\' {
                esc = true;
            } else if c == '"' {
                in_str = false;
                out.push(c);
            } else if (c as u32) < 0x20 {
                match c {
                    '\n' => out.push_str("\\n"),
                    '\r' => out.push_str("\\r"),
                    '\t' => out.push_str("\\t"),
                    _ => out.push_str(&format!("\\u{:04x}", c as u32)),
                }
            } else {
                out.push(c);
            }
            continue;
        }
        match c {
            '"' => {
                in_str = true;
                out.push(c);
            }
            '/' if chars.get(i) == Some(&'/') => {
                while chars.get(i).is_some_and(|&d| d != '\n') {
                    i += 1;
                }
            }
            '/' if chars.get(i) == Some(&'*') => {
                i += 1;
                while i < chars.len()
                    && !(chars.get(i) == Some(&'*') && chars.get(i + 1) == Some(&'/'))
                {
                    i += 1;
                }
                i += 2;
            }
            '{' | '[' => {
                depth += 1;
                out.push(c);
            }
            '}' | ']' => {
                depth = depth.saturating_sub(1);
                out.push(c);
            }
            ',' => {
                let next = chars
                    .get(i..)
                    .unwrap_or_default()
                    .iter()
                    .find(|d| !d.is_whitespace());
                let closes = matches!(next, None | Some('}') | Some(']'));
                if depth > 0 && !closes {
                    out.push(c);
                }
            }
            ';' if depth == 0 => {}
            _ => out.push(c),
        }
    }
    if esc {
        out.push('\\');
        out.push('\\');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`facts_folded`] with the title candidates as written.
    fn facts(blocks: &[String], titles: &[&str]) -> LdFacts {
        let folded: Vec<String> = titles
            .iter()
            .map(|t| fold(t))
            .filter(|t| !t.is_empty())
            .collect();
        facts_folded(blocks, &folded)
    }

    fn one(s: &str) -> LdFacts {
        facts(&[s.to_string()], &[])
    }

    #[test]
    fn the_article_matching_the_title_wins() {
        let block = r#"[{"@type":"NewsArticle","headline":"خبر مرتبط","datePublished":"2020-01-01"},
            {"@type":"NewsArticle","headline":"الخبر نفسه","datePublished":"2021-02-02"}]"#;
        let f = facts(&[block.to_string()], &["الخبر نفسه - الموقع"]);
        assert_eq!(f.headline.as_deref(), Some("الخبر نفسه"), "headline");
        assert_eq!(f.published.as_deref(), Some("2021-02-02"), "published");
    }

    #[test]
    fn news_article_fields() {
        let f = one(
            r#"{"@context":"https://schema.org","@type":"NewsArticle","headline":"عنوان &quot;الخبر&quot;",
            "datePublished":"2024-05-12T14:20:00+03:00","dateModified":"2024-05-13",
            "author":[{"@type":"Person","name":"سامي"},{"@type":"Organization","name":"وكالة"}],
            "publisher":{"@type":"Organization","name":"الموقع"},"articleSection":["سياسة"],
            "keywords":"أ, ب،ج","articleBody":"<p>نص</p>\n<p>ثان</p>","image":{"url":"/i.jpg"}}"#,
        );
        assert_eq!(
            f.headline.as_deref(),
            Some("عنوان \"الخبر\""),
            "headline entities"
        );
        assert_eq!(f.published.as_deref(), Some("2024-05-12T14:20:00+03:00"));
        assert_eq!(f.modified.as_deref(), Some("2024-05-13"));
        assert_eq!(f.persons, vec!["سامي"], "persons");
        assert_eq!(f.orgs, vec!["وكالة"], "orgs");
        assert_eq!(f.publisher.as_deref(), Some("الموقع"));
        assert_eq!(f.sections, vec!["سياسة"]);
        assert_eq!(f.keywords, vec!["أ", "ب", "ج"]);
        assert_eq!(f.body.as_deref(), Some("نص ثان"), "body tags stripped");
        assert_eq!(f.image.as_deref(), Some("/i.jpg"));
    }

    #[test]
    fn graph_with_id_references() {
        let f = one(r#"{"@context":"https://schema.org","@graph":[
              {"@type":"WebPage","@id":"p","datePublished":"2020-12-25T01:59:50+02:00"},
              {"@type":"Article","@id":"a","headline":"ع","author":{"@id":"x"},"publisher":{"@id":"o"}},
              {"@type":"Person","@id":"x","name":"ضحى"},
              {"@type":"Organization","@id":"o","name":"القناة"},
              {"@type":"BreadcrumbList","itemListElement":[
                 {"@type":"ListItem","position":2,"item":{"@id":"/c","name":"فن"}},
                 {"@type":"ListItem","position":1,"name":"الرئيسية"}]}]}"#);
        assert_eq!(
            f.published.as_deref(),
            Some("2020-12-25T01:59:50+02:00"),
            "date from WebPage"
        );
        assert_eq!(f.persons, vec!["ضحى"], "author by @id");
        assert_eq!(f.publisher.as_deref(), Some("القناة"), "publisher by @id");
        assert_eq!(
            f.breadcrumb,
            vec!["الرئيسية", "فن"],
            "breadcrumb by position"
        );
    }

    #[test]
    fn broken_json_is_repaired() {
        let raw = "<!--\n{\"@type\":\"NewsArticle\",\"headline\":\"سطر\nثان\",\"description\":\"a\\'b\",}\n{\"@type\":\"WebSite\",\"name\":\"س\"}\n-->";
        let f = one(raw);
        assert_eq!(
            f.headline.as_deref(),
            Some("سطر ثان"),
            "raw newline in string"
        );
        assert_eq!(f.description.as_deref(), Some("a'b"), "invalid escape");
        assert_eq!(
            f.website.as_deref(),
            Some("س"),
            "second concatenated object"
        );
    }

    #[test]
    fn type_tables_are_lower_case() {
        for t in [lex::ARTICLE_TYPES, lex::PAGE_TYPES, lex::ORG_TYPES] {
            for w in t {
                assert_eq!(*w, w.to_ascii_lowercase(), "has_type needs lower case: {w}");
            }
        }
    }

    #[test]
    fn garbage_never_panics() {
        for s in [
            "",
            "{",
            "}}}]]]",
            "\"",
            "{\"a\":\"\\",
            "[1,2,,]",
            "/*",
            "//",
        ] {
            let got = parse_block(s);
            assert_eq!(got, Vec::<Value>::new(), "{s:?}");
        }
        let deep = "[".repeat(10_000);
        assert!(parse_block(&deep).is_empty());
        // The same shapes, finished, are values.
        assert_eq!(parse_block("{}"), [serde_json::json!({})]);
        assert_eq!(parse_block("[1,2]"), [serde_json::json!([1, 2])]);
        let shallow = "[".repeat(10) + &"]".repeat(10);
        assert_eq!(parse_block(&shallow).len(), 1, "{shallow}");
    }
}
