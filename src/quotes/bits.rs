//! The table bits of the lexicon's word map: one bit per table a word can be in. Shared
//! with the build script, which compiles the map (`build.rs`).

/// Table bit: reporting verbs.
pub(crate) const VERBS: u32 = 1;
/// Table bit: transmission verbs (نقل … عن).
pub(crate) const TRANSMIT: u32 = 1 << 1;
/// Table bit: reporting participles.
pub(crate) const PARTICIPLES: u32 = 1 << 2;
/// Table bit: attribution words (بحسب، وفق).
pub(crate) const ATTRIBUTION: u32 = 1 << 3;
/// Table bit: attribution words followed by لـ.
pub(crate) const WITH_LAM: u32 = 1 << 4;
/// Table bit: words that end a subject.
pub(crate) const STOPS: u32 = 1 << 5;
/// Table bit: verbs that open a clause after a subject.
pub(crate) const CLAUSE_VERBS: u32 = 1 << 6;
/// Table bit: occasion nouns (في مؤتمر).
pub(crate) const OCCASIONS: u32 = 1 << 7;
/// Table bit: audience words (للصحفيين).
pub(crate) const AUDIENCE: u32 = 1 << 8;
/// Table bit: nouns that announce a name.
pub(crate) const NAMING: u32 = 1 << 9;
/// Table bit: titles before a personal name.
pub(crate) const TITLES: u32 = 1 << 10;
/// Table bit: particles inside names (بن، أبو).
pub(crate) const PARTICLES: u32 = 1 << 11;
/// Table bit: prepositions that cannot open or end a name.
pub(crate) const NAME_PREPS: u32 = 1 << 12;
/// Table bit: auxiliaries (كان، قد).
pub(crate) const AUXILIARIES: u32 = 1 << 13;
/// Table bit: relative pronouns.
pub(crate) const RELATIVES: u32 = 1 << 14;
/// Table bit: saying nouns (قوله).
pub(crate) const SAYINGS: u32 = 1 << 15;
/// Table bit: the prepositions before a saying noun's source (عن، من).
pub(crate) const SAYING_FROM: u32 = 1 << 16;
/// Table bit: links between a naming noun and its name.
pub(crate) const LINKS: u32 = 1 << 17;
/// Table bit: platform nouns.
pub(crate) const PLATFORMS: u32 = 1 << 18;
/// Table bit: words meaning "titled".
pub(crate) const TITLE_LINKS: u32 = 1 << 19;
/// Table bit: prepositions before a platform's name.
pub(crate) const PLATFORM_LINKS: u32 = 1 << 20;
/// Table bit: verbs with an object pronoun (وصفه).
pub(crate) const WITH_OBJECT: u32 = 1 << 21;
/// Table bit: transitive reporting verbs.
pub(crate) const TRANSITIVE: u32 = 1 << 22;
/// Table bit: statement introducers (أن، قوله).
pub(crate) const INTRODUCERS: u32 = 1 << 23;
/// Table bit: words that may follow a quoted name.
pub(crate) const AFTER_NAME: u32 = 1 << 24;
/// Table bit: first words of the attribution pairs (على in على لسان).
pub(crate) const PAIR_FIRST: u32 = 1 << 25;
/// Table bit: nouns of anonymous descriptions (مصدر، أحد).
pub(crate) const DESCRIPTIONS: u32 = 1 << 26;
/// Table bit: honorifics before a name (الدكتور).
pub(crate) const HONORIFICS: u32 = 1 << 27;
/// Table bit: nouns of quotable documents (بيان، تقرير).
pub(crate) const DOCUMENTS: u32 = 1 << 28;
/// Table bit: links from a document to the body that issued it (صادر، أعدتها).
pub(crate) const DOCUMENT_LINKS: u32 = 1 << 29;
/// Table bit: cue words in the feminine (قالت، تقول، مضيفة), derived from the cue tables.
pub(crate) const FEMININE: u32 = 1 << 30;
/// Table bit: cue words in the plural (قالوا، مضيفين), derived from the cue tables.
pub(crate) const PLURAL: u32 = 1 << 31;

/// Role map bit: a role noun's form before a possessive pronoun (رئيست).
pub(crate) const ROLE_FORM: u32 = 1;
/// Role map bit: a role noun's stem before a plural ending (طالب of طالبات).
pub(crate) const NUMBER_FORM: u32 = 2;
