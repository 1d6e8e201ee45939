//! The grammar of a speaker's noun phrase as data: the nouns that describe a person or a
//! body (titles, occupations, descriptions), the honorifics written before a name, the
//! nouns of documents that can be quoted, and the words that link a document to the
//! body that issued it. The quotes stage splits a phrase such as
//! `وزير الصحة الدكتور سامي الخطيب` into its role (`وزير الصحة`) and the name
//! (`سامي الخطيب`) by these tables and by the shape of the words (the article ال, name
//! particles from [`super::quotes::NAME_PARTICLES`], hyphenated parts), never by a list
//! of names.
//!
//! Entries are written as Arabic is printed, in the singular (masculine and feminine)
//! and, where a description is often plural, in the plural; they match with or without
//! ال and a one-letter proclitic.

/// Titles, offices and occupations (وزير، مدير، محلل، طبيبة): a phrase that opens with
/// one is a role, and the name, if any, follows it; a word of this table is never the
/// first word of a personal name. (Bodies such as وزارة or هيئة are in
/// [`super::quotes::INSTITUTION_NOUNS`].)
pub const OFFICE_NOUNS: &[&str] = &[
    // offices
    "رئيس",
    "رئيسة",
    "وزير",
    "وزيرة",
    "مدير",
    "مديرة",
    "أمين",
    "أمينة",
    "نائب",
    "نائبة",
    "وكيل",
    "وكيلة",
    "سفير",
    "سفيرة",
    "مستشار",
    "مستشارة",
    "قائد",
    "قائدة",
    "مسؤول",
    "مسؤولة",
    "مسؤولون",
    "مسؤولين",
    "متحدث",
    "متحدثة",
    "ناطق",
    "ناطقة",
    "محافظ",
    "والي",
    "عمدة",
    "عضو",
    "عضوة",
    "نقيب",
    "نقيبة",
    "ممثل",
    "ممثلة",
    "مفوض",
    "مفوضة",
    "مبعوث",
    "مبعوثة",
    "منسق",
    "منسقة",
    "مندوب",
    "مندوبة",
    "كبير",
    "كبيرة",
    "مؤسس",
    "شريك",
    "شريكة",
    "مراقب",
    "مدعي",
    "حاكم",
    "أمير",
    "ملك",
    "ولي",
    // occupations
    "خبير",
    "خبيرة",
    "محلل",
    "محللة",
    "باحث",
    "باحثة",
    "أستاذ",
    "أستاذة",
    "مدرب",
    "مدربة",
    "لاعب",
    "لاعبة",
    "مهاجم",
    "حارس",
    "حارسة",
    // athletes (العداء الكيني X، الملاكمة الجزائرية X)
    "عداء",
    "عداءة",
    "ملاكم",
    "ملاكمة",
    "سباح",
    "سباحة",
    "مصارع",
    "مصارعة",
    "متسابق",
    "متسابقة",
    "قاض",
    "قاضي",
    "قاضية",
    "محام",
    "محامي",
    "محامية",
    "ناشط",
    "ناشطة",
    "طبيب",
    "طبيبة",
    "ممرض",
    "ممرضة",
    "صيدلاني",
    "صيدلانية",
    "مهندس",
    "مهندسة",
    // a maker of play, of films (صانع الألعاب)
    "صانع",
    "صانعة",
    "مخرج",
    "مخرجة",
    "ممثلة",
    "كاتب",
    "كاتبة",
    "روائي",
    "روائية",
    "شاعر",
    "شاعرة",
    "ناقد",
    "ناقدة",
    "صحفي",
    "صحفية",
    "صحافي",
    "صحافية",
    "مذيع",
    "مذيعة",
    "مراسل",
    "مراسلة",
    "فنان",
    "فنانة",
    "عازف",
    "عازفة",
    "مغني",
    "مغنية",
    "حكواتي",
    "حكواتية",
    "مزارع",
    "مزارعة",
    "صياد",
    "عامل",
    "عاملة",
    "عمال",
    "موظف",
    "موظفة",
    "طالب",
    "طالبة",
    "طلاب",
    "طلبة",
    "معلم",
    "معلمة",
    "مدرس",
    "مدرسة",
    "سائق",
    "سائقو",
    "تاجر",
    "بائع",
    "بائعة",
    "باعة",
    "سباك",
    "ميكانيكي",
    "صيدلي",
    "طاه",
    "طاهي",
    "طاهية",
    "مربية",
    "محاسب",
    "محاسبة",
    "مقاول",
    "مصرفي",
    "مصرفية",
    "سائح",
    "سائحة",
    "راكب",
    "راكبة",
    "سجين",
    "سجينة",
    "متهمة",
    "مستأجر",
    "مستأجرة",
    "إطفائي",
    "مشرف",
    "مشرفة",
    "متظاهر",
    "متظاهرة",
    "محتج",
    "محتجة",
    "فلاحة",
    "ربان",
    "قبطان",
    "غواص",
    "مدافع",
    "نادل",
    "متقاعد",
    "متقاعدة",
    "مريض",
    "مريضة",
    "لاجئ",
    "لاجئة",
    "ناخب",
    "ناخبة",
    "مواطن",
    "مواطنة",
    "مسافر",
    "مسافرة",
    "زائر",
    "زائرة",
    "زوار",
    "صاحب",
    "صاحبة",
    "ممرضون",
    "ممرضين",
    "عالم",
    "عالمة",
    "مؤرخ",
    "مؤرخة",
    "مصور",
    "مصورة",
    "منتج",
    "منتجة",
    "مفكر",
    "أكاديمي",
    "أكاديمية",
    "إمام",
    "مفتي",
    "قنصل",
    "مقرر",
    "مقررة",
    "مفتش",
    "مفتشة",
    "محقق",
    "محققة",
    "ضابط",
    "جندي",
    "شرطي",
    "مرشح",
    "مرشحة",
    "مسعف",
    "مسعفة",
    "متطوع",
    "متطوعة",
    "مستثمر",
    "مستثمرة",
    "مدون",
    "مدونة",
    "مترجم",
    "مترجمة",
    "محرر",
    "محررة",
    "مقدم",
    "مقدمة",
    "حكم",
    "محاضر",
    "محاضرة",
    "عميد",
    "عميدة",
    "تلميذ",
    "تلميذة",
    "معارض",
    "نقابي",
    "نقابية",
    "بائع",
    "بائعة",
    "حرفي",
    "مهاجر",
    "مهاجرة",
    "نازح",
    "نازحة",
    "ناج",
    "ناجية",
    "جريح",
    "أسير",
    "أسيرة",
    "معتقل",
    "معتقلة",
    "مصاب",
    "مصابة",
    "أرملة",
    "مسن",
    "مسنة",
    "مالك",
    "رياضي",
    "رياضية",
    "مشجع",
    "مشجعة",
    "جراح",
    "جراحة",
    "اختصاصي",
    "اختصاصية",
    "أخصائي",
    "أخصائية",
    "ربة",
    "رب",
];

/// Nouns of anonymous descriptions and relations (مصدر، أحد، رجل، زوجة): a phrase that
/// opens with one is the speaker as a whole when no name follows.
pub const DESCRIPTION_NOUNS: &[&str] = &[
    "مصدر",
    "مصادر",
    "دبلوماسي",
    "دبلوماسية",
    "شاهد",
    "شاهدة",
    "شهود",
    "أحد",
    "إحدى",
    "بعض",
    "سكان",
    "رجل",
    "امرأة",
    "شاب",
    "شابة",
    "فتاة",
    "سيدة",
    "طفل",
    "طفلة",
    "والد",
    "والدة",
    // a father of pupils (أب لأربعة تلاميذ)
    "أب",
    "زوج",
    "زوجة",
    "جدة",
    "ابنة",
    "شقيق",
    "شقيقة",
    "متحدثون",
    "نظير",
    "نظيرة",
    "زميل",
    "زميلة",
    "صديق",
    "صديقة",
    "جار",
    "جارة",
    "منظمات",
    "جهات",
    "أوساط",
    "دوائر",
    "فصائل",
    "أحزاب",
    "نقابات",
    "جمعيات",
    "هيئات",
    "قوى",
    "عائلات",
    "أهالي",
    "ذوي",
    "كثيرون",
    "آخرون",
    "مختصون",
    "محللون",
    "خبراء",
    "ناشطون",
];

/// Honorifics written right before a name (الدكتور سامي، اللواء طارق): part of neither
/// the name nor the role.
pub const HONORIFICS: &[&str] = &[
    "الدكتور",
    "الدكتورة",
    "المهندس",
    "المهندسة",
    "اللواء",
    "العقيد",
    "العميد",
    "المقدم",
    "الرائد",
    "النقيب",
    "الشيخ",
    "الشيخة",
    "السيد",
    "السيدة",
    "الأستاذ",
    "الأستاذة",
    "البروفيسور",
    "البروفيسورة",
    "الكابتن",
    "الحاج",
    "الحاجة",
    "المستشار",
    "ركن",
    "الركن",
    "الأمير",
    "الأميرة",
    // forms of address for ministers, clerics, ambassadors and heads of state (معالي
    // الوزير، سماحة المفتي، سعادة السفير، فخامة الرئيس)
    "معالي",
    "سماحة",
    "فضيلة",
    "سعادة",
    "فخامة",
    "جلالة",
    "سمو",
];

/// Honorifics written as one letter and a full stop (د. for the doctor, م. for the
/// engineer, أ. for the professor, أ.د.): read as honorifics, and their stop ends no
/// sentence.
pub const HONORIFIC_ABBREVIATIONS: &[&str] = &["د", "م", "أ"];

/// Nouns of documents and sayings that can be quoted (جاء في بيان، وفق التقرير). A
/// document issued by a body (`بيان صادر عن X`، `تقرير لـX`، `تقديرات X`) is the body's
/// statement; one that names no body is itself the speaker (`البيان المشترك`).
pub const DOCUMENT_NOUNS: &[&str] = &[
    "بيان",
    "تقرير",
    "قرار",
    "نص",
    "دراسة",
    "رسالة",
    "منشور",
    "تغريدة",
    "تقديرات",
    "تقدير",
    "بيانات",
    "إعلان",
    "وثيقة",
    "مذكرة",
    "تعميم",
    "افتتاحية",
    "مقال",
    "ترتيب",
    "حكم",
    // figures and statistics a body publishes (الأرقام التي نشرتها الوزارة)
    "أرقام",
    "إحصاءات",
    "إحصائيات",
    "معطيات",
];

/// Words between a document noun and the body that issued it (بيان صادر عن، دراسة
/// أعدتها، تقرير نشرته).
pub const DOCUMENT_LINKS: &[&str] = &[
    "صادر",
    "صادرة",
    "الصادر",
    "الصادرة",
    // was issued (بيان صدر عن الوزارة)
    "صدر",
    "صدرت",
    "أعدته",
    "أعدتها",
    "أعده",
    "أعدها",
    "أصدرته",
    "أصدرتها",
    "نشرته",
    "نشرتها",
    "الذي",
    "التي",
];

/// "It was stated" (وفي بيان صادر عن X، جاء: «…»): with no في after it, its source is
/// the document named earlier in the sentence.
pub const STATED_VERB: &str = "جاء";

/// Endings of a nisba adjective (خليجي، الأردنية): it may follow a description.
pub const NISBA_ENDINGS: &[&str] = &["ي", "ية", "يون", "يين"];

/// The letter of a present-tense verb's prefix (يتابع، يقف): after an indefinite
/// description it opens a relative clause, which is not part of the speaker.
pub const PRESENT_PREFIX: char = 'ي';

/// The letters of a circumstantial participle (مبتسما، متأثرا): it opens with م and ends
/// with the alif of the indefinite accusative; after a subject it ends the phrase.
pub const HAL_PREFIX: char = 'م';
pub const HAL_ENDING: char = 'ا';

/// Shortest circumstantial participle, in chars (مبتسما).
pub const HAL_MIN_CHARS: usize = 6;

/// "Our", the suffix of a noun that has the participle's shape (مراسلنا، مندوبنا): before
/// a verb's subject such a word is the subject, not its manner.
pub const OUR_SUFFIX: &str = "نا";

/// Prepositions written onto a word that end a speaker's phrase when the article follows
/// (بالمهاجم، كالعادة): a complement, not part of a name or a title.
pub const PREFIXED_PREPOSITION_ARTICLES: &[&str] = &["بال", "كال"];

/// The preposition بـ written onto a word: after a verb whose object takes it, a role
/// noun with it opens the object (أشاد المدرب بصانع الألعاب), where a name may start
/// with the letter (بشار).
pub const BA_PREPOSITION: char = 'ب';

/// The feminine suffix of a past-tense verb (قالت) and the prefix of a present-tense one
/// (تقول): with the masculine form in the same table, the cue is feminine.
pub const FEMININE_PAST_SUFFIX: char = 'ت';
pub const FEMININE_PRESENT_PREFIX: char = 'ت';
pub const MASCULINE_PRESENT_PREFIX: char = 'ي';

/// Feminine cue words whose masculine form is not beside them in the tables (نفى/نفت,
/// دعا/دعت, رأى/رأت, روى/روت).
pub const FEMININE_CUES: &[&str] = &["نفت", "دعت", "رأت", "روت"];

/// The ending of a participle of two women (مشيرتين، قائلتين).
pub const FEMININE_DUAL_ENDING: &str = "تين";

/// The endings the table builder conjugates with (`quotes::lexicon_build::conjugate`):
/// the weak last letters a past (دعا، رأى) or a present (يدعو، ينفي، يرى) drops before an
/// ending; the past "they" (قالوا) and the alif of "the two" (قالتا); the present "they"
/// (يقولون) and "the two" (يقولان).
pub const WEAK_PAST_ENDINGS: &[char] = &['ا', 'ى'];
pub const WEAK_PRESENT_ENDINGS: &[char] = &['و', 'ي', 'ى'];
pub const PAST_PLURAL_SUFFIX: &str = "وا";
pub const DUAL_ALIF: char = 'ا';
pub const PRESENT_PLURAL_SUFFIX: &str = "ون";
pub const PRESENT_DUAL_SUFFIX: &str = "ان";

/// The endings of a participle of circumstance besides ة and تين: "he" (مشيرا) and
/// "they" (مشيرين).
pub const PARTICIPLE_SINGULAR_ENDING: char = 'ا';
pub const PARTICIPLE_PLURAL_ENDING: &str = "ين";
/// The fewest chars of a sound plural participle with ال (المعلمين).
pub const PLURAL_PARTICIPLE_MIN_CHARS: usize = 8;

/// Plural endings of verbs and participles (قالوا، يقولون، مضيفين).
pub const PLURAL_ENDINGS: &[&str] = &["وا", "ون", "ين"];

/// Endings of a plural verb, past (تجمعوا) and present (يوزعون, with a present prefix):
/// after an indefinite description they open a relative clause about it.
pub const PLURAL_VERB_ENDINGS: &[&str] = &["وا", "ون"];

/// The ending of a feminine plural noun (طالبات), and of a verb that agrees with one
/// (حضرن، يعملن).
pub const FEMININE_PLURAL_NOUN_ENDING: &str = "ات";
pub const FEMININE_PLURAL_VERB_ENDING: char = 'ن';

/// Shortest verb told by its ending after a description.
pub const MIN_CLAUSE_VERB_CHARS: usize = 4;

/// Pronoun suffixes of a saying noun in the feminine and the plural (قولها، قولهم).
pub const FEMININE_PRONOUN_SUFFIX: &str = "ها";
pub const PLURAL_PRONOUN_SUFFIX: &str = "هم";

/// "What" in بحسب ما نشرته صحيفة X: the source follows the verb after it.
pub const RELATIVE_WHAT: &str = "ما";

/// Media a statement is told to (قال لصحيفة، صرح لوكالة): after لـ they end the speaker's
/// phrase, where another body after لـ is part of a title (الرئيس التنفيذي لشركة …).
pub const MEDIA_NOUNS: &[&str] = &[
    "صحيفة",
    "جريدة",
    "وكالة",
    "مجلة",
    "قناة",
    "إذاعة",
    "تلفزيون",
    "موقع",
    "شبكة",
    "منصة",
    "برنامج",
];

/// The media nouns that also head a body's name when a word with ال follows them
/// (برنامج الأغذية العالمي، برنامج الأمم المتحدة الإنمائي): after a title that names no
/// one yet, such a word with لـ is the title's complement (الممثلة المقيمة لبرنامج الأمم
/// المتحدة الإنمائي X), not the programme the words were told to (لبرنامج «…»).
pub const MEDIA_NOUNS_HEADING_BODIES: &[&str] = &["برنامج"];

/// Reporting verbs whose object takes بـ (أشاد المدرب بالمهاجم، رحبت الوزارة بالقرار), by
/// their principal parts, conjugated like [`CONTENT_BA_VERB_PARADIGMS`]. After them, and
/// after those, a word with بال ends the subject (elsewhere it may be part of
/// a title: المستشفى الجامعي بالدار البيضاء).
pub const VERBS_WITH_BA: &[(&str, &str)] = &[
    ("أشاد", "يشيد"),
    ("رحب", "يرحب"),
    ("ندد", "يندد"),
    ("نوه", "ينوه"),
    ("استشهد", "يستشهد"),
];

/// Words of being known or called by a name (ما يعرف بـ"…"، المعروف بـ"…"، الملقب بـ"…"):
/// the span after their بـ is a name, whatever verb came before in the sentence.
pub const KNOWN_AS_WORDS: &[&str] = &[
    "يعرف",
    "تعرف",
    "يعرفون",
    "عرف",
    "عرفت",
    "المعروف",
    "المعروفة",
    "المعروفين",
    "يسمى",
    "تسمى",
    "سمي",
    "سميت",
    "المسمى",
    "المسماة",
    "يلقب",
    "تلقب",
    "لقب",
    "الملقب",
    "الملقبة",
    "يدعى",
    "تدعى",
    "الشهير",
    "الشهيرة",
];

/// The stems of verbs of calling someone by a name, which take an object pronoun
/// (يناديها الجيران «…»، يسمونه «…»، تلقبه الصحافة «…»): a short span right after one of
/// them, or after the definite subject that follows it, is the name. Matched as the start
/// of the normalised word.
pub const CALLING_VERB_STEMS: &[&str] = &[
    "ينادي",
    "ينادو",
    "تنادي",
    "يسمي",
    "يسمو",
    "تسمي",
    "يلقب",
    "تلقب",
];

/// Adverbs that refer back to a quote just closed, between it and its cue
/// («…»، هكذا لخص أحد العمال الوضع).
pub const QUOTE_BACK_REFERENCES: &[&str] = &["هكذا", "وهكذا"];

/// A demonstrative with بـ and a word of speech after it that refer back to a quote just
/// closed, between it and its cue («…»، بهذه الكلمات ختم المحامي حديثه).
pub const QUOTE_BACK_DEMONSTRATIVES: &[&str] = &["بهذه", "بهذا", "بتلك", "وبهذه", "وبهذا"];

/// The words of speech after [`QUOTE_BACK_DEMONSTRATIVES`].
pub const QUOTE_BACK_NOUNS: &[&str] = &[
    "الكلمات",
    "الكلمة",
    "العبارة",
    "العبارات",
    "الجملة",
    "الجمل",
    "الرسالة",
];

/// Verbs whose بـ object is what was asked for, promised or stated (طالب بـ"تشديد العقوبة"،
/// وعد بـ«…»): a quoted span right after their بـ is a statement, where after
/// other words a quoted span joined to بـ names something (صلة بـ"الجيش الحر"، رحبت
/// بـ«اتفاق الدوحة»). Given by their principal parts and conjugated like
/// `lexicon::quotes::REPORTING_VERB_PARADIGMS`; they are reporting verbs as well, and
/// their object takes بـ like [`VERBS_WITH_BA`]'s.
pub const CONTENT_BA_VERB_PARADIGMS: &[(&str, &str)] = &[
    ("طالب", "يطالب"),
    // promised; its present (يعد، تعد) is far more often "is considered, prepares"
    ("وعد", ""),
    ("تعهد", "يتعهد"),
    ("أفاد", "يفيد"),
    ("صرح", "يصرح"),
    ("اعترف", "يعترف"),
    ("أقر", "يقر"),
    // appealed for, recommended, threatened (ناشد الحكومة بـ«…»، هدد بـ«…»); not نادى,
    // whose past is written as نادي "club"
    ("ناشد", "يناشد"),
    ("أوصى", "يوصي"),
    ("هدد", "يهدد"),
    ("توعد", "يتوعد"),
];

/// Masculine past forms of reporting verbs that are also verbal nouns, which a body
/// follows as its possessor (رد الوزارة "the ministry's reply", نفي الشركة، رأي اللجنة,
/// with ى read as ي): a feminine noun after them need not be the object.
pub const VERBS_ALSO_NOUNS: &[&str] = &["رد", "وعد", "نفى", "رأى", "روى", "ذكر", "كتب"];

/// First names whose folded spelling is a preposition's (علي folds like على): matched
/// on the word as written, with ي, and read as a name only where a name's remaining
/// parts follow it up to what closes the phrase (قال علي راضي الكعبي إن).
pub const NAMES_SPELLED_AS_PREPOSITIONS: &[&str] = &["علي"];

/// "At, to" (سفير فرنسا لدى لبنان): a stop (لدى وصوله, upon his arrival), but inside a
/// title when its object is followed by a name (سفير فرنسا لدى لبنان هيرفيه ماغرو).
pub const AT_PREPOSITION: &str = "لدى";

/// Verbal nouns that take عن inside a body's name (رابطة الدفاع عن الصحفيين، لجنة البحث عن
/// المفقودين): after them عن continues the name instead of naming a source.
pub const NAME_AN_NOUNS: &[&str] = &["الدفاع", "البحث"];

/// Document nouns for the wording of a document, whose complement is the document itself,
/// not its issuer (نص الاتفاق، نص الحكم): the whole phrase is the speaker.
pub const WORDING_NOUNS: &[&str] = &["نص"];

/// Prepositions and adverbs of time and place that open a fronted adverbial before a
/// sentence's verb, closed by a comma (وقبل التوقيع بساعات، التقى …; وعلى أطلال دكانه،
/// وقف …): the verb's subject follows the comma.
pub const FRONTED_OPENERS: &[&str] = &[
    "في",
    "على",
    "من",
    "إلى",
    "مع",
    "عند",
    "لدى",
    "قبل",
    "بعد",
    "خلال",
    "عقب",
    "إثر",
    "أثناء",
    "منذ",
    "أمام",
    "خارج",
    "داخل",
    "وسط",
    "قرب",
    "بين",
    "فوق",
    "تحت",
    "حول",
];

/// Nouns that على governs in a circumstance (على هامش المؤتمر، على لسان، على صعيد): after
/// علي as the preposition is spelled in some papers, they show it is not the name.
pub const CIRCUMSTANCES_AFTER_ALA: &[&str] = &[
    "هامش",
    "لسان",
    "صعيد",
    "مستوى",
    "خلفية",
    "إثر",
    "أثر",
    "رأس",
    "حد",
    "غرار",
    "ضوء",
    "مدى",
    "امتداد",
    "متن",
    "وقع",
    "طول",
    "حساب",
    "صفحة",
    "منصة",
    "موقع",
    "قناة",
    "شاشة",
];

/// Most words after such a name up to what closes the phrase.
pub const NAME_SPELLED_REST_WORDS: usize = 4;

/// Partitive heads (أحد البحارة، إحدى الممرضات، بعض السكان): with the plural after them
/// they describe one or some of a group, an anonymous description like مصدر.
pub const PARTITIVE_NOUNS: &[&str] = &["أحد", "إحدى", "بعض"];

/// The feminine ones among [`PARTITIVE_NOUNS`]: a feminine verb may open a clause about
/// them (إحدى الأمهات تبحث عن …).
pub const FEMININE_PARTITIVES: &[&str] = &["إحدى"];

/// Nouns an anonymous source withholds, with a pronoun (رفض الكشف عن اسمه، طلب عدم ذكر
/// هويته): the clause that withholds one is part of the description (مسؤول رفض الكشف عن
/// اسمه), and عن before one introduces no source.
pub const WITHHELD_NOUNS: &[&str] = &["اسم", "هوية"];

/// Most words of a withholding clause after the description's verb up to the withheld
/// noun (رفض | الكشف عن اسمه، فضل | عدم الكشف عن هويته).
pub const WITHHELD_REACH: usize = 4;

/// Words of time that head a construct (مطلع الشهر، نهاية الأسبوع) and end a speaker's
/// phrase as stops; with no noun after them, one may be an adjective (مصدر مطلع "an
/// informed source").
pub const TIME_CONSTRUCTS: &[&str] = &["مطلع", "مستهل", "منتصف", "نهاية", "أواخر", "أوائل"];

/// Demonstratives: after the subject's noun they open the verb's object (نفت الشركة هذا
/// الاتهام).
pub const DEMONSTRATIVES: &[&str] = &["هذا", "هذه", "ذلك", "تلك", "هؤلاء", "أولئك", "هذين", "هاتين"];

/// The definite second halves of compound first names (عماد الدين، فاطمة الزهراء، سيف
/// الإسلام، محمد الأمين): after one of them the name goes on (عماد الدين شحادة). These
/// are parts of the naming system, not names of people.
pub const COMPOUND_NAME_SECONDS: &[&str] = &[
    "الدين",
    "الإسلام",
    "الهدى",
    "الزهراء",
    "الأمين",
    "الهادي",
    "الرحمن",
    "الله",
    "الحق",
    "النور",
    "الخير",
    "العابدين",
    "العرب",
    // Sudanese compounds (عوض الكريم، حسب الرسول، فضل المولى، عطا المنان)
    "الكريم",
    "الرسول",
    "المولى",
    "المنان",
];

/// Endings of the dual and the sound plurals (مسؤولان، مسؤولين، مسؤولون، طالبات): a role
/// noun with one of them is still a role noun.
pub const NUMBER_ENDINGS: &[&str] = &["ان", "ين", "ون", "ات"];

/// Words that open a parenthesis about the subject before its verb (سلوى، وهي معلمة
/// متقاعدة، قالت).
pub const PARENTHESIS_OPENERS: &[&str] = &["وهو", "وهي", "وهم", "وهما", "وهن"];

/// The openers of [`PARENTHESIS_OPENERS`] that show one woman or one man (the others
/// show a plural or a dual).
pub const FEMININE_PARENTHESIS: &str = "وهي";
pub const MASCULINE_PARENTHESIS: &str = "وهو";

/// Verbs of answering: in a sentence that opens with a question (سألت إحدى الحاضرات
/// الكاتبة …، فأجابت), the one who answers is not the one who asked.
pub const ANSWER_VERBS: &[&str] = &["أجاب", "أجابت", "أجابوا", "رد", "ردت", "ردوا"];

/// Verbs that continue a statement (وأضاف، وتابعت): a title alone as their subject that
/// names no one known (وأضاف المدرب) is the speaker who holds the floor.
pub const CONTINUATION_VERBS: &[&str] = &[
    "أضاف",
    "أضافت",
    "تابع",
    "تابعت",
    "استطرد",
    "استطردت",
    "أردف",
    "أردفت",
    "استدرك",
    "استدركت",
    "يضيف",
    "تضيف",
    "يتابع",
    "تتابع",
];

/// Verbs of asking, whose subject does not answer.
pub const ASK_VERBS: &[&str] = &[
    "سأل",
    "سألت",
    "سألوا",
    "تساءل",
    "تساءلت",
    "سأله",
    "سألها",
    "سألته",
    "سألتها",
    // we asked (the writer asks: سألنا الوزير عن …)
    "سألنا",
];

/// Verbs of being asked: their subject is the one asked, who answers (وسئل الوزير عما إذا
/// …، فرد).
pub const PASSIVE_ASK_VERBS: &[&str] = &["سئل", "سئلت", "سئلوا"];

/// Where a person lives (ربة منزل في حي النصر): after في it ends an anonymous
/// description, which is the speaker without it (a place of work, مسؤول في الوزارة,
/// stays; so does an age, رجل في الخمسين, which the quote set's gold keeps).
pub const RESIDENCE_NOUNS: &[&str] = &[
    "حي",
    "قرية",
    "مدينة",
    "بلدة",
    "مخيم",
    "شارع",
    "منطقة",
    "ضاحية",
    // a region (بجهة سوس ماسة), the Maghreb's first tier of local government
    "جهة",
    // a locality (بمحلية كوستي), the tier below a state in Sudan
    "محلية",
];

/// Districts that a member or a representative stands for, written in the construct
/// state before the district's own name (النائب عن دائرة سبها X، ممثل ولاية الكاف):
/// the noun and the one word after it are the place, and a name may follow directly.
pub const CONSTITUENCY_NOUNS: &[&str] = &[
    "دائرة",
    "ولاية",
    "محافظة",
    "مدينة",
    "منطقة",
    "قضاء",
    "إقليم",
    "مقاطعة",
    "بلدية",
];

/// Participles of manner after a reporting verb (قالت ضاحكة، تعلّق مازحة، أضاف ساخرا),
/// written as their stem: the masculine adds ا, the feminine ة. After the verb such a
/// word tells how the words were said; it is never the speaker (فاطمة has the same
/// shape as ضاحكة, so the shape alone cannot tell).
pub const MANNER_PARTICIPLE_STEMS: &[&str] = &[
    "ضاحك",
    "مازح",
    "ساخر",
    "باكي",
    "غاضب",
    "هامس",
    "صارخ",
    "مبتسم",
    "متأثر",
    "متنهد",
    "مستغرب",
    "متحسر",
    "معاتب",
    "منفعل",
    "متهكم",
    "مقهقه",
    "مداعب",
];
/// The masculine and feminine endings of a participle of manner.
pub const MANNER_PARTICIPLE_ENDINGS: &[char] = &['ا', 'ة'];

/// Words of time with ال that end a body's name written in full (أعلنت وزارة الصحة
/// الأسبوع الماضي): the day names and اليوم, stops already, end it too.
pub const TIME_NOUNS: &[&str] = &[
    "الليلة",
    "الصباح",
    "المساء",
    "الأسبوع",
    "الشهر",
    "العام",
    "السنة",
    "الماضي",
    "الماضية",
    "الجاري",
    "الجارية",
    "المقبل",
    "المقبلة",
];

/// Most words after the head of a body's name written in full (وزارة الزراعة والغابات
/// السودانية).
pub const MAX_BODY_NAME_WORDS: usize = 6;

/// Particles of negation before a sentence's verb (لم يُخف المدرب غضبه، لن يقبل …): the
/// verb's subject follows the verb as it would without them.
pub const NEGATION_PARTICLES: &[&str] = &["لم", "ولم", "لن", "ولن"];

/// The name particles that mean "son of" or "daughter of": they stand inside a name, after
/// its first part, so a word with ال right before one after a title is that first part
/// (المحافظ المنصف بن صالح، المدرب الطاهر ولد أحمد).
pub const PATRONYMICS: &[&str] = &["بن", "ابن", "بنت", "ولد", "ود"];

/// Particles that open a later part of a name (عبد الحميد، أبو بكر) as normalised: after a
/// word with ال that follows a title they make that word the name's first part (المدير
/// الطاهر عبد الحميد), as [`PATRONYMICS`] do.
pub const NAME_PART_OPENERS: &[&str] = &["عبد", "ابو"];

/// بن written joined to the part after it (بنعبد الله).
pub const GLUED_BIN: &str = "بن";

/// The alif that opens the shapes of an elative (أفعل: الأسبق) and of a derived verbal
/// noun (إفعال، افتعال: الإصلاح، الاعتراف), as normalised; the verbal noun has another
/// before its last letter.
pub const OPENING_ALIF: char = 'ا';

/// The letters of the stem of a derived verbal noun (إصلاح: five; استمرار: seven).
pub const MASDAR_MIN_CHARS: usize = 5;
/// See [`MASDAR_MIN_CHARS`].
pub const MASDAR_MAX_CHARS: usize = 7;

/// How a participle with ال opens (المدعى، المحكوم), as normalised.
pub const DEFINITE_PARTICIPLE_PREFIX: &str = "الم";

/// Prepositions that, with a pronoun, complete a participle with ال into one term
/// (المدعى عليه، المحكوم عليهم، المشار إليه، المتوفى عنها), as normalised.
pub const PARTICIPLE_PREPOSITIONS: &[&str] = &["علي", "الي", "عن"];

/// بـ before the hamza of a verbal noun of the shape إفعال (بإشراك، بإعادة), as written.
pub const BA_HAMZA_BELOW: &str = "بإ";

/// لـ before the hamza of a verbal noun of the shape إفعال (لإعادة), as written.
pub const LAM_HAMZA_BELOW: &str = "لإ";

/// The fewest letters of a derived verbal noun with a bare alif after بـ (افتعال،
/// انفعال، استفعال: بانتخاب، باستخدام); a family name written with با has fewer (باعباد).
pub const BA_BARE_MASDAR_MIN_CHARS: usize = 6;

/// The shape تفعيل of a verbal noun (تحويل، تشغيل): its first letter, its long vowel
/// before the last letter, and its letters.
pub const TAFIL_FIRST: char = 'ت';
/// See [`TAFIL_FIRST`].
pub const TAFIL_VOWEL: char = 'ي';
/// See [`TAFIL_FIRST`].
pub const TAFIL_CHARS: usize = 5;
/// The letters of the broken plural تفاعيل (تلاميذ، تقارير), which opens and goes on as
/// تفعيل does, with an alif after its second letter.
pub const TAFAIL_CHARS: usize = 6;

/// Words with ال that govern the next word inside a family name, as the particle they
/// spell does (العبد الجليل، العبد الله), normalised.
pub const GOVERNING_FAMILY_WORDS: &[&str] = &["العبد"];

/// The conjunction و, joining one word of a body's name to the one before it.
pub const WA: char = 'و';

/// Particles of foreign family names that Arabic spells like a function word, as written
/// (فان of a Dutch name, spelled like فإن without its hamza).
pub const FOREIGN_NAME_PARTICLES: &[&str] = &["فان"];

/// آل written at a word's start (آلاء، آلاف): normalised to ال, yet no article.
pub const ALEF_MADDA_LAM: &str = "آل";

/// Ordinals with ال (اللواء الرابع، الدائرة الثالثة): they end a title, never open a name.
pub const ORDINALS: &[&str] = &[
    "الأول",
    "الثاني",
    "الثالث",
    "الرابع",
    "الخامس",
    "السادس",
    "السابع",
    "الثامن",
    "التاسع",
    "العاشر",
    "الأولى",
    "الثانية",
    "الثالثة",
    "الرابعة",
    "الخامسة",
    "السادسة",
    "السابعة",
    "الثامنة",
    "التاسعة",
    "العاشرة",
    "الأخير",
    "الأخيرة",
];

/// Nouns for any man or woman (الرجل، السيدة): alone with ال as a cue's subject, and
/// naming no one known, they refer to the last speaker, who may be described without a
/// name (قال مزارع في الخمسين …. وأضاف الرجل).
pub const GENERIC_PERSON_NOUNS: &[&str] = &[
    "رجل",
    "امرأة",
    "سيدة",
    "شاب",
    "شابة",
    "فتاة",
    "فتى",
    "مسن",
    "مسنة",
    "عجوز",
];

/// Conjunctions of time that open a sentence with a clause whose verb's subject is the
/// main verb's (وحين سئلت المديرة عن الموعد، أجابت; وعندما سئل المدرب …، قال).
pub const TEMPORAL_OPENERS: &[&str] = &["عندما", "حينما", "حين", "لما", "بعدما"];

/// Nouns of manner that take بـ after a reporting verb (قالت بحدة، وتضيف بابتسامة متعبة،
/// ردّ بهدوء): written here without the بـ. Such a phrase is the way the words were said,
/// never the speaker, and it ends a subject that came before it.
pub const MANNER_NOUNS: &[&str] = &[
    "حدة",
    "قلق",
    "ابتسامة",
    "ضحكة",
    "ثقة",
    "حزن",
    "حماس",
    "حماسة",
    "غضب",
    "مرارة",
    "هدوء",
    "صوت",
    "نبرة",
    "لهجة",
    "فخر",
    "أسف",
    "أسى",
    "ألم",
    "انفعال",
    "سخرية",
    "تهكم",
    "حسرة",
    "صراحة",
    "وضوح",
    "تأثر",
    "دهشة",
    "استغراب",
    "لهفة",
    "امتعاض",
    "تفاؤل",
    "حذر",
    "اقتضاب",
    "جدية",
    "حزم",
    "إصرار",
    "حرقة",
    "عصبية",
    "حرارة",
    "شدة",
    "اعتزاز",
    "ارتياح",
    "خجل",
    "فرح",
    "تواضع",
    "عفوية",
    "مرح",
    "دموع",
    "عيون",
];

/// Particles that may open a sentence before its subject when the subject comes before
/// the verb (لكن النائبة ريم الشامي اعترضت، غير أن المدير ردّ، بينما الطبيبة تقول).
pub const SVO_OPENERS: &[&str] = &[
    "لكن",
    "ولكن",
    "غير",
    "أن",
    "إلا",
    "بيد",
    "بينما",
    "فيما",
    "في",
    "حين",
    "إذ",
];

/// The particles of [`SVO_OPENERS`] that open a sentence whose subject stands before its
/// verb with nothing between them but the subject (لكن صحيفة لوموند كتبت أن).
pub const CONTRAST_OPENERS: &[&str] = &["لكن", "بيد", "بينما"];

/// Nouns of bodies that an article names in full once (حزب العدالة والتنمية، سفارة
/// فرنسا) and then by the noun alone with ال (الحزب، السفارة): such a short mention as a
/// speaker is the body named in full. With [`super::quotes::INSTITUTION_NOUNS`], which
/// holds the bodies that also head a title (وزارة، بنك).
pub const BODY_NOUNS: &[&str] = &[
    "اتحادية",
    "سفارة",
    "قنصلية",
    "ولاية",
    "نيابة",
    "حركة",
    "حزب",
    "تحالف",
    "ائتلاف",
    "جهاز",
    "مصلحة",
    "كلية",
    "شبكة",
    "مجموعة",
    // a body of a ministry (ديوان المحاسبة), a complex, a laboratory, a coordinating
    // committee, an inspectorate
    "ديوان",
    "مجمع",
    "مختبر",
    "تنسيقية",
    "مفتشية",
];

/// Verbs of issuing a document (أصدرت الوزارة بيانا): a statement introduced after the
/// document by جاء فيه is the issuer's, the verb's subject.
pub const ISSUE_VERBS: &[&str] = &[
    "أصدر",
    "أصدرت",
    "أصدروا",
    "نشر",
    "نشرت",
    "نشروا",
    "وزع",
    "وزعت",
    "أذاع",
    "أذاعت",
    // prepared, conducted (أعدت الجامعة دراسة، دراسة أجرتها الجامعة)
    "أعد",
    "أعدت",
    "أجرى",
    "أجرت",
];

/// The alif of an indefinite noun as an object (بيانا، تقريرا).
pub const ACCUSATIVE_ALIF: char = 'ا';

/// Prepositions with the pronoun of a document named before (بيانا جاء فيه، رسالة ورد
/// فيها): after جاء they make it the source.
pub const IN_IT: &[&str] = &["فيه", "فيها"];

/// The noun of age, which with a pronoun completes an age (رجل في الخمسين من عمره),
/// where another complement with a pronoun ends a description (من مقاعدهم).
pub const AGE_NOUN: &str = "عمر";

/// Nouns of negation and exception, and verbs of refusing, preferring and asking, that
/// govern a verbal noun (عدم ذكر اسمه، دون ذكر التفاصيل، رفض ذكر اسمه، فضلت عدم الكشف): a cue
/// word right after one of them is that noun, not a verb.
pub const VERBAL_NOUN_GOVERNORS: &[&str] = &[
    "عدم",
    "دون",
    "بدون",
    "رفض",
    "رفضت",
    "رفضوا",
    "يرفض",
    "ترفض",
    "فضل",
    "فضلت",
    "فضلوا",
    "يفضل",
    "تفضل",
    "طلب",
    "طلبت",
    "طلبوا",
    "اشترط",
    "اشترطت",
];

/// "By saying" after a clause (افتتح وكيل النيابة مرافعته بالقول: «…»), and the verbal
/// nouns of stressing, pointing out and warning with بـ (افتتحت الجلسة بالتأكيد على أن): it
/// ends the subject (it is among the subject stops) and attaches the quote to the subject
/// of its clause, as a participle does. Every entry opens with [`BA_PREPOSITION`].
pub const BY_SAYING: &[&str] = &["بالقول", "بالتأكيد", "بالإشارة", "بالتحذير", "بالتشديد"];

/// Name particles that open a name as its first part (عبد الرزاق، أبو بكر، أم كلثوم); the
/// others (بن، آل، ولد) follow a first name.
pub const NAME_OPENING_PARTICLES: &[&str] = &["عبد", "أبو", "أم"];

/// Particles of the إن family that carry the subject of the verb after them as a pronoun
/// suffix (لكنها انتقدت توقيت القرار، أنه وصف الخطة): the noun after that verb is its
/// object, not its subject.
pub const SUBJECT_CARRYING_PARTICLES: &[&str] = &["إن", "أن", "لكن", "لأن", "كأن"];

/// The third-person pronoun suffixes such a particle carries.
pub const THIRD_PERSON_SUFFIXES: &[&str] = &["ه", "ها", "هم", "هما", "هن"];

/// Words that give the name of the one just described (طالب يدعى يوسف، امرأة اسمها
/// سلمى): the description before them is the role, the name follows.
pub const NAMED_WORDS: &[&str] = &[
    "يدعى",
    "تدعى",
    "يسمى",
    "تسمى",
    "ويدعى",
    "وتدعى",
    "ويسمى",
    "وتسمى",
    "اسمه",
    "اسمها",
    "واسمه",
    "واسمها",
];

/// Adverbs by their shape, which end a personal name of two words or more (سامر حداد
/// هاتفيا، ساخرا): the ending of an adverb from a nisba (هاتفيا، رسميا)…
pub const NISBA_ADVERB_ENDING: &str = "يا";
/// …and its least length in chars;
pub const NISBA_ADVERB_MIN_CHARS: usize = 5;
/// the active participle فاعلا (ساخرا، غاضبا): five letters, ا second and last.
pub const ACTIVE_PARTICIPLE_CHARS: usize = 5;
/// The letters of فاعل, the stem of the feminine فاعلة (الناطقة، الصادرة) without its ة.
pub const ACTIVE_PARTICIPLE_STEM_CHARS: usize = 4;
pub const ACTIVE_PARTICIPLE_ALIF: char = 'ا';
