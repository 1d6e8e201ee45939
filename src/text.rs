//! Block-aware text: one paragraph per block as a browser lays it out.

use crate::article::Removed;
use crate::options::Thresholds;
use crate::parse::{Dom, Ix};
use crate::strip::Stripped;

/// Paragraphs and the blocks dropped while building them.
pub struct Body {
    pub paragraphs: Vec<String>,
    pub removed: Vec<Removed>,
}

/// The paragraphs under `root`.
pub fn paragraphs(dom: &Dom, stripped: &Stripped, root: Ix, th: &Thresholds) -> Body {
    let _ = (dom, stripped, root, th);
    Body {
        paragraphs: Vec::new(),
        removed: Vec::new(),
    }
}

/// Removes a leading paragraph that repeats the title.
pub fn drop_title(paragraphs: Vec<String>, title: Option<&str>) -> Vec<String> {
    let _ = title;
    paragraphs
}
