//! Page chrome: class/id/role tokens and Arabic and English phrases that mark
//! newsletter boxes, comments, related lists, share bars, menus, footers and the like.
//!
//! Class and id values are split into lower-case tokens on every non-alphanumeric
//! character and at camelCase humps (`TrendingNewBlock` → `trending new block`), and each
//! token is looked up in these tables; two-token compounds (`back-to-top` → `back top`,
//! `sr-only`) are matched as "first second" pairs of adjacent tokens.

/// Tokens that mark chrome: the element and everything inside it is not the article,
/// unless the same class/id also carries a [`CONTENT_TOKENS`] word.
pub const CHROME_TOKENS: &[&str] = &[
    // advertising
    "ad",
    "ads",
    "adv",
    "advert",
    "adverts",
    "advertising",
    "adsense",
    "dfp",
    "gpt",
    "banner",
    "sponsor",
    "sponsored",
    "promo",
    "promoted",
    "cta",
    "taboola",
    "outbrain",
    // comments
    "comment",
    "comments",
    "commentlist",
    "respond",
    "reply",
    "replies",
    "disqus",
    "discussion",
    // newsletters and sign-ups
    "subscribe",
    "subscription",
    "signup",
    "mailing",
    // related / most read / recommended
    "related",
    "relatedposts",
    "recommended",
    "recommendations",
    "trending",
    "popular",
    "mostread",
    "more",
    "readmore",
    "also",
    "latest",
    "ticker",
    "breaking",
    // sharing and social
    "share",
    "shares",
    "sharing",
    "sharer",
    "sharedaddy",
    "social",
    "socials",
    "addthis",
    "sharethis",
    "whatsapp",
    "facebook",
    "twitter",
    "telegram",
    // navigation
    "breadcrumb",
    "breadcrumbs",
    "crumbs",
    "menu",
    "menus",
    "navbar",
    "navigation",
    "nav",
    "pagination",
    "pager",
    "sidebar",
    "widget",
    "widgets",
    "sitemap",
    "skip",
    // page frame
    "footer",
    "masthead",
    "topbar",
    "cookie",
    "cookies",
    "consent",
    "gdpr",
    "popup",
    "modal",
    "overlay",
    "toolbar",
    "tools",
    // article furniture
    "tags",
    "tagcloud",
    "keywords",
    "topics",
    "byline",
    "author",
    "authors",
    "caption",
    "credit",
    "credits",
    "rating",
    "meta",
    "date",
    "time",
    "dateline",
    "crumb",
    "prev",
    "next",
    "previous",
    "nextprev",
    "links",
    "cap",
    "imgcap",
];

/// Tokens strong enough to drop an element even when it holds much of the page's text:
/// chrome that can be longer than the article (a comments section, a list of related
/// stories with their summaries). A sidebar or a footer never is, so an element holding
/// most of the page's prose under such a word is a layout wrapper (`with-sidebar-layout`,
/// `content-sidebar-wrap`) and those words stay weak.
pub const STRONG_CHROME_TOKENS: &[&str] = &[
    "comment",
    "comments",
    "commentlist",
    "respond",
    "replies",
    "disqus",
    "cookie",
    "cookies",
    "consent",
    "newsletter",
    "related",
    "relatedposts",
];

/// Two-token compounds that mark chrome (written as "first second").
pub const CHROME_PAIRS: &[&str] = &[
    "back top",
    "to top",
    "go top",
    "scroll top",
    "most read",
    "read also",
    "see also",
    "sr only",
    "screen reader",
    "visually hidden",
    "element invisible",
    "read more",
    "more on",
    "more news",
    "you may",
    "post tags",
    "entry meta",
    "post meta",
    "article meta",
    "share bar",
    "author box",
    "about author",
];

/// The chrome words of a "more" control (`read-more`, `more-link`). An element named only
/// with them that holds prose and no link is the text the control reveals
/// (`read-more-content`, `ReadMoreAnswer`).
pub const MORE_CONTROL_WORDS: &[&str] = &["more", "readmore", "read more"];

/// Tokens that mark the article itself; they veto a chrome token on the same element.
pub const CONTENT_TOKENS: &[&str] = &[
    "article",
    "articlebody",
    "content",
    "entry",
    "post",
    "story",
    "body",
    "text",
    "main",
    "news",
    "detail",
    "details",
    "single",
];

/// Whole class names (compared case-insensitively) that say an element is not rendered.
/// Whole names, not tokens: `field--label-hidden` hides only a label, not its field.
pub const HIDDEN_CLASSES: &[&str] = &[
    "hidden",
    "hide",
    "invisible",
    "d-none",
    "is-hidden",
    "u-hidden",
    "visually-hidden",
    "visuallyhidden",
    "sr-only",
    "screen-reader-text",
    "element-invisible",
    "offscreen",
    "hidden-xs-up",
    "display-none",
];

/// ARIA roles of page chrome.
pub const CHROME_ROLES: &[&str] = &[
    "navigation",
    "banner",
    "contentinfo",
    "complementary",
    "search",
    "dialog",
    "alertdialog",
    "menu",
    "menubar",
    "toolbar",
    "tablist",
];

/// Tokens (class/id/itemprop) that mark the article body container.
pub const BODY_TOKENS: &[&str] = &[
    "articlebody",
    "article body",
    "entry content",
    "post content",
    "article content",
    "story body",
    "article text",
    "news text",
    "post body",
    "field body",
    "node body",
    "article details",
    "news details",
    "story content",
    "main content",
];

/// Phrases that make a short block chrome wherever it appears (matched at the start of
/// the block's text, after whitespace collapse). Arabic spelling variants are listed
/// separately: text is matched as written.
pub const CHROME_PHRASES: &[&str] = &[
    // newsletter and subscriptions
    "للاشتراك بالنشرة",
    "اشترك في النشرة",
    "اشترك في نشرتنا",
    "اشترك الآن",
    "اشترك ليصلك",
    "سجل بريدك",
    "النشرة البريدية",
    "النشرة الإخبارية",
    "تابعونا على",
    "تابعنا على",
    "تابعوا آخر",
    "تابع آخر الأخبار",
    "انضم إلى قناتنا",
    "انضموا إلى",
    // comments
    "اترك تعليقاً",
    "اترك تعليقا",
    "اترك ردا",
    "اترك رداً",
    "أضف تعليق",
    "اضف تعليق",
    "أضف تعليقك",
    "لن يتم نشر عنوان بريدك",
    "الحقول الإلزامية",
    "شارك برأيك",
    "أرسل تعليق",
    "إرسال التعليق",
    "عدد التعليقات",
    // back to top
    "زر الذهاب إلى الأعلى",
    "الذهاب إلى الأعلى",
    "العودة إلى الأعلى",
    "العودة للأعلى",
    "إلى الأعلى",
    // related and read-also
    "مقالات ذات صلة",
    "أخبار ذات صلة",
    "اخبار ذات صلة",
    "مواضيع ذات صلة",
    "ذات صلة",
    "اقرأ أيضا",
    "اقرأ أيضاً",
    "إقرأ أيضا",
    "إقرأ أيضاً",
    "اقرأ ايضا",
    "اقرا ايضا",
    "اقرأ المزيد",
    "إقرأ المزيد",
    "اقرأ أكثر",
    "شاهد أيضا",
    "شاهد أيضاً",
    "طالع أيضا",
    "طالع أيضاً",
    "الأكثر قراءة",
    "الاكثر قراءة",
    "الأكثر مشاهدة",
    "الأكثر تداولا",
    "الأكثر تداولاً",
    "قد يعجبك أيضا",
    "قد يهمك أيضا",
    "قد يهمك أيضاً",
    "المزيد من",
    "آخر الأخبار",
    "اخر الاخبار",
    "أخبار متعلقة",
    "موضوعات متعلقة",
    "يهمك أيضا",
    // sharing
    "شارك هذا",
    "شارك المقال",
    "شارك الخبر",
    "مشاركة الخبر",
    "انشر على",
    "نسخ الرابط",
    "شارك عبر",
    "مشاركة عبر",
    // tags and furniture
    "الكلمات الدالة",
    "كلمات دالة",
    "الكلمات المفتاحية",
    "مواضيع:",
    // cookies and site frame
    "نستخدم ملفات تعريف الارتباط",
    "يستخدم هذا الموقع ملفات",
    "جميع الحقوق محفوظة",
    "حقوق النشر",
    "© ",
    // English
    "related articles",
    "related stories",
    "read more",
    "read also",
    // the English order of the same insert ("Also read how to …", "Also Read: …")
    "Also read",
    "Also Read",
    "see also",
    "more from",
    "most read",
    "most popular",
    "leave a comment",
    "leave a reply",
    "your email address will not be published",
    "required fields are marked",
    "share this",
    "share on",
    "sign up for",
    "subscribe to",
    "newsletter",
    "back to top",
    "advertisement",
    "we use cookies",
    "this site uses cookies",
    "all rights reserved",
    "copyright",
    // a copyright notice opening with its word and sign ("Copyright © 2025 Station")
    "Copyright ©",
    "follow us",
    "click here",
    "tags:",
    "مشاركة المقال",
    "منشور مضمّن",
    "منشور مضمن",
    "تغريدة مضمنة",
    "تغريدة مضمّنة",
    "عرض هذا المنشور على",
    "Embedded post",
    "View this post on",
    // a feedback widget under the text
    "Was this article helpful",
    "Was this page helpful",
    "Was this helpful",
    "Did you find this article helpful",
    "Did you find the article helpful",
    "Did you find this helpful",
    // the line that introduces a list of other articles
    "You may also be interested in",
    "You may also like",
    "You might also like",
    "You might also be interested in",
];

/// Phrases that open a chrome line, compared ignoring ASCII case, one by one: a handful,
/// kept out of [`CHROME_PHRASES`], whose automaton costs about twenty thousand
/// instructions per phrase to build in every process.
pub const CHROME_OPENINGS: &[&str] = &[
    // the label a site sets where an advertisement or a sidebar breaks the text
    "article continues below",
    "story continues below",
    "continue reading below",
    "content continues below",
    // a post's own address offered for sharing ("Short link: https://…")
    "short link:",
    "shortlink:",
    "permalink:",
    // what a site's list widget shows when it has nothing to list
    "no items found",
    "no results found",
    // the label of an audio player that reads the article aloud
    "listen to this article",
    "listen to this story",
    "listen to the audio version",
];

/// Single words that are chrome only when they are (nearly) the whole block: a label,
/// a button, a section title. Inside a sentence they are ordinary words.
pub const CHROME_LABELS: &[&str] = &[
    "التعليقات",
    "تعليقات",
    "تعليق",
    "طباعة",
    "حجم الخط",
    "تكبير الخط",
    "الوسوم",
    "وسوم",
    "مشاركة",
    "شارك",
    "إعلان",
    "اعلان",
    "عاجل",
    "الرئيسية",
    "المزيد",
    "Comments",
    "comments",
    "Newsletter",
    "Advertisement",
    "Sponsored",
    "Share",
    "Print",
    "Copyright",
    "Menu",
    "Search",
    "بحث",
];

/// How many characters beyond a [`CHROME_LABELS`] word a block may have (a count, an
/// arrow, a colon) and still be that label.
pub const LABEL_SLACK_CHARS: usize = 12;

/// Phrases that, as a short heading-like block, introduce a chrome section: the heading
/// and the link-dense blocks that follow it are dropped.
pub const SECTION_HEADINGS: &[&str] = &[
    "مقالات ذات صلة",
    "أخبار ذات صلة",
    "اخبار ذات صلة",
    "مواضيع ذات صلة",
    "ذات صلة",
    "الأكثر قراءة",
    "الاكثر قراءة",
    "الأكثر مشاهدة",
    "اقرأ أيضا",
    "اقرأ أيضاً",
    "إقرأ أيضا",
    "إقرأ أيضاً",
    "شاهد أيضا",
    "آخر الأخبار",
    "اخر الاخبار",
    "أخبار متعلقة",
    "قد يعجبك أيضا",
    "التعليقات",
    "تعليقات",
    "related",
    "related articles",
    "related stories",
    "read more",
    "more stories",
    "most read",
    "comments",
    "you may also like",
    "اخترنا لكم",
    "ننصحك بقراءة",
    "قصص أخرى",
    "أخبار أخرى",
    "اخبار اخرى",
    "مواضيع أخرى",
    "مقالات أخرى",
    "More stories",
    "More news",
    "Related stories",
    "Related articles",
    "Read more",
    "Most read",
    // the titles of boxes of other articles, compared ignoring ASCII case (the quote in
    // both spellings)
    "related posts",
    "recommended reading",
    "recommended for you",
    "recommended articles",
    "recommended posts",
    "popular",
    "popular posts",
    "read next",
    "what to read next",
    "you might also like",
    "you might also enjoy",
    "you may also enjoy",
    "you'll also love",
    "you’ll also love",
    "you'll also like",
    "you’ll also like",
];

/// Phrases of comment policies and disclaimers that make a block chrome wherever they
/// occur in it (blocks up to [`MAX_DISCLAIMER_CHARS`]).
pub const DISCLAIMER_PHRASES: &[&str] = &[
    "لا تعبر عن رأي",
    "لا تعبّر عن رأي",
    "لا يعبر عن رأي",
    "تعبر عن وجهات نظر أصحابها",
    "شروط الاستخدام",
    "سياسة الخصوصية",
    "do not reflect the views",
    // "The views and opinions expressed in … are those of the author(s) …"
    "views and opinions expressed",
    // "… are their own and do not necessarily reflect the views of …"
    "not necessarily reflect the",
    "community guidelines",
    "privacy policy",
    "terms of use",
    // affiliate disclosures ("This post contains affiliate links", "… may contain
    // affiliate links"): the site's notice, not the author's text
    "contains affiliate links",
    "contain affiliate links",
    // "Affiliate links are used in this post", "… affiliate links are used": one entry
    // for both capitals
    "ffiliate links are used",
    // the programme's required wording ("As an Amazon Associate I earn from qualifying
    // purchases")
    "from qualifying purchases",
];

/// Phrases of an estimated reading time ("Bridgestone Team | 5 min read", "Reading time: 4
/// minutes"): a short block holding one is the article's metadata line, wherever the
/// phrase sits in it (matched ignoring ASCII case, in blocks up to [`MAX_BYLINE_CHARS`]).
/// Each holds "read", which the matcher looks for first.
pub const READING_TIME_PHRASES: &[&str] = &[
    "min read",
    "mins read",
    "min. read",
    "minute read",
    "minutes read",
    "reading time",
    "read time",
];

/// Longest block that [`DISCLAIMER_PHRASES`] can mark as chrome.
pub const MAX_DISCLAIMER_CHARS: usize = 320;

/// Words that open a short line naming the source of the article (`المصدر : وكالات`).
pub const SOURCE_LINE_PREFIXES: &[&str] = &["المصدر", "مصدر الخبر", "Source", "Sources"];

/// Words that open a date line (`تم نشره الجمعة …`, `آخر تحديث …`).
pub const DATE_LINE_PREFIXES: &[&str] = &[
    "تم نشره",
    "نشر في",
    "نُشر في",
    "نشر بتاريخ",
    "تاريخ النشر",
    "آخر تحديث",
    "اخر تحديث",
    "تم التحديث",
    "Published",
    "Updated",
    "Last updated",
];

/// Words that open a byline ("كتب محمد …"); a short block starting with one is not body.
pub const BYLINE_PREFIXES: &[&str] = &[
    "كتب:",
    "كتب ",
    "كتبت:",
    "كتبت ",
    "بقلم:",
    "بقلم ",
    "إعداد:",
    "اعداد:",
    "تحرير:",
    "حوار:",
    "By ",
    "by ",
    "Written by",
    "Reporting by",
    "Edited by",
    "Reviewed by",
    "Fact-checked by",
    "Fact checked by",
];

/// Most characters a block may have and still count as an agency credit line.
pub const MAX_CREDIT_CHARS: usize = 40;

/// Most characters a block may have and still count as a byline.
pub const MAX_BYLINE_CHARS: usize = 80;

/// Words that make a short block a caption or photo credit.
pub const CAPTION_PREFIXES: &[&str] = &[
    "صورة:",
    "صورة ",
    "الصورة:",
    "تصوير:",
    "تصوير ",
    "(صورة",
    "مصدر الصورة",
    "Photo:",
    "Image:",
    "Photograph:",
    "Credit:",
    "Getty Images",
];

/// Hosts of app stores: a small box whose links lead there is an app promotion ("get our
/// app"), whatever its words.
pub const APP_STORE_HOSTS: &[&str] = &[
    "play.google.com",
    "apps.apple.com",
    "itunes.apple.com",
    "appgallery.huawei.com",
    "apps.microsoft.com",
];

/// Marks a site-name suffix or prefix in `<title>`: `Headline - Site`.
pub const TITLE_SEPARATORS: &[&str] =
    &[" | ", " - ", " – ", " — ", " :: ", " « ", " » ", " :", " •"];

/// Typographic forms a page's heading shows for the plain characters its author typed
/// into the structured title (a CMS "smartens" quotes and dashes when it renders the
/// heading): each pair is (shown, typed).
pub const TYPOGRAPHIC_FORMS: &[(char, char)] = &[
    ('\u{2018}', '\''),
    ('\u{2019}', '\''),
    ('\u{201B}', '\''),
    ('\u{2032}', '\''),
    ('\u{201C}', '"'),
    ('\u{201D}', '"'),
    ('\u{201E}', '"'),
    ('\u{2033}', '"'),
    ('\u{2012}', '-'),
    ('\u{2013}', '-'),
    ('\u{2014}', '-'),
    ('\u{2015}', '-'),
];

/// Words a heading may spell out where the structured title has a sign (`and` / `&`).
pub const SPELLED_SIGNS: &[(&str, &str)] = &[("and", "&"), ("plus", "+")];

/// The whole text of a comment's reply link or button: a block of sibling items that
/// each carry one, with a date, is a comment thread.
pub const REPLY_LABELS: &[&str] = &[
    "Reply",
    "Reply ↓",
    "Reply to this comment",
    "Respond",
    "رد",
    "ردّ",
    "الرد",
    "رد على التعليق",
    "إضافة رد",
];
