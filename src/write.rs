//! Serialises an [`Article`]: JSON (compact or pretty), or plain text.

use crate::article::Article;

/// The output formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// One JSON object; with `pretty`, indented.
    Json { pretty: bool },
    /// Title, a blank line, then one paragraph per line with blank lines between.
    Text,
}

/// Renders `article` in `format`, without a trailing newline.
pub fn render(article: &Article, format: Format) -> String {
    match format {
        Format::Json { pretty: false } => {
            serde_json::to_string(article).unwrap_or_else(|e| format!("{{\"error\":\"{e}\"}}"))
        }
        Format::Json { pretty: true } => serde_json::to_string_pretty(article)
            .unwrap_or_else(|e| format!("{{\"error\":\"{e}\"}}")),
        Format::Text => {
            let mut out = String::new();
            if let Some(t) = &article.title {
                out.push_str(t);
                out.push_str("\n\n");
            }
            out.push_str(&article.paragraphs.join("\n\n"));
            out
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_has_schema_fields() {
        let a = Article::default();
        let v: serde_json::Value =
            serde_json::from_str(&render(&a, Format::Json { pretty: false })).unwrap();
        for k in ["title", "paragraphs", "quotes", "metadata", "source"] {
            assert!(v.get(k).is_some(), "missing {k}");
        }
        assert!(v.get("removed").is_none());
        assert!(v.get("metadata_sources").is_none());
        let mut keys: Vec<&str> = v.as_object().unwrap().keys().map(String::as_str).collect();
        keys.sort_unstable();
        assert_eq!(
            keys,
            ["metadata", "paragraphs", "quotes", "source", "title"]
        );
        // With something removed (`--explain`), both lists are written.
        let explained = Article {
            removed: vec![crate::article::Removed {
                rule: "strip: <nav> is never content".into(),
                text: "الرئيسية".into(),
            }],
            metadata_sources: vec![crate::article::MetadataSource {
                field: "lang".into(),
                source: "html lang".into(),
            }],
            ..Default::default()
        };
        let v: serde_json::Value =
            serde_json::from_str(&render(&explained, Format::Json { pretty: false })).unwrap();
        assert_eq!(
            v["removed"],
            serde_json::json!([{"rule": "strip: <nav> is never content", "text": "الرئيسية"}])
        );
        assert_eq!(
            v["metadata_sources"],
            serde_json::json!([{"field": "lang", "source": "html lang"}])
        );
    }

    #[test]
    fn text_format_separates_paragraphs() {
        let a = Article {
            title: Some("T".into()),
            paragraphs: vec!["a".into(), "b".into()],
            ..Default::default()
        };
        assert_eq!(render(&a, Format::Text), "T\n\na\n\nb");
    }
}
