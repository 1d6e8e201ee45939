//! Unit tests of [`super::collect`] and [`super::finish`], one source at a time.

use super::*;

fn page(head: &str, body: &str) -> PageFacts {
    let html = format!("<!doctype html><html><head>{head}</head><body>{body}</body></html>");
    collect(&Dom::parse(&html))
}

#[test]
fn jsonld_date_beats_meta_and_keeps_offset() {
    let f = page(
        r#"<meta property="article:published_time" content="2020-12-24T23:59:50+00:00">
           <script type="application/ld+json">{"@type":"NewsArticle","headline":"خبر",
           "datePublished":"2020-12-25T01:59:50+02:00"}</script>"#,
        "<h1>خبر</h1>",
    );
    assert_eq!(
        f.metadata.published.as_deref(),
        Some("2020-12-25T01:59:50+02:00"),
        "published"
    );
    assert!(f
        .sources
        .iter()
        .any(|(k, v)| k == "published" && v == "json-ld datePublished"));
}

#[test]
fn meta_date_in_arabic_words() {
    let f = page(
        r#"<meta property="article:published_time" content="الأربعاء، 07 أكتوبر 2020 - 12:09 م">"#,
        "<h1>خبر</h1>",
    );
    assert_eq!(
        f.metadata.published.as_deref(),
        Some("2020-10-07"),
        "published"
    );
}

#[test]
fn day_only_source_gets_time_from_a_same_day_source() {
    let f = page(
        r#"<meta name="pubdate" content="2024-02-01T19:05:00+02:00">"#,
        r#"<script type="application/ld+json">{"@type":"Article","datePublished":"2024-02-01"}</script><h1>خبر</h1>"#,
    );
    assert_eq!(
        f.metadata.published.as_deref(),
        Some("2024-02-01T19:05:00+02:00"),
        "published"
    );
}

#[test]
fn visible_date_line_under_the_headline() {
    let f = page(
        "",
        r#"<div class="latest"><span>1 يناير 2019</span></div>
           <h1>عنوان</h1><div class="meta">تم نشره الجمعة 24 نيسان / أبريل 2020 09:22 مساءً</div>
           <p>في 5 يونيو 2001 حدث شيء ما في هذه الفقرة الطويلة التي لا تعد سطر تاريخ لأنها نص المقال نفسه وتطول كثيرا وتستمر في الكلام عن أشياء كثيرة مختلفة.</p>"#,
    );
    assert_eq!(
        f.metadata.published.as_deref(),
        Some("2020-04-24"),
        "published"
    );
}

#[test]
fn no_date_gives_null() {
    let f = page(
        "",
        "<h1>عنوان</h1><p>منذ 3 ساعات</p><p>نص طويل عن عام 1967 دون يوم وشهر.</p>",
    );
    assert_eq!(f.metadata.published, None, "published");
}

#[test]
fn comment_dates_and_authors_do_not_win() {
    let f = page(
        "",
        r#"<h1>عنوان</h1><p>نص</p>
           <div class="comments"><div class="comment-author">كتب زائر</div><time datetime="2021-03-03">3 مارس 2021</time></div>"#,
    );
    assert_eq!(f.metadata.published, None, "published from a comment");
    assert_eq!(f.metadata.author, None, "author from a comment");
}

#[test]
fn time_element_near_headline() {
    let f = page(
        "",
        r#"<h1>عنوان</h1><time datetime="2024-07-14">14 يوليو/ تموز 2024</time>"#,
    );
    assert_eq!(
        f.metadata.published.as_deref(),
        Some("2024-07-14"),
        "published"
    );
}

#[test]
fn ld_person_author_and_org_skipped() {
    let f = page(
        r#"<script type="application/ld+json">{"@type":"NewsArticle","author":[
           {"@type":"Organization","name":"صحيفة"},{"@type":"Person","name":"سامر الخطيب"}]}</script>"#,
        "<h1>t</h1>",
    );
    assert_eq!(f.metadata.author.as_deref(), Some("سامر الخطيب"), "author");
}

#[test]
fn meta_author_equal_to_site_is_not_an_author() {
    let f = page(
        r#"<title>خبر - الأثير عربي</title><meta property="og:title" content="خبر - الأثير عربي">
           <meta name="article:author" content="الأثير عربي">"#,
        "<h1>خبر</h1>",
    );
    assert_eq!(f.metadata.author, None, "author");
    assert_eq!(
        f.metadata.site_name.as_deref(),
        Some("الأثير عربي"),
        "site_name from title suffix"
    );
}

#[test]
fn byline_line_and_agency() {
    let f = page("", "<h1>عنوان</h1><span>كتبت أسماء نصار</span>");
    assert_eq!(
        f.metadata.author.as_deref(),
        Some("أسماء نصار"),
        "author from byline"
    );
    let g = page(r#"<meta name="author" content="رويترز">"#, "<h1>عنوان</h1>");
    assert_eq!(g.metadata.author, None, "agency is not author");
    assert_eq!(g.metadata.agency.as_deref(), Some("رويترز"), "agency");
}

#[test]
fn byline_element_by_class() {
    let f = page(
        "",
        r#"<h1>عنوان</h1><div class="article-author"><span>بقلم </span><a href="/author/9">سامر الخطيب</a></div>"#,
    );
    assert_eq!(f.metadata.author.as_deref(), Some("سامر الخطيب"), "author");
}

#[test]
fn breadcrumb_drops_home_and_title() {
    let f = page(
        r#"<meta property="og:title" content="وزراء يبحثون خطة السلام">"#,
        r#"<nav class="breadcrumbs"><ol><li><a href="/">الرئيسية</a></li><li><a href="/s">سياسة</a></li>
           <li>وزراء يبحثون خطة السلام</li></ol></nav><h1>وزراء يبحثون خطة السلام</h1>"#,
    );
    assert_eq!(f.metadata.categories, vec!["سياسة"], "categories");
}

#[test]
fn breadcrumb_links_without_list() {
    let f = page(
        "",
        r#"<div class="entry-crumbs"><span><a href="/">الرئيسية</a></span> › <span><a href="/c">ثقافة</a></span> › <span>عنوان</span></div><h1>عنوان</h1>"#,
    );
    assert_eq!(f.metadata.categories, vec!["ثقافة"], "categories");
}

#[test]
fn section_fallbacks() {
    let f = page(
        r#"<meta property="article:section" content="أخبار الفن">"#,
        "<h1>t</h1>",
    );
    assert_eq!(f.metadata.categories, vec!["أخبار الفن"], "meta section");
    let g = page(
        "",
        r#"<div itemprop="articleSection"><h3>منوعات</h3></div><h1>t</h1>"#,
    );
    assert_eq!(g.metadata.categories, vec!["منوعات"], "itemprop section");
    let h = page(
        "",
        r#"<nav><a href="/category/a">أ</a></nav><p>x</p><div><a href="/category/world">عربي ودولي</a></div><div><h1>t</h1></div>"#,
    );
    assert_eq!(h.metadata.categories, vec!["عربي ودولي"], "section link");
}

#[test]
fn tags_from_meta_split_on_commas() {
    let f = page(
        r#"<meta property="article:tag" content="النمر,مدرسة البنات، نعيمة">"#,
        "<h1>t</h1>",
    );
    assert_eq!(
        f.metadata.tags,
        vec!["النمر", "مدرسة البنات", "نعيمة"],
        "tags"
    );
}

#[test]
fn url_site_lang_dir() {
    let f = page(
        r#"<link rel="canonical" href="https://a.example/x"><meta property="og:url" content="https://b.example/y">
           <meta property="og:site_name" content="https://a.example/"><meta property="og:site_name" content="الموقع">"#,
        "<h1>t</h1>",
    );
    assert_eq!(
        f.metadata.url.as_deref(),
        Some("https://a.example/x"),
        "url"
    );
    assert_eq!(
        f.metadata.site_name.as_deref(),
        Some("الموقع"),
        "site_name skips URLs"
    );
    let g = collect(&Dom::parse(
        r#"<html lang="AR_sa" dir="RTL"><body><h1>t</h1></body></html>"#,
    ));
    assert_eq!(g.metadata.lang.as_deref(), Some("ar-sa"), "lang");
    assert_eq!(g.metadata.dir.as_deref(), Some("rtl"), "dir");
}

#[test]
fn title_candidates() {
    let f = page(
        r#"<title> عنوان  الخبر - الموقع </title><meta name="twitter:title" content="عنوان الخبر">
           <script type="application/ld+json">{"@type":"NewsArticle","headline":"&quot;عنوان&quot; الخبر","articleBody":"فقرة&amp;أخرى"}</script>"#,
        "<h1>t</h1>",
    );
    assert_eq!(
        f.title_tag.as_deref(),
        Some("عنوان الخبر - الموقع"),
        "title_tag"
    );
    assert_eq!(
        f.og_title.as_deref(),
        Some("عنوان الخبر"),
        "og_title from twitter:title"
    );
    assert_eq!(
        f.ld_headline.as_deref(),
        Some("\"عنوان\" الخبر"),
        "ld_headline"
    );
    assert_eq!(f.ld_body.as_deref(), Some("فقرة&أخرى"), "ld_body");
}

#[test]
fn finish_guesses_dir_lang_and_agency() {
    let mut f = PageFacts::default();
    finish(
        &mut f,
        &[
            "John قال إن الوضع صعب جدا".to_string(),
            "نص آخر طويل. (رويترز)".to_string(),
        ],
    );
    assert_eq!(f.metadata.dir.as_deref(), Some("rtl"), "dir");
    assert_eq!(f.metadata.lang.as_deref(), Some("ar"), "lang");
    assert_eq!(f.metadata.agency.as_deref(), Some("رويترز"), "agency");
    let mut g = PageFacts::default();
    finish(&mut g, &["An English paragraph.".to_string()]);
    assert_eq!(g.metadata.lang, None, "lang stays null for non-Arabic");
    assert_eq!(g.metadata.dir.as_deref(), Some("ltr"), "dir");
}

#[test]
fn current_menu_item_matching_the_url() {
    let f = page(
        r#"<link rel="canonical" href="http://news.example/2013/middle_east/8/3/story/index.html">"#,
        r#"<ul><li><a class="nav-on" href="/middle_east/">الشرق الأوسط</a></li><li><a href="/world/">العالم</a></li></ul>
           <h1>عنوان</h1>"#,
    );
    assert_eq!(f.metadata.categories, vec!["الشرق الأوسط"], "categories");
    let g = page(
        r#"<link rel="canonical" href="http://news.example/2013/sport/story.html">"#,
        r#"<ul><li class="active"><a href="/middle_east/">الشرق الأوسط</a></li></ul><h1>عنوان</h1>"#,
    );
    assert!(
        g.metadata.categories.is_empty(),
        "active item not in the URL is no category"
    );
}

#[test]
fn author_meta_skips_profile_urls() {
    let f = page(
        r#"<meta property="article:author" content="https://facebook.com/someone">
           <meta name="author" content="نادية سليم">"#,
        "<h1>t</h1>",
    );
    assert_eq!(f.metadata.author.as_deref(), Some("نادية سليم"), "author");
}

#[test]
fn author_container_without_a_name_gives_nothing() {
    let f = page(
        "",
        r#"<h1>عنوان</h1><div class="article_details_author_container"><a href="/news/category/29/x">منوعات</a><span>08-01-2026 | 11:42</span></div>"#,
    );
    assert_eq!(f.metadata.author, None, "author from a section label");
}

#[test]
fn related_list_dates_do_not_win() {
    let f = page(
        "",
        r#"<h1>عنوان</h1><p>نص الخبر</p><div class="related-posts"><ul><li><a href="/x">خبر آخر</a>
           <time datetime="2021-01-01">1 يناير 2021</time></li></ul></div>"#,
    );
    assert_eq!(f.metadata.published, None, "published from a related item");
}

#[test]
fn a_short_body_sentence_with_a_date_is_no_date_line() {
    let f = page(
        "",
        "<h1>عنوان</h1><p>أعلنت الوزارة يوم 5 يونيو 2021 عن إطلاق حملة وطنية جديدة للتلقيح ضد الحصبة في المدارس</p>",
    );
    assert_eq!(f.metadata.published, None, "published from a body sentence");
}

#[test]
fn masthead_date_in_the_page_header_is_not_the_article_date() {
    let f = page(
        "",
        r#"<header><a href="/">الموقع</a><div>الاثنين 14 آذار 2023</div></header>
           <article><h1>عنوان الخبر</h1><p>نص طويل بما يكفي ليكون فقرة من فقرات الخبر وليس سطر تاريخ على الإطلاق في هذه الصفحة.</p></article>"#,
    );
    assert_eq!(f.metadata.published, None, "published from the page header");
}

#[test]
fn article_header_date_still_counts() {
    let f = page(
        "",
        r#"<article><header><h1>عنوان الخبر</h1><div>الاثنين 14 آذار 2023</div></header><p>نص</p></article>"#,
    );
    assert_eq!(
        f.metadata.published.as_deref(),
        Some("2023-03-14"),
        "published from the article's own header"
    );
}

#[test]
fn masthead_date_in_a_top_row_with_links_is_not_the_article_date() {
    let f = page(
        "",
        r#"<table><tr><td>الأحد 12/3/2023</td><td><a href="/">الرئيسية</a> <a href="/a">أخبار</a></td></tr></table>
           <table><tr><td><h1>عنوان الخبر</h1><p>نص الخبر</p></td></tr></table>"#,
    );
    assert_eq!(f.metadata.published, None, "published from a masthead row");
}

#[test]
fn masthead_date_above_a_navigation_bar_is_not_the_article_date() {
    let f = page(
        "",
        r#"<div>الأحد 12/3/2023</div>
           <div><a href="/">الرئيسية</a> <a href="/a">أخبار</a> <a href="/b">رياضة</a></div>
           <div><h1>عنوان الخبر</h1><p>نص الخبر</p></div>"#,
    );
    assert_eq!(f.metadata.published, None, "published from a masthead");
}

#[test]
fn date_line_right_above_the_headline_counts() {
    let f = page(
        "",
        r#"<nav><a href="/">الرئيسية</a> <a href="/a">أخبار</a> <a href="/b">رياضة</a></nav>
           <div class="main"><div>الجمعة 10 آذار 2023</div><h1>عنوان الخبر</h1><p>نص الخبر</p></div>"#,
    );
    assert_eq!(
        f.metadata.published.as_deref(),
        Some("2023-03-10"),
        "published from the line above the headline"
    );
}

#[test]
fn publication_words_beat_the_masthead_shape() {
    let f = page(
        "",
        r#"<header><div>نشر في 10 آذار 2023</div><a href="/">الرئيسية</a></header><div><h1>عنوان الخبر</h1><p>نص الخبر</p></div>"#,
    );
    assert_eq!(
        f.metadata.published.as_deref(),
        Some("2023-03-10"),
        "published with publication words"
    );
}

#[test]
fn masthead_date_loses_to_the_date_under_the_headline() {
    let g = page(
        r#"<title>سوق أسبوعية جديدة للمزارعين - الوادي</title>"#,
        r#"<table><tr><td>الأحد 12/3/2023</td><td><a href="/">الرئيسية</a> <a href="/a">أخبار</a></td></tr>
           <tr><td><font size="5"><b>سوق أسبوعية جديدة للمزارعين</b></font><br>الجمعة 10 آذار (مارس) 2023 - 09:15</td></tr></table>"#,
    );
    assert_eq!(
        g.metadata.published.as_deref(),
        Some("2023-03-10"),
        "a table layout without <h1> is anchored on the text the <title> names"
    );
}

#[test]
fn a_logo_h1_is_not_the_anchor_of_the_date_line() {
    let f = page(
        r#"<title>قطاف اللوز يبدأ مبكرا هذا العام | بوابة الشام</title><meta property="og:site_name" content="بوابة الشام">"#,
        r#"<div><h1>بوابة الشام</h1><div>الاثنين 14 آذار 2023</div></div>
           <div><h2>قطاف اللوز يبدأ مبكرا هذا العام</h2><div>12 مارس (آذار) 2023</div><p>نص</p></div>"#,
    );
    assert_eq!(
        f.metadata.published.as_deref(),
        Some("2023-03-12"),
        "published under the real headline"
    );
}

#[test]
fn article_without_h1_is_searched_from_its_headline_text() {
    let f = page(
        r#"<title>افتتاح جسر جديد فوق النهر - الموقع</title>"#,
        r#"<div role="banner">الأحد 12/3/2023 <a href="/">الرئيسية</a></div>
           <article><h2>افتتاح جسر جديد فوق النهر</h2><div>الجمعة 10 آذار 2023</div><p>نص الخبر</p></article>"#,
    );
    assert_eq!(
        f.metadata.published.as_deref(),
        Some("2023-03-10"),
        "published under the <h2> headline inside <article>"
    );
}

#[test]
fn masthead_in_a_banner_role_is_not_the_article_date() {
    let f = page(
        "",
        r#"<div role="banner"><span>الأحد 12/3/2023</span></div><div><h1>عنوان الخبر</h1><p>نص الخبر</p></div>"#,
    );
    assert_eq!(f.metadata.published, None, "published from a banner");
}

#[test]
fn hijri_and_gregorian_masthead_with_links_is_not_the_article_date() {
    let f = page(
        "",
        r#"<div><span>اليوم: الأحد 20 شعبان 1444 هـ الموافق 12 آذار 2023</span><a href="/">الرئيسية</a> <a href="/a">محليات</a></div>
           <div><h1>عنوان الخبر</h1><p>نص الخبر</p></div>"#,
    );
    assert_eq!(
        f.metadata.published, None,
        "published from a Hijri masthead"
    );
}

#[test]
fn letters_are_the_alphabetic_characters() {
    for code in (0..0x800).chain(0xFB50..0xFF00) {
        if let Some(c) = char::from_u32(code) {
            assert_eq!(is_letter(c), c.is_alphabetic(), "U+{code:04X}");
        }
    }
}
