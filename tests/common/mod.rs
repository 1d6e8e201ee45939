//! Helpers shared by the integration tests that run the real binary.

use serde_json::Value;

/// Checks one extraction against its page's exact headline and exactly its paragraphs, in
/// order; `case` names the run in every failure.
pub fn assert_extraction(v: &Value, case: &str, title: &str, expected: &[&str], first_words: &str) {
    assert_eq!(v["title"].as_str(), Some(title), "{case}: title");
    let paragraphs: Vec<&str> = v["paragraphs"]
        .as_array()
        .unwrap_or_else(|| panic!("{case}: paragraphs is not an array: {v}"))
        .iter()
        .map(|p| p.as_str().expect("a paragraph is a string"))
        .collect();
    assert_eq!(paragraphs, expected, "{case}: paragraphs");
    assert!(
        paragraphs[0].starts_with(first_words),
        "{case}: paragraphs[0]"
    );
}
