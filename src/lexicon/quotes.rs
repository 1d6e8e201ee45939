//! Reporting verbs, participles and attribution phrases used to find who said a quote;
//! the quotation marks themselves; and the nouns that announce a name in quotes
//! (a newspaper, a party, a programme) rather than a statement.
//!
//! Entries are written as Arabic is printed; the quotes stage compares them after the
//! same matching-only normalisation it applies to the text (diacritics and tatweel
//! dropped, أ/إ/آ/ٱ read as ا, ى as ي), so one spelling per form is enough.

/// Which marks can pair with each other.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MarkFamily {
    /// Curly double quotes “ ” „ ‟ (sites mix their directions freely).
    Double,
    /// The ASCII double quote, which has no direction of its own.
    Ascii,
    /// Guillemets « ».
    Guillemet,
    /// Curly single quotes ‘ ’ ‚ ‛ (’ is also an apostrophe in Latin text).
    Single,
    /// Single angle quotes ‹ ›.
    Angle,
}

/// The direction a mark is normally typed for; context may overrule it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MarkLean {
    Open,
    Close,
    Either,
}

/// Every quotation mark the stage knows, with its family and usual direction.
pub const QUOTE_MARKS: &[(char, MarkFamily, MarkLean)] = &[
    ('\u{201C}', MarkFamily::Double, MarkLean::Open), // “
    ('\u{201D}', MarkFamily::Double, MarkLean::Close), // ”
    ('\u{201E}', MarkFamily::Double, MarkLean::Open), // „
    ('\u{201F}', MarkFamily::Double, MarkLean::Open), // ‟
    ('"', MarkFamily::Ascii, MarkLean::Either),
    ('\u{00AB}', MarkFamily::Guillemet, MarkLean::Open), // «
    ('\u{00BB}', MarkFamily::Guillemet, MarkLean::Close), // »
    ('\u{2018}', MarkFamily::Single, MarkLean::Open),    // ‘
    ('\u{2019}', MarkFamily::Single, MarkLean::Close),   // ’
    ('\u{201A}', MarkFamily::Single, MarkLean::Open),    // ‚
    ('\u{201B}', MarkFamily::Single, MarkLean::Open),    // ‛
    ('\u{2039}', MarkFamily::Angle, MarkLean::Open),     // ‹
    ('\u{203A}', MarkFamily::Angle, MarkLean::Close),    // ›
];

/// Characters after which a mark can open a quote (besides spaces and other marks).
pub const OPEN_CONTEXT_PUNCT: &[char] =
    &['(', '[', '{', ':', '،', ',', '؛', ';', '—', '–', '-', '/'];

/// Characters before which a mark can close a quote (besides spaces and other marks).
pub const CLOSE_CONTEXT_PUNCT: &[char] = &[
    '.', ',', '،', '؛', ';', ':', '!', '?', '؟', ')', ']', '}', '…', '-', '–', '—', '/',
];

/// One-letter Arabic proclitics that may sit directly before an opening mark (و"…", بـ"…").
pub const PROCLITIC_LETTERS: &[char] = &['و', 'ف', 'ب', 'ل', 'ك'];

/// Letter variants read as one when matching words with the tables (never in output).
pub const LETTER_FOLDS: &[(char, char)] =
    &[('أ', 'ا'), ('إ', 'ا'), ('آ', 'ا'), ('ٱ', 'ا'), ('ى', 'ي')];

/// The final alif maqsura of function words (على، إلى، لدى). Folded into ي for matching,
/// but an article that writes a listed word with it (على) writes the word with ي (علي) as
/// another word: a given name, or the preposition with a pronoun (عليّ).
pub const ALIF_MAQSURA: char = 'ى';

/// The letter ي, which the alif maqsura is folded into.
pub const FINAL_YA: char = 'ي';

/// Conjunctions written onto the next word (وقال، فأضاف).
pub const CONJUNCTIONS: &[char] = &['و', 'ف'];

/// The Unicode block of Arabic letters (hamza to yeh, with the extended letters of the
/// block).
pub const ARABIC_LETTERS: std::ops::RangeInclusive<char> = '\u{0621}'..='\u{06D3}';

/// The conjunction that opens the comment on a topic (أما X فـ…).
pub const FA: char = 'ف';

/// Proclitics that may stand before the definite article (والوزير، بالرباط، كالعادة).
pub const ARTICLE_PROCLITICS: &[char] = &['و', 'ف', 'ب', 'ك'];

/// The definite article.
pub const DEFINITE_ARTICLE: &str = "ال";

/// The preposition لـ; written onto a word, and contracted with the article as لل.
pub const LAM: char = 'ل';

/// لـ + ال, as written (للوزير).
pub const LAM_ARTICLE: &str = "لل";

/// The hamza on the line, which a noun's accusative alif follows in a few words (جزءا) and
/// which ends other words with a long alif before it (بناء، سماء).
pub const HAMZA: char = 'ء';

/// The م that opens the participles of the derived forms (المتخصصة، المستقلة).
pub const PARTICIPLE_MIM: char = 'م';

/// The feminine ending that an agreeing adjective repeats (الحكومة المصرية).
pub const FEMININE_ENDING: char = 'ة';

/// Punctuation that separates words for the speaker search.
pub const WORD_PUNCT: &[char] = &[
    ':', '،', ',', '.', '؛', ';', '!', '?', '؟', '(', ')', '[', ']', '{', '}', '…', '-', '–', '—',
    '/',
];

/// Punctuation that ends a sentence: the speaker search never crosses it.
pub const SENTENCE_END: &[char] = &['.', '!', '?', '؟'];

/// Punctuation that, inside a quoted span, shows a sentence rather than a name.
pub const SENTENCE_PUNCT: &[char] = &['.', '!', '?', '؟', '،', ',', ':', '؛', ';'];

/// Reporting verbs by their principal parts, the past and the present of "he" (قال،
/// يقول). The table builder conjugates each (`quotes::lexicon_build::conjugate`) into the
/// forms news text uses: past he, she, they, she-two (قال، قالت، قالوا، قالتا); present
/// he, she, they, the two (يقول، تقول، يقولون، يقولان، تقولان). A final ا or ى of the past
/// (دعا، رأى) and a final و، ي or ى of the present (يدعو، ينفي، يرى) are the weak letter
/// these forms drop (دعت، دعوا، يدعون، يرون). An empty present makes the past alone, for
/// a verb whose present is more often another word. The masculine dual of the past is not made
/// (ذكرا، وصفا، كتبا are nouns far more often); forms that are more often another word are
/// in [`NOT_CUE_FORMS`]. A leading و or ف is accepted in front of any form.
pub const REPORTING_VERB_PARADIGMS: &[(&str, &str)] = &[
    // express, sum up
    ("أعرب", "يعرب"),
    ("لخص", "يلخص"),
    // say, add
    ("قال", "يقول"),
    ("أضاف", "يضيف"),
    // stress, confirm
    ("أكد", "يؤكد"),
    ("شدد", "يشدد"),
    // explain, clarify
    ("أوضح", "يوضح"),
    ("بين", "يبين"),
    // point out
    ("لفت", "يلفت"),
    ("أشار", "يشير"),
    // continue
    ("تابع", "يتابع"),
    ("أردف", "يردف"),
    ("استطرد", "يستطرد"),
    ("استدرك", "يستدرك"),
    // consider, see, fear (يخشى أن «…»)
    ("اعتبر", "يعتبر"),
    ("رأى", "يرى"),
    ("خشي", "يخشى"),
    // announce, reveal, mention
    ("أعلن", "يعلن"),
    ("كشف", "يكشف"),
    ("ذكر", "يذكر"),
    // reply, conclude
    // replied; its present (يرد، ترد) is far more often "comes, is mentioned"
    ("ردّ", ""),
    ("أجاب", "يجيب"),
    ("ختم", "يختم"),
    ("اختتم", "يختتم"),
    // attributed (a result) to: عزا الرئيس ذلك إلى «…»، أرجع الخبير ذلك إلى «…»; the
    // present of أرجع (يرجع) is "returns"
    ("عزا", "يعزو"),
    ("أرجع", ""),
    // shout, cry out
    ("صرخ", "يصرخ"),
    ("هتف", "يهتف"),
    ("صاح", "يصيح"),
    // warn, call, urge
    ("حذر", "يحذر"),
    ("دعا", "يدعو"),
    ("ناشد", "يناشد"),
    ("حث", "يحث"),
    // write, post, claim, accuse, ask, describe
    ("كتب", "يكتب"),
    ("غرد", "يغرد"),
    ("زعم", "يزعم"),
    ("اتهم", "يتهم"),
    ("تساءل", "يتساءل"),
    ("سأل", "يسأل"),
    ("وصف", "يصف"),
    // speak, comment, criticise, praise, welcome, deny, tell
    ("تحدث", "يتحدث"),
    ("علق", "يعلق"),
    ("انتقد", "ينتقد"),
    ("أشاد", "يشيد"),
    ("رحب", "يرحب"),
    ("نفى", "ينفي"),
    ("روى", "يروي"),
    // ruled (قضت المحكمة بأن): a court states its ruling
    ("قضى", "يقضي"),
];

/// Forms of the conjugated verbs ([`REPORTING_VERB_PARADIGMS`], and the paradigms of
/// `lexicon::names` and [`TRANSITIVE_VERB_PARADIGMS`]) that news text uses far more often
/// as another word, so that they are no cue: بين "between", تبين "it turned out"; and of
/// the participles ([`REPORTING_PARTICIPLES`]), متابعين "followers" and متهمين "the
/// accused".
pub const NOT_CUE_FORMS: &[&str] = &["بين", "تبين", "متابعين", "متهمين"];

/// Reporting verb forms the paradigms do not make: the masculine dual of the past where
/// it is no noun (قالا), forms with an object pronoun, forms whose other forms are other
/// words (عقبت، while عقب is the preposition "after"), and English verbs.
pub const REPORTING_VERBS: &[&str] = &[
    "قالا",
    "أكدا",
    // asked him, asked her: the asker follows (سأله المذيع)
    "سأله",
    "سألها",
    "سألته",
    "سألتها",
    // commented on, interrupted him or her: the speaker follows (عقبت الوزيرة، قاطعته
    // النائبة); عقب alone is the preposition "after"
    "عقبت",
    "عقبوا",
    "قاطعه",
    "قاطعته",
    "قاطعتها",
    "يقاطعه",
    "تقاطعه",
    "يقاطعها",
    "تقاطعها",
    // described him, her
    "وصفه",
    "وصفها",
    "يصفه",
    "تصفه",
    "يصفها",
    "تصفها",
    // English news: "…," said X / X said: "…"
    "said",
    "says",
    "told",
    "added",
    "stated",
    "explained",
    "warned",
    "wrote",
];

/// Reporting verbs that take an object after their subject (دعت الوزارة المواطنين،
/// اتهم النائب الفريق الآخر): the subject ends where a new noun phrase begins. Given by
/// their principal parts and conjugated like [`REPORTING_VERB_PARADIGMS`].
pub const TRANSITIVE_VERB_PARADIGMS: &[(&str, &str)] = &[
    ("دعا", "يدعو"),
    ("طالب", "يطالب"),
    ("اتهم", "يتهم"),
    ("وصف", "يصف"),
    ("حث", "يحث"),
    ("ناشد", "يناشد"),
    ("أبلغ", "يبلغ"),
    // asked (سأل الدفاع الشاهدة)
    ("سأل", "يسأل"),
    // summed up (لخص أحد العمال الوضع)
    ("لخص", "يلخص"),
    // attributed (عزا الرئيس ذلك إلى)
    ("عزا", "يعزو"),
    ("أرجع", ""),
    // criticised, attacked (انتقد النائب X تصريحات الوزيرة)
    ("انتقد", "ينتقد"),
    ("هاجم", "يهاجم"),
];

/// Verbs of transmission: the speaker is the one named after the following عن.
pub const TRANSMIT_VERBS: &[&str] = &["نقل", "نقلت", "نقلوا", "ينقل", "تنقل", "نقلا"];

/// The preposition that introduces the source after a transmission verb.
pub const TRANSMIT_FROM: &str = "عن";

/// "His saying": the speaker is named before it, after عن or من (نقلت عن الوزير قوله،
/// سمعنا من الرئيس قوله).
pub const SAYING_NOUNS: &[&str] = &["قوله", "قولها", "قولهم", "قولهما"];

/// Prepositions that introduce the speaker of a saying noun.
pub const SAYING_FROM: &[&str] = &["عن", "من"];

/// Words that may stand between a naming noun and the quoted name (حسابه الشخصي “…”,
/// الندوة الدولية حول "…"), besides definite adjectives.
pub const NAME_LINKS: &[&str] = &["حول", "بعنوان", "عنوان", "تحت", "المسمى", "المسماة", "باسم"];

/// Words meaning "titled": what follows in quotes is a title even with punctuation inside
/// (كتاب بعنوان "الحرب والسلام: قراءة").
pub const TITLE_LINKS: &[&str] = &[
    "بعنوان",
    "عنوان",
    "المسمى",
    "المسماة",
    "المعنون",
    "المعنونة",
];

/// Platforms, and posts on them, that are named after "on" or "in" (حسابه على “تويتر”،
/// صفحتها في “فيسبوك”، تغريدة على «إكس»).
pub const PLATFORM_NOUNS: &[&str] = &[
    "حساب",
    "صفحة",
    "منصة",
    "موقع",
    "قناة",
    "تطبيق",
    "شبكة",
    // a post on a platform (في تغريدة على «إكس»)
    "تغريدة",
    "تدوينة",
    "منشور",
];

/// Prepositions that join a platform noun to its name.
pub const PLATFORM_LINKS: &[&str] = &["على", "في", "عبر"];

/// Possessive pronoun suffixes, stripped to find the noun (حسابه، منصتها).
pub const POSSESSIVE_SUFFIXES: &[&str] = &["هما", "هم", "ها", "ه"];

/// The masculine possessive pronoun, which names end with too (طه، عبده، نبيه): after four
/// letters or more and not after [`LETTERS_BEFORE_NAME_HA`] it is the pronoun (روايته،
/// فريقه). No name ends with the other [`POSSESSIVE_SUFFIXES`] after three letters
/// (روايتها، زملاؤهم).
pub const HIS_SUFFIX: &str = "ه";

/// Letters before which a final ه is a name's own (نبيه، وجيه، سيبويه).
pub const LETTERS_BEFORE_NAME_HA: &[char] = &['ي', 'و'];

/// The letter a feminine ending becomes before a suffix (منصة → منصته).
pub const FEMININE_BEFORE_SUFFIX: char = 'ت';

/// Reporting verbs that carry an object pronoun: their relative-clause antecedent is the
/// object, not the speaker (الصين، التي وصفها البيان …).
pub const VERBS_WITH_OBJECT: &[&str] = &[
    "وصفه",
    "وصفها",
    "يصفه",
    "تصفه",
    "يصفها",
    "تصفها",
    "قاطعه",
    "قاطعته",
    "قاطعتها",
    "يقاطعه",
    "تقاطعه",
    "يقاطعها",
    "تقاطعها",
];

/// Participles that attach a quote to the subject already named (pronoun attribution),
/// by their masculine singular (مشير). The table builder makes the forms a participle of
/// circumstance takes (`quotes::lexicon_build::participle_forms`): he, she, they, the two
/// women (مشيرا، مشيرة، مشيرين، مشيرتين).
pub const REPORTING_PARTICIPLES: &[&str] = &[
    "مشير",
    "لافت",
    "مؤكد",
    "مضيف",
    "موضح",
    "معتبر",
    "محذر",
    "مشدد",
    "منوه",
    "متسائل",
    "قائل",
    "داعي",
    "معرب",
    "كاشف",
    "مبين",
    "مردف",
    "مستطرد",
    "مستدرك",
    "متابع",
    "مطالب",
    "متهم",
];

/// One-word attribution phrases: the speaker follows (بحسب الوزير، وفق مصادر).
pub const ATTRIBUTION_WORDS: &[&str] = &["بحسب", "حسب", "وفق", "وفقا", "طبقا"];

/// Attribution words after which the source takes a لـ (وفقا لـ، طبقا لـ).
pub const ATTRIBUTION_WITH_LAM: &[&str] = &["وفقا", "طبقا"];

/// Two-word attribution phrases: the speaker follows (على لسان الوزير).
/// "It was stated in" (جاء في البيان) names its source, a document, the same way.
pub const ATTRIBUTION_PAIRS: &[(&str, &str)] = &[("على", "لسان"), ("جاء", "في"), ("ورد", "في")];

/// Words that end the speaker's noun phrase: complementisers, "his saying",
/// prepositions of circumstance, relative pronouns, adverbs of time and place.
pub const SUBJECT_STOPS: &[&str] = &[
    "أن",
    "إن",
    "أنه",
    "أنها",
    "إنه",
    "إنها",
    "أنهم",
    "إنهم",
    "بأن",
    "بأنه",
    "بأنها",
    "بأنهم",
    "فإن",
    "لأن",
    "قوله",
    "قولها",
    "قولهم",
    "بقوله",
    "بقولها",
    "بقولهم",
    "عن",
    "إلى",
    "على",
    "خلال",
    "عقب",
    "أمام",
    // amid, near (قالت X وسط تصفيق الحاضرين، قال X قرب موقع الانفجار)
    "وسط",
    "قرب",
    // about what, about whom, whether (سئل الوزير عما إذا كانت …)
    "عما",
    "عمن",
    // of those who, of what (أحد أهالي القرية ممن حضروا الحفل)
    "ممن",
    "مما",
    "إذا",
    "خارج",
    "داخل",
    "عبر",
    "أثناء",
    "لدى",
    "عند",
    "إثر",
    "حيث",
    "بعد",
    "قبل",
    "منذ",
    "أمس",
    "اليوم",
    // now, still: a time or aspect adverb right after the verb (وتتساءل الآن:)
    "الآن",
    "آنذاك",
    "هناك",
    "هنا",
    "مساء",
    "صباح",
    "الذي",
    "التي",
    "الذين",
    "اللذين",
    "اللتين",
    "وهو",
    "وهي",
    "فيما",
    "بينما",
    "بعدما",
    "عندما",
    "حينما",
    "كلما",
    "دائما",
    "مؤخرا",
    "أيضا",
    "كذلك",
    "ردا",
    "تعليقا",
    // without (أجابت ياسمين دون تردد): the manner after the subject
    "دون",
    "بدون",
    "وذلك",
    "إذ",
    "حين",
    "عندما",
    "لكن",
    "ولكن",
    // but he, but she: the pronoun is the subject (…، لكنه يحذر من أن)
    "لكنه",
    "لكنها",
    "لكنهم",
    "لكنهما",
    "بدوره",
    "بدورها",
    "بدورهم",
    "بنبرة",
    "بلهجة",
    "بصوت",
    "بالقول",
    "بالتأكيد",
    "بالإشارة",
    "بالتحذير",
    "بالتشديد",
    // the manner of saying, with بـ and no article (أضاف سانتوس بانفعال)
    "بانفعال",
    "بحماس",
    "بهدوء",
    "بحزم",
    "بغضب",
    "بمرارة",
    "بثقة",
    "بأسف",
    "بفخر",
    "بتأثر",
    "بسخرية",
    "بصراحة",
    "المنشور",
    "المنشورة",
    "بوضوح",
    // adverbs and times written between a name and what it says (قال X مجددا، الخميس)
    "مجددا",
    "مرارا",
    "تكرارا",
    "دوما",
    "غالبا",
    "أحيانا",
    "لاحقا",
    "سابقا",
    "حاليا",
    "أخيرا",
    "غدا",
    "صباحا",
    "ليلا",
    "نهارا",
    "ظهر",
    "فجر",
    "عشية",
    "يوم",
    // (the day names, الخميس, are stops too: `lexicon::dates::DAY_NAMES`)
    "الأسبوع",
    "الشهر",
    "الليلة",
    "أول",
    // (the heads of a time construct, مطلع الشهر, are stops too:
    // `lexicon::names::TIME_CONSTRUCTS`)
    "آنذاك",
    "حينها",
    "حينذاك",
    "وقتها",
    "صراحة",
    "مرة",
    "علنا",
    // particles of sequence and negation
    "ثم",
    "كما",
    "بل",
    "لم",
    "لا",
    "لن",
    "ما",
    "قد",
    "وقد",
    "فقد",
    "لقد",
    // prepositions with a pronoun: never a subject (كتب عليها)
    "عليه",
    "عليها",
    "عليهم",
    "فيه",
    "فيها",
    "منه",
    "منها",
    "عنه",
    "عنها",
    "إليه",
    "إليها",
    "معه",
    "معها",
    // English: the subject ends at a relative clause or a preposition
    "who",
    "that",
    "which",
    "on",
    "in",
    "at",
    "during",
    "when",
];

/// Verbs that open a relative clause inside a noun phrase without الذي (مصادر تحدثت …).
pub const CLAUSE_VERBS: &[&str] = &[
    "تحدث",
    "تحدثت",
    "تحدثوا",
    "طلب",
    "طلبت",
    "طلبوا",
    "رفض",
    "رفضت",
    "رفضوا",
    "فضل",
    "فضلت",
    "يعمل",
    "تعمل",
    "طالبا",
    "طالبة",
    "مفضلا",
    "مفضلة",
    "رافضا",
    "رافضة",
    // attended, fled, lived, survived (مصدر حضر المحادثات، رب أسرة نزح من القرى)
    "حضر",
    "حضرت",
    "حضروا",
    "نزح",
    "نزحت",
    "نزحوا",
    "عاش",
    "عاشت",
    "نجا",
    "نجت",
];

/// "In" – ends the speaker only when an occasion follows (في مؤتمر صحفي), not a place of
/// work (مسؤول في البنتاغون).
pub const IN_PREPOSITION: &str = "في";

/// Occasions of speaking: after في they end the speaker's noun phrase.
pub const OCCASION_NOUNS: &[&str] = &[
    "مؤتمر",
    "ندوة",
    "بيان",
    // a communiqué (Maghreb usage of بيان)
    "بلاغ",
    "كلمة",
    "تصريح",
    "تصريحات",
    "حديث",
    "مقابلة",
    "ختام",
    "لقاء",
    "اتصال",
    "تغريدة",
    "منشور",
    "رسالة",
    "جلسة",
    "حفل",
    "افتتاح",
    "اجتماع",
    "تقرير",
    "تقريرها",
    // a bulletin, an address, a memo, a circular (الوزارة في نشرة رسمية)
    "نشرة",
    "خطاب",
    "مذكرة",
    "تعميم",
    // in reply, in the course of, in a comment (في رده على سؤال، في معرض حديثه)
    "رد",
    "رده",
    "ردها",
    "معرض",
    "تعليق",
    "تعليقه",
    "تعليقها",
    "تقريره",
    "حوار",
    "خطاب",
    "مداخلة",
    "تعليق",
    "إفادة",
    "برنامج",
    "ردها",
    "رده",
    "إحاطة",
    "افتتاحية",
    "مقال",
    "تدوينة",
    // the plurals (البعض في تعليقات على الصفحة، في تغريدات متتالية)
    "تعليقات",
    "تغريدات",
    "تدوينات",
    "منشورات",
    "مقابلات",
    "رسائل",
    "مداخلات",
];

/// The preposition that joins an occasion to the medium or programme it was given to
/// (في مقابلة مع «…»، في حوار خاص مع «…»): the quoted span after it is a name.
pub const OCCASION_WITH: &str = "مع";

/// How many words may stand between an occasion noun and its مع (حوار خاص مع).
pub const OCCASION_WITH_REACH: usize = 2;

/// The listener of a statement or an object pronoun, skipped right after the verb and
/// ending the phrase later (قال لي، قال للصحفيين، أفاد به).
pub const AUDIENCE_WORDS: &[&str] = &[
    "به",
    "بها",
    "بهم",
    "بذلك",
    "لي",
    "له",
    "لها",
    "لنا",
    "لهم",
    "لكم",
    "للصحفيين",
    "للصحافيين",
    "للصحافة",
    "للإعلام",
    "للمراسلين",
    "للحضور",
    // قال X لمراسل صحيفة «…»: the correspondent the words were given to
    "لمراسل",
    "لمراسلة",
    "لمراسلي",
    "لموفد",
];

/// Nouns that announce a name in quotation marks: a newspaper, a party, an operation, a
/// programme, a book, a brand, an account. Matched with or without ال and a one-letter
/// proclitic.
pub const NAMING_NOUNS: &[&str] = &[
    // a name, a nickname (تحت اسم «…»، لقب «…»)
    "اسم",
    "لقب",
    // reports, slogans, blocs
    "تقرير",
    "دراسة",
    "شعار",
    "عنوان",
    "كتلة",
    "تيار",
    "قائمة",
    // press and media
    "صحيفة",
    "جريدة",
    "وكالة",
    "موقع",
    "قناة",
    "مجلة",
    "إذاعة",
    "تلفزيون",
    "شبكة",
    "نشرة",
    "حساب",
    "حسابه",
    "حسابها",
    "صفحة",
    "صفحته",
    "صفحتها",
    "وسم",
    "هاشتاغ",
    "منصة",
    "تطبيق",
    // organisations
    "حزب",
    "حركة",
    "جماعة",
    "جبهة",
    "تنظيم",
    "تحالف",
    "ائتلاف",
    "منظمة",
    "شركة",
    "مجموعة",
    "فريق",
    "نادي",
    "كتيبة",
    "لواء",
    "مؤسسة",
    "جمعية",
    "دار",
    "مركز",
    "منتدى",
    // markets, indices, observatories, systems
    "بورصة",
    "مؤشر",
    "مرصد",
    "نظام",
    "منظومة",
    "تعاونية",
    // technologies and techniques (تقنية «الفار»)
    "تقنية",
    // operations and plans
    "عملية",
    "مناورات",
    "مناورة",
    "مبادرة",
    "مشروع",
    "برنامج",
    "خطة",
    "حملة",
    "استراتيجية",
    // works ([`WORK_NOUNS`], added to these by the table builder) and events
    "معرض",
    "مهرجان",
    "مسابقة",
    "بطولة",
    "جائزة",
    "ندوة",
    "مؤتمر",
    "سلسلة",
    "مجموعة",
    // brands and labels (علامة “…”، ماركة «…»)
    "علامة",
    "ماركة",
    "منتج",
    // vessels and craft, which carry names (السفينة “…”; not عبارة, also a phrase:
    // رفعوا عبارة «…»)
    "سفينة",
    "باخرة",
    "ناقلة",
    "مركب",
    "قارب",
    "يخت",
];

/// Works, naming nouns like [`NAMING_NOUNS`], that may carry their author's pronoun before
/// their title in quotes (كتابه «…»، روايتها “…”، فيلمه «…»): with the pronoun they still
/// announce a name. (A team with a
/// pronoun, فريقه «…», is most often followed by what was said of it.)
pub const WORK_NOUNS: &[&str] = &[
    "كتاب",
    "رواية",
    "ديوان",
    "قصيدة",
    "مسرحية",
    "أغنية",
    "ألبوم",
    "فيلم",
    "مسلسل",
];

/// Nouns for titles and institutions: never the first word of a personal name.
pub const TITLE_NOUNS: &[&str] = &[
    "رئيس",
    "رئيسة",
    "وزير",
    "وزيرة",
    "مدير",
    "مديرة",
    "أمين",
    "نائب",
    "نائبة",
    "سفير",
    "سفيرة",
    "مستشار",
    "مستشارة",
    "قائد",
    "مسؤول",
    "مسؤولة",
    "متحدث",
    "متحدثة",
    "ناطق",
    "ناطقة",
    "صحيفة",
    "باسم",
    "محافظ",
    "محافظة",
    "عضو",
    "عضوة",
    "كبير",
    "كبيرة",
];

/// Bodies that head a title or a speaker's phrase (وزارة، هيئة، محكمة): like
/// [`TITLE_NOUNS`], never the first word of a personal name; a mention by the noun alone
/// (الوزارة) names the body written in full (with `names::BODY_NOUNS`).
pub const INSTITUTION_NOUNS: &[&str] = &[
    "وزارة",
    "جامعة",
    "مؤسسة",
    "بنك",
    // a bank, as Libya, Iraq and Lebanon name one (مصرف ليبيا المركزي)
    "مصرف",
    "شركة",
    "مستشفى",
    "مركز",
    "معهد",
    "هيئة",
    "لجنة",
    "مجلس",
    "وكالة",
    "صندوق",
    "محكمة",
    "نقابة",
    "رابطة",
    "اتحاد",
    "مكتب",
    "بعثة",
    "غرفة",
    "حكومة",
    "رئاسة",
    "إدارة",
    "سلطة",
    "مديرية",
    "قيادة",
    "بلدية",
    "برلمان",
    "منظمة",
    "جمعية",
    "مفوضية",
    "مرصد",
];

/// Particles inside personal names (نزار بن عمر، عبد الغفار، آل الشيخ).
/// أم and أبو also open a kunya (أم خالد).
// ود: "son of" in Sudanese names (عثمان الطيب ود النور); the verb ودّ is written the
// same, but a name's particle is what stands between two parts of a name.
pub const NAME_PARTICLES: &[&str] = &[
    "بن", "ابن", "بنت", "عبد", "أبو", "أبي", "آل", "ولد", "ود", "أم",
];

/// Prepositions that end a personal name.
pub const NAME_PREPOSITIONS: &[&str] = &["في", "من", "إلى", "على", "عن", "مع", "نحو", "لدى"];

/// The topic particle of "as for X, he said …" (أما الائتلاف، فقد دعا …).
pub const TOPIC_PARTICLE: &str = "أما";

/// Auxiliaries between a subject and its reporting verb (جدتي كانت تقول).
pub const AUXILIARIES: &[&str] = &["كان", "كانت", "كانوا", "قد", "لقد"];

/// Relative pronouns: a verb after one of them reports its antecedent (الوزارة، التي أكدت).
pub const RELATIVE_PRONOUNS: &[&str] = &["الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي"];

/// Words after a quoted span that show it is a name: a relative pronoun follows a noun.
pub const AFTER_NAME_WORDS: &[&str] = &["الذي", "التي", "الذين"];

/// Words right before a quote that introduce a statement (أن "…", بأنه "…", قوله: "…").
pub const STATEMENT_INTRODUCERS: &[&str] = &[
    "أن",
    "إن",
    "أنه",
    "أنها",
    "إنه",
    "إنها",
    "أنهم",
    "بأن",
    "بأنه",
    "بأنها",
    "بأنهم",
    "فإن",
    "قوله",
    "قولها",
    "قولهم",
    "بقوله",
    "بقولها",
];
