//! Caller-facing settings ([`Options`]) and every tuning number of the extractor
//! ([`Thresholds`]), each named and documented in one place.

/// How [`crate::extract`] should treat one page.
#[derive(Debug, Clone)]
pub struct Options {
    /// Recorded as `source.path` in the output; never opened by the library.
    pub path: Option<String>,
    /// An encoding label that overrides the BOM, the page's own label and detection.
    pub encoding: Option<String>,
    /// Record every dropped block and its rule in `Article::removed`.
    pub explain: bool,
    /// Pages larger than this (after decompression) are refused.
    pub max_bytes: u64,
    /// The extractor's tuning numbers.
    pub thresholds: Thresholds,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            path: None,
            encoding: None,
            explain: false,
            max_bytes: 256 * 1024 * 1024,
            thresholds: Thresholds::default(),
        }
    }
}

/// Every number the extractor decides by. Changing one changes quality: measure on the
/// corpus (`../shared/eval/score.py`) before and after.
#[derive(Debug, Clone)]
pub struct Thresholds {
    /// A block with fewer letters than this counts as "short" (menus, buttons, labels).
    pub short_block_chars: usize,
    /// A block with at least this many letters counts as running text even without
    /// punctuation.
    pub long_block_chars: usize,
    /// Share of a block's letters inside links above which it is navigation.
    pub max_link_density: f32,
    /// Link density above which a whole container is a link list (related, most read).
    pub link_list_density: f32,
    /// Weight of a block's letters that are not running text, in the container score.
    pub chrome_penalty: f32,
    /// Multiplier for containers marked as the article (`<article>`, `articleBody`,
    /// content-like class names).
    pub semantic_bonus: f32,
    /// Smallest body, in letters, that is reported as an article at all.
    pub min_article_chars: usize,
    /// Chrome phrases only drop a block shorter than this many characters.
    pub max_chrome_block_chars: usize,
    /// A quoted span with at most this many words is a fragment or a name, not a statement.
    pub max_fragment_words: usize,
}

impl Default for Thresholds {
    fn default() -> Self {
        Thresholds {
            short_block_chars: 25,
            long_block_chars: 120,
            max_link_density: 0.5,
            link_list_density: 0.6,
            chrome_penalty: 1.0,
            semantic_bonus: 1.3,
            min_article_chars: 150,
            max_chrome_block_chars: 160,
            max_fragment_words: 3,
        }
    }
}
