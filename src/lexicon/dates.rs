//! Words the metadata stage decides by, as data: month names (Levantine, Egyptian/Gulf,
//! Maghrebi, Moroccan, English), Hijri months, day names, date-line and byline words,
//! news agencies, breadcrumb home items, the class/id tokens that mark bylines,
//! breadcrumbs, tags and comment threads, and the structured-data vocabulary (meta names,
//! JSON-LD types) that carries dates, authors and sections.
//!
//! Arabic entries are matched after [`crate::meta::clean::fold`] (hamza forms, tā' marbūṭa,
//! alif maqṣūra, tatweel and harakat folded), so one spelling per word is enough here
//! unless a variant differs by more than that.

/// Gregorian month names, every family, with their month number. Two-word names
/// (`كانون الثاني`) are written with one space.
pub const MONTHS: &[(&str, u8)] = &[
    // Levantine / Iraqi (Syriac) names.
    ("كانون الثاني", 1),
    ("شباط", 2),
    ("آذار", 3),
    ("نيسان", 4),
    ("أيار", 5),
    ("حزيران", 6),
    ("تموز", 7),
    ("آب", 8),
    ("أيلول", 9),
    ("تشرين الأول", 10),
    ("تشرين الثاني", 11),
    ("كانون الأول", 12),
    // Egyptian / Gulf (from the European names).
    ("يناير", 1),
    ("فبراير", 2),
    ("مارس", 3),
    ("أبريل", 4),
    ("إبريل", 4),
    ("مايو", 5),
    ("يونيو", 6),
    ("يونيه", 6),
    ("يوليو", 7),
    ("يوليه", 7),
    ("أغسطس", 8),
    ("سبتمبر", 9),
    ("أكتوبر", 10),
    ("نوفمبر", 11),
    ("ديسمبر", 12),
    // Maghrebi (from the French names).
    ("جانفي", 1),
    ("فيفري", 2),
    ("أفريل", 4),
    ("ماي", 5),
    ("جوان", 6),
    ("جويلية", 7),
    ("جويلة", 7),
    ("أوت", 8),
    // Moroccan forms.
    ("يوليوز", 7),
    ("غشت", 8),
    ("شتنبر", 9),
    ("نونبر", 11),
    ("دجنبر", 12),
    // English, full and abbreviated (matched case-insensitively).
    ("january", 1),
    ("february", 2),
    ("march", 3),
    ("april", 4),
    ("may", 5),
    ("june", 6),
    ("july", 7),
    ("august", 8),
    ("september", 9),
    ("october", 10),
    ("november", 11),
    ("december", 12),
    ("jan", 1),
    ("feb", 2),
    ("mar", 3),
    ("apr", 4),
    ("jun", 6),
    ("jul", 7),
    ("aug", 8),
    ("sep", 9),
    ("sept", 9),
    ("oct", 10),
    ("nov", 11),
    ("dec", 12),
];

/// Hijri month names: a date written with one of these is recognised and never read as
/// a Gregorian date.
pub const HIJRI_MONTHS: &[&str] = &[
    "محرم",
    "صفر",
    "ربيع الأول",
    "ربيع الآخر",
    "ربيع الثاني",
    "جمادى الأولى",
    "جمادى الأول",
    "جمادى الآخرة",
    "جمادى الثانية",
    "جمادى الآخر",
    "رجب",
    "شعبان",
    "رمضان",
    "شوال",
    "ذو القعدة",
    "ذي القعدة",
    "ذو الحجة",
    "ذي الحجة",
];

/// Words right after a year that mark it as a Hijri year (`1445 هـ`).
pub const HIJRI_MARKERS: &[&str] = &["هـ", "ه", "هجري", "هجرية", "للهجرة", "ah"];

/// Day names; a date line often starts with one (`الأحد 12 مايو 2024`).
pub const DAY_NAMES: &[&str] = &[
    "الأحد",
    "الاثنين",
    "الإثنين",
    "الثلاثاء",
    "الأربعاء",
    "الخميس",
    "الجمعة",
    "السبت",
    "sunday",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
];

/// Words before a visible date that make it the modification date, not the
/// publication date.
pub const MODIFIED_WORDS: &[&str] = &[
    "آخر تحديث",
    "اخر تحديث",
    "تم التحديث",
    "تحديث",
    "محدث",
    "updated",
    "last updated",
    "modified",
];

/// Words before a visible date that name it the article's publication date (matched
/// inside the folded text before the date). A date line with one of these, or with a
/// [`MODIFIED_WORDS`] entry, is never taken for a masthead's date of the day.
pub const PUBLISHED_WORDS: &[&str] = &[
    "نشر في",
    "نشر بتاريخ",
    "نشر يوم",
    "تاريخ النشر",
    "تم النشر",
    "تم نشره",
    "تم نشر",
    "بتاريخ",
    "تاريخ الإضافة",
    "أضيف في",
    "published",
    "posted",
    "first published",
];

/// Words that may stand before a date of the day in a masthead, besides day names and
/// a Hijri date (`اليوم: الأحد 20 شعبان 1444 هـ الموافق 12 آذار 2023`, `العدد 4521`).
pub const MASTHEAD_LEAD_WORDS: &[&str] = &["اليوم", "يوم", "الموافق", "العدد", "السنة", "today"];

/// English ordinal suffixes of a day number (`12th`, `1st`), skipped after the day.
pub const ORDINAL_SUFFIXES: &[&str] = &["st", "nd", "rd", "th"];

/// A word allowed between an English ordinal day and its month (`the 1st of March`).
pub const ORDINAL_OF: &str = "of";

/// Words after a clock time meaning "afternoon / evening" (add 12 hours).
pub const PM_WORDS: &[&str] = &["م", "مساء", "مساءً", "ظهرا", "ظهراً", "عصرا", "pm", "p.m."];

/// Words after a clock time meaning "morning".
pub const AM_WORDS: &[&str] = &["ص", "صباحا", "صباحاً", "فجرا", "am", "a.m."];

/// Words allowed between a date and its clock time (`12 مايو 2024 الساعة 14:20`,
/// Maghrebi `على الساعة 14:20`).
pub const CLOCK_WORDS: &[&str] = &["الساعة", "في", "على", "at"];

/// Time-zone words before an offset (`GMT+0400`, `UTC+3`).
pub const ZONE_WORDS: &[&str] = &["gmt", "utc", "غرينتش", "جرينتش"];

/// Words that open a byline; what follows is the writer's name. Longest first.
pub const BYLINE_PREFIXES: &[&str] = &[
    "written by",
    "reporting by",
    "كتب",
    "كتبت",
    "بقلم",
    "بواسطة",
    "إعداد",
    "تحرير",
    "حوار",
    "متابعة",
    "تقرير",
    "by",
];

/// Words of a site-credit line in author fields (`Developed By …`, `تصميم وبرمجة …`):
/// such a value is not the article's writer.
pub const CREDIT_WORDS: &[&str] = &[
    "developed",
    "designed",
    "powered",
    "programmed",
    "hosted",
    "تصميم",
    "برمجة",
    "تطوير",
    "استضافة",
];

/// Breadcrumb items that stand for the site's home page, never a category.
pub const HOME_ITEMS: &[&str] = &[
    "الرئيسية",
    "الصفحة الرئيسية",
    "الرئيسيه",
    "home",
    "homepage",
    "home page",
    "accueil",
];

/// Parts of class/id tokens (split at `-` and `_`) that mark a breadcrumb trail.
pub const BREADCRUMB_TOKENS: &[&str] = &["breadcrumb", "breadcrumbs", "crumb", "crumbs"];

/// Parts of class/id tokens that mark a byline or author element.
pub const AUTHOR_TOKENS: &[&str] = &[
    "author",
    "authors",
    "byline",
    "writer",
    "writeby",
    "writtenby",
    "contributor",
];

/// Parts of class/id tokens that mark a block of tags.
pub const TAG_TOKENS: &[&str] = &["tags", "taglist", "tagcloud", "keywords"];

/// Whole class/id tokens that mark a block of tags (`tag-list`, `post-tags`).
pub const TAG_CLASSES: &[&str] = &[
    "tag-list",
    "tags-list",
    "post-tags",
    "article-tags",
    "entry-tags",
];

/// Parts of class/id tokens that mark reader comments: nothing inside is metadata.
pub const COMMENT_TOKENS: &[&str] = &[
    "comment",
    "comments",
    "commentlist",
    "reply",
    "replies",
    "respond",
    "disqus",
];

/// Parts of class/id tokens that mark lists of other articles, whose dates and bylines
/// are not this article's.
pub const RELATED_TOKENS: &[&str] = &[
    "related",
    "recommended",
    "trending",
    "popular",
    "latest",
    "more",
];

/// Parts of class tokens of a navigation item that marks the current section (state
/// words: `is-active`, `current-menu-item`, `nav-on`).
pub const CURRENT_NAV_PARTS: &[&str] = &["active", "current", "selected", "on"];

/// Parts of class/id tokens of site menus (section links inside are not the article's
/// section label).
pub const MENU_TOKENS: &[&str] = &["menu", "nav", "navbar", "navigation", "mainmenu"];

/// URL path segments that name a section listing (`/category/…`).
pub const SECTION_PATH_WORDS: &[&str] = &[
    "category",
    "categories",
    "section",
    "sections",
    "topics",
    "topic",
    "cat",
];

/// Meta names/properties that carry the publication date, best first.
pub const PUBLISHED_META: &[&str] = &[
    "article:published_time",
    "og:published_time",
    "datepublished",
    "publisheddate",
    "published_time",
    "article:published",
    "pubdate",
    "publishdate",
    "publish-date",
    "publish_date",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date",
    "dcterms.date",
    "dcterms.created",
    "sailthru.date",
    "parsely-pub-date",
    "article.published",
    "date",
    "og:article:published_time",
];

/// Meta names/properties that carry the modification date, best first.
pub const MODIFIED_META: &[&str] = &[
    "article:modified_time",
    "og:updated_time",
    "datemodified",
    "modifieddate",
    "dcterms.modified",
    "last-modified",
    "article.updated",
];

/// Meta names/properties that carry an author's name (URLs are skipped).
pub const AUTHOR_META: &[&str] = &[
    "author",
    "article:author",
    "byl",
    "sailthru.author",
    "parsely-author",
    "dc.creator",
    "dcterms.creator",
];

/// Meta names/properties that carry the section.
pub const SECTION_META: &[&str] = &[
    "article:section",
    "articlesection",
    "section",
    "parsely-section",
];

/// Meta names/properties that carry one tag each (or a comma list).
pub const TAG_META: &[&str] = &["article:tag", "og:article:tag"];

/// Meta names/properties that carry the site's name.
pub const SITE_META: &[&str] = &["og:site_name", "application-name", "twitter:site:name"];

/// Meta names/properties that carry the language.
pub const LANG_META: &[&str] = &["content-language", "inlanguage", "dc.language", "og:locale"];

/// JSON-LD `@type`s of an article object.
pub const ARTICLE_TYPES: &[&str] = &[
    "newsarticle",
    "article",
    "reportagenewsarticle",
    "analysisnewsarticle",
    "opinionnewsarticle",
    "reviewnewsarticle",
    "backgroundnewsarticle",
    "askpublicnewsarticle",
    "blogposting",
    "liveblogposting",
    "socialmediaposting",
    "scholarlyarticle",
    "techarticle",
    "report",
];

/// JSON-LD `@type`s of the web page holding the article (dates fall back to it).
pub const PAGE_TYPES: &[&str] = &["webpage", "itempage", "collectionpage"];

/// JSON-LD `@type`s of an organisation (an author of this type is not a person).
pub const ORG_TYPES: &[&str] = &["organization", "newsmediaorganization", "corporation"];

/// Meta names/properties that carry the title, best first.
pub const TITLE_META: &[&str] = &["og:title", "twitter:title"];

/// Meta names/properties that carry the canonical URL when `link rel=canonical` is absent.
pub const URL_META: &[&str] = &["og:url", "twitter:url"];

/// Meta names/properties that carry the summary, best first.
pub const DESCRIPTION_META: &[&str] = &["description", "og:description", "twitter:description"];

/// Meta names/properties that carry the lead image, best first.
pub const IMAGE_META: &[&str] = &[
    "og:image",
    "og:image:url",
    "og:image:secure_url",
    "twitter:image",
];

/// Words in a link's address that make it an author page (`/author/…`, `/writers/…`).
pub const AUTHOR_PATH_WORDS: &[&str] = &[
    "author",
    "authors",
    "writer",
    "writers",
    "kottab",
    "columnist",
    "profile",
    "profiles",
    "editor",
    "editors",
];

/// Separators between a page title and the site's name in `<title>`.
pub const TITLE_SEPARATORS: &[&str] = &[" | ", " - ", " – ", " — ", " :: ", " » ", " « ", " ـ "];
