//! Unit tests of the quotes stage: one per mark style, nesting, unclosed and continued
//! quotes, names in quotes, and each attribution pattern; plus the seed article.

use super::*;

fn paras(ps: &[&str]) -> Vec<String> {
    ps.iter().map(|p| p.to_string()).collect()
}

fn run(ps: &[&str]) -> Vec<Quote> {
    let ps = paras(ps);
    let qs = find_quotes(&ps);
    for q in &qs {
        let p = &ps[q.paragraph];
        let slice: String = p.chars().skip(q.start).take(q.end - q.start).collect();
        assert_eq!(
            slice, q.text,
            "start/end must slice `text` out of paragraph {}",
            q.paragraph
        );
    }
    qs
}

/// The quote whose text starts with `head`, or a failure naming the case.
fn quote<'a>(case: &str, qs: &'a [Quote], head: &str) -> &'a Quote {
    qs.iter()
        .find(|q| q.text.starts_with(head))
        .unwrap_or_else(|| panic!("{case}: no quote starting with {head:?}; got {qs:#?}"))
}

fn speaker(case: &str, qs: &[Quote], head: &str, want: Option<&str>) {
    let q = quote(case, qs, head);
    assert_eq!(
        q.speaker.as_deref(),
        want,
        "{case}: field `speaker` of quote {head:?}"
    );
}

fn no_quote(case: &str, qs: &[Quote], text: &str) {
    assert!(
        qs.iter().all(|q| q.text != text),
        "{case}: {text:?} is a name and must not be a quote; got {qs:#?}"
    );
}

const SEED: [&str; 5] = [
    "أعلنت صحيفة “بوليتيكو” نقلا عن مصادر في وزارة الدفاع الأميركية، بأن البنتاغون يريد إنشاء قناة اتصال مع روسيا على خلفية الوضع في أوكرانيا، على غرار ما حدث في سوريا عام 2015.",
    "وفي تقريرها، أوضحت الصحيفة أنه “عندما خرج رئيس الأركان العامة الأميركي، مارك ميلي، من ست ساعات من المحادثات المتوترة مع نظيره الروسي، فاليري غيراسيموف، في هلسنكي بأيلول الماضي، بدا رئيس هيئة الأركان المشتركة مزدهرا تقريبا، أو على الأقل مثل الجندي الفظ الذي ظهر في الأماكن العامة لأكثر من 40 عاما، حيث قال ميلي بنبرة متفائلة: “عندما يتواصل القادة العسكريون للقوى العظمى، يصبح العالم مكانا أكثر أمانا”، لافتا إلى أنه “الآن، بعد 5 أشهر فقط، مع قيام القوات العسكرية الروسية بضرب أوكرانيا من الجو والبر والبحر، فإن أنشودة ميلي للتفاهم المشترك مع موسكو قد ماتت فعليا، لكن علاقته بالجنرال فاليري غيراسيموف، كانت في قلب جهد حساس للغاية وراء الكواليس لمنع أكبر حرب في أوروبا منذ أجيال من التحول إلى صراع أوسع”.",
    "ولفت التقرير، إلى أن الوضع أصبح “أكثر إلحاحا” أواخر فبرير/شباط ، حيث أمر الرئيس الروسي فلاديمير بوتين، وزارة الدفاع بوضع قوات الردع الاستراتيجي الروسية في حالة تأهب قتالي خاصة، بعد “التصريحات العدوانية” من قبل قوى الناتو، مشيرا إلى أنه “منذ لقائهما (رئيسا الأركان) في فنلندا، تحدث الرجلان عدة مرات، بما في ذلك أثناء التعزيز الروسي الأولي في تشرين الثاني ومرة أخرى في وقت سابق من هذا الشهر.",
    "هذا وقال مسؤولان في وزارة الدفاع لصحيفة “بوليتيكو” إن رئيس الأركان العامة الروسية فاليري غيراسيموف، ونظيره الأميركي، مارك ميلي، لم يتحدثا منذ بدء العملية العسكرية الروسية الخاصة في أوكرانيا، في حين أن “مسؤولي البنتاغون يقولون إنهم يأملون في أن يساعد خط اتصالهما- الذي كان أكثر تواترا من خط وزير الدفاع لويد أوستن ونظيره الروسي، سيرجي شويغو- في فتح المزيد من العلاقات المنتظمة مع القوات الروسية مع تصاعد الصراع”.",
    "ونقلت بوليتيكو عن مسؤول كبير في البنتاغون قوله: “الآن بعد أن أصبح المجال الجوي الأوكراني محل نزاع وأن المجال الجوي الأوكراني يمتد إلى جانب المجال الجوي لحلف الناتو، أبلغنا الروس أننا نعتقد أن هناك حاجة إلى قناة على المستوى التشغيلي…حتى نتمكن من تجنب سوء التقدير”.",
];

#[test]
fn seed_article_quotes_and_speakers() {
    let qs = run(&SEED);
    speaker("seed", &qs, "عندما يتواصل القادة العسكريون", Some("ميلي"));
    let paper = ["الصحيفة", "بوليتيكو", "صحيفة بوليتيكو", "التقرير"];
    for head in ["الآن، بعد 5 أشهر", "منذ لقائهما"] {
        let q = quote("seed", &qs, head);
        assert!(
            q.speaker.as_deref().is_some_and(|s| paper.contains(&s)),
            "seed: field `speaker` of quote {head:?} is {:?}, want the newspaper",
            q.speaker
        );
    }
    speaker(
        "seed",
        &qs,
        "مسؤولي البنتاغون يقولون",
        Some("مسؤولان في وزارة الدفاع"),
    );
    speaker(
        "seed",
        &qs,
        "الآن بعد أن أصبح المجال",
        Some("مسؤول كبير في البنتاغون"),
    );
    no_quote("seed", &qs, "بوليتيكو");
    assert!(
        !quote("seed", &qs, "منذ لقائهما").closed,
        "seed: field `closed` of the unclosed quote"
    );
}

#[test]
fn each_mark_style_gives_the_words_between_the_marks() {
    let cases = [
        ("curly", "وقال الوزير: “نحن مستعدون للحوار دون شروط”."),
        ("guillemets", "وقال الوزير: «نحن مستعدون للحوار دون شروط»."),
        ("ascii", "وقال الوزير: \"نحن مستعدون للحوار دون شروط\"."),
        ("single", "وقال الوزير: ‘نحن مستعدون للحوار دون شروط’."),
        ("low double", "وقال الوزير: „نحن مستعدون للحوار دون شروط“."),
        ("angle", "وقال الوزير: ‹نحن مستعدون للحوار دون شروط›."),
        ("reversed", "وقال الوزير: ” نحن مستعدون للحوار دون شروط “."),
        ("mixed", "وقال الوزير: «نحن مستعدون للحوار دون شروط”."),
    ];
    for (case, p) in cases {
        let qs = run(&[p]);
        assert_eq!(qs.len(), 1, "{case}: number of quotes in {p:?}: {qs:#?}");
        assert_eq!(
            qs[0].text, "نحن مستعدون للحوار دون شروط",
            "{case}: field `text`"
        );
        assert!(qs[0].closed, "{case}: field `closed`");
        assert_eq!(
            qs[0].speaker.as_deref(),
            Some("الوزير"),
            "{case}: field `speaker`"
        );
        assert_eq!(qs[0].cue.as_deref(), Some("وقال"), "{case}: field `cue`");
    }
}

#[test]
fn apostrophe_in_latin_text_is_not_a_mark() {
    let qs =
        run(&["وصل المنتخب إلى Côte d’Ivoire أمس وقال المدرب: «سنقاتل حتى النهاية في كل مباراة»."]);
    assert_eq!(qs.len(), 1, "apostrophe: number of quotes: {qs:#?}");
    speaker("apostrophe", &qs, "سنقاتل", Some("المدرب"));
}

#[test]
fn nested_quotes_are_both_reported() {
    let qs = run(&[
        "وقالت الكاتبة سلمى الراشد: «كانت أمي تقول لي دائماً: “الصبر مفتاح الفرج”، ولم أفهم ذلك إلا متأخرة».",
    ]);
    let outer = quote("nested", &qs, "كانت أمي");
    assert!(
        outer.text.ends_with("متأخرة"),
        "nested: field `text` of the outer quote: {:?}",
        outer.text
    );
    speaker("nested", &qs, "كانت أمي", Some("سلمى الراشد"));
    speaker("nested", &qs, "الصبر مفتاح الفرج", Some("أمي"));
}

#[test]
fn nested_ascii_quotes_pair_by_position() {
    let qs = run(&[
        "وقال الرئيس في كلمة: \"سمعنا من الوزير قوله \"لن نتراجع أبدا عن هذا\"، ونحن نصدقه تماما\".",
    ]);
    speaker("nested ascii", &qs, "سمعنا من الوزير", Some("الرئيس"));
    speaker("nested ascii", &qs, "لن نتراجع", Some("الوزير"));
}

#[test]
fn unclosed_quote_runs_to_paragraph_end() {
    let qs =
        run(&["وقال رئيس البرلمان في ختام الجلسة: “لن أدعو إلى جلسة جديدة قبل التوافق بين الكتل."]);
    let q = quote("unclosed", &qs, "لن أدعو");
    assert!(!q.closed, "unclosed: field `closed`");
    assert!(
        q.text.ends_with("الكتل."),
        "unclosed: field `text` runs to the end: {:?}",
        q.text
    );
    assert_eq!(
        q.speaker.as_deref(),
        Some("رئيس البرلمان"),
        "unclosed: field `speaker`"
    );
}

#[test]
fn statement_over_two_paragraphs_with_a_second_opening_mark() {
    let qs = run(&[
        "وأضاف الوزير سامي الخطيب موضحا: «سننقل هذا المقترح إلى الطرفين خلال الأيام المقبلة.",
        "«لكننا لا نريد أن نرفع سقف التوقعات كثيرا في هذه المرحلة».",
    ]);
    speaker("two paragraphs", &qs, "سننقل", Some("سامي الخطيب"));
    let q = quote("two paragraphs", &qs, "لكننا");
    assert_eq!(q.paragraph, 1, "two paragraphs: field `paragraph`");
    assert_eq!(
        q.speaker.as_deref(),
        Some("سامي الخطيب"),
        "two paragraphs: field `speaker`"
    );
}

#[test]
fn statement_over_two_paragraphs_without_a_second_opening_mark() {
    let qs = run(&[
        "وقال المتحدث باسم الحكومة: «نحن نعمل على خطة شاملة للإصلاح.",
        "وستعلن تفاصيلها الأسبوع المقبل» في مؤتمر صحفي.",
    ]);
    let q = quote("continued", &qs, "وستعلن");
    assert_eq!(
        (q.paragraph, q.start),
        (1, 0),
        "continued: fields `paragraph`/`start`"
    );
    assert_eq!(
        q.speaker.as_deref(),
        Some("المتحدث باسم الحكومة"),
        "continued: field `speaker`"
    );
}

#[test]
fn names_in_quotes_are_not_quotes() {
    let qs = run(&[
        "ونقلت صحيفة «الأهرام» عن مصدر حكومي قوله إن المفاوضات مستمرة، فيما أطلقت الوزارة برنامج \"مهارات المستقبل\" للطلبة.",
        "وتحدث عن دور \"حزب الامة\" في البلاد، وعن صلة الفصائل بـ\"الجيش الحر\" ومشروع “إحياء البر الغربي” الذي أطلقته الوزارة.",
        "وأبرز الاكتشافات «المدينة الذهبية المفقودة» التي أعلن عنها عام 2021، وكتب عبر حسابه الشخصي “انستجرام” تهنئة.",
    ]);
    for name in [
        "الأهرام",
        "مهارات المستقبل",
        "حزب الامة",
        "الجيش الحر",
        "إحياء البر الغربي",
        "المدينة الذهبية المفقودة",
        "انستجرام",
    ] {
        no_quote("names", &qs, name);
    }
}

#[test]
fn short_scare_quote_is_a_fragment_and_a_definite_subject_is_no_name() {
    let qs = run(&[
        "ولفت التقرير إلى أن الوضع بات “أكثر إلحاحا”.",
        "وأكد الوزير أن الفريق «لا يزال بعيدا عن مستواه»، وأن مشروع “إحياء البلد” مستمر.",
        "وعقد الاجتماع في \"قصر الإليزيه\" وناقش عدة ملفات.",
    ]);
    let q = quote("fragment", &qs, "أكثر إلحاحا");
    assert!(
        q.fragment,
        "fragment: field `fragment` of a scare quote ending its clause"
    );
    assert_eq!(
        q.speaker.as_deref(),
        Some("التقرير"),
        "fragment: field `speaker`"
    );
    let q = quote("definite subject", &qs, "لا يزال");
    assert!(
        !q.fragment,
        "definite subject: field `fragment` of a statement"
    );
    assert_eq!(
        q.speaker.as_deref(),
        Some("الوزير"),
        "definite subject: field `speaker`"
    );
    no_quote("run-on name", &qs, "قصر الإليزيه");
    no_quote("naming noun", &qs, "إحياء البلد");
}

#[test]
fn speaker_before_the_quote_keeps_the_name_after_the_title() {
    let qs = run(&["وقال وزير الخارجية الأميركي أنتوني بلينكن في مؤتمر صحفي: «لن نسمح بتكرار ما حدث في المنطقة»."]);
    speaker("before", &qs, "لن نسمح", Some("أنتوني بلينكن"));
    assert_eq!(
        quote("before", &qs, "لن نسمح").cue.as_deref(),
        Some("وقال"),
        "before: field `cue`"
    );
}

#[test]
fn speaker_after_the_quote() {
    let qs = run(&[
        "«القرار كان متوقعا إلى حد كبير في الأسواق»، قالت كبيرة الاقتصاديين في البنك ريم السعدني.",
        "«سنواصل العمل مع الشركاء حتى النهاية»، بحسب الوزير.",
    ]);
    speaker("after", &qs, "القرار كان", Some("ريم السعدني"));
    speaker("after", &qs, "سنواصل", Some("الوزير"));
}

#[test]
fn speaker_around_the_quote_and_participle() {
    let qs = run(&[
        "وأكد الوزير أن \"الخطة ستنفذ في موعدها المحدد\" مشيرا إلى أن \"التمويل متوفر بالكامل لهذا العام\".",
    ]);
    speaker("around", &qs, "الخطة ستنفذ", Some("الوزير"));
    speaker("participle", &qs, "التمويل متوفر", Some("الوزير"));
    assert_eq!(
        quote("participle", &qs, "التمويل").cue.as_deref(),
        Some("مشيرا"),
        "participle: field `cue`"
    );
}

#[test]
fn pronoun_attribution_uses_the_last_named_speaker() {
    let qs = run(&[
        "وقال مدرب المنتخب كريم بلحاج إن اللاعبين قدموا مباراة جيدة.",
        "وأضاف: «أمامنا عمل كبير قبل انطلاق البطولة القارية».",
    ]);
    speaker("pronoun", &qs, "أمامنا", Some("كريم بلحاج"));
}

#[test]
fn attribution_phrases_bihasab_and_wifqan() {
    let qs = run(&[
        "وبحسب البيان الختامي للاجتماع، فإن الدول المشاركة «تدعم كل جهد يحفظ وحدة البلاد وسيادتها».",
        "ووفقا لمصادر مطلعة، فإن المحادثات «لم تحقق أي اختراق حتى الآن في الملف».",
    ]);
    speaker("bihasab", &qs, "تدعم", Some("البيان الختامي للاجتماع"));
    speaker("wifqan", &qs, "لم تحقق", Some("مصادر مطلعة"));
}

#[test]
fn newspaper_as_speaker() {
    let qs = run(&["وفي تقريرها، أوضحت الصحيفة أن «المحادثات استمرت ست ساعات كاملة دون نتيجة»."]);
    speaker("newspaper", &qs, "المحادثات", Some("الصحيفة"));
}

#[test]
fn transmission_names_the_source_after_an() {
    let qs = run(&[
        "ونقلت وكالة «رويترز» عن مسؤول كبير في الوزارة قوله: «سنلتزم بالحصة كاملة هذا العام».",
    ]);
    speaker("transmit", &qs, "سنلتزم", Some("مسؤول كبير في الوزارة"));
    no_quote("transmit", &qs, "رويترز");
}

#[test]
fn null_speaker_when_the_article_does_not_say() {
    let qs = run(&["وعلى مدخل المركز عبارة «لقاح واحد يحمي جيلا كاملا من المرض»."]);
    speaker("null", &qs, "لقاح واحد", None);
}

#[test]
fn topic_and_relative_subjects() {
    let qs = run(&[
        "أما الائتلاف الوطني، فقد دعا في بيان له الفصائل إلى \"ضبط النفس والتحلي بالحكمة في هذه المرحلة\".",
        "وتُعرض الصور في حلقة خاصة، بحسب الوزارة، التي أكدت أن الحفائر “ستستمر حتى نهاية الموسم الحالي”.",
    ]);
    speaker("topic", &qs, "ضبط النفس", Some("الائتلاف الوطني"));
    speaker("relative", &qs, "ستستمر", Some("الوزارة"));
}

#[test]
fn empty_and_markless_input() {
    assert!(run(&[]).is_empty(), "empty: no paragraphs, no quotes");
    assert!(
        run(&["", "بلا علامات تنصيص هنا"]).is_empty(),
        "markless: no quotes"
    );
    assert!(
        run(&["\"", "«", "»»", "“”"])
            .iter()
            .all(|q| !q.text.is_empty()),
        "lone marks: no empty quote"
    );
    assert_eq!(
        run(&["\"", "«", "»»", "“”"]).len(),
        0,
        "lone marks: no quote at all"
    );
    // The same marks around words are one quote each.
    assert_eq!(
        run(&["«نص»", "“نص آخر”"])
            .iter()
            .map(|q| (q.paragraph, q.text.as_str()))
            .collect::<Vec<_>>(),
        [(0, "نص"), (1, "نص آخر")]
    );
}

#[test]
fn common_attribution_patterns() {
    let qs = run(&[
        "وقال الناطق باسم الجيش العقيد أحمد المسماري إن «القوات تقدمت في المحور الجنوبي».",
        "وأكد رئيس الوزراء محمد شياع السوداني، خلال لقائه الوفد، أن «الحكومة ماضية في الإصلاح».",
        "من جهته، قال الرئيس الفرنسي إيمانويل ماكرون لصحيفة لوموند: «أوروبا تحتاج إلى دفاع مشترك».",
        "وقالت وزارة الخارجية في بيان: «ندين بشدة هذا الهجوم على المدنيين».",
        "«لم نعد نحتمل هذا الغلاء في الأسعار»، يقول أحمد، وهو موظف حكومي.",
        "وأردف قائلا: «سنعود إلى طاولة المفاوضات قريبا».",
        "وقال الوزير للصحفيين إن «الاتفاق سيوقع الأسبوع المقبل في العاصمة».",
    ]);
    // Alone: in the paragraphs above, الرئيس would be the president already named.
    let tongue =
        run(&["ونقل التلفزيون الرسمي على لسان الرئيس قوله: «لن نتنازل عن حقوقنا المشروعة»."]);
    speaker(
        "title then rank and name",
        &qs,
        "القوات تقدمت",
        Some("أحمد المسماري"),
    );
    speaker(
        "three-part name",
        &qs,
        "الحكومة ماضية",
        Some("محمد شياع السوداني"),
    );
    speaker(
        "told to a newspaper",
        &qs,
        "أوروبا تحتاج",
        Some("إيمانويل ماكرون"),
    );
    speaker("ministry", &qs, "ندين بشدة", Some("وزارة الخارجية"));
    speaker("present tense after", &qs, "لم نعد", Some("أحمد"));
    speaker("participle after verb", &qs, "سنعود", Some("أحمد"));
    speaker("audience skipped", &qs, "الاتفاق سيوقع", Some("الوزير"));
    speaker("on the tongue of", &tongue, "لن نتنازل", Some("الرئيس"));
    assert_eq!(
        quote("on the tongue of", &tongue, "لن نتنازل")
            .cue
            .as_deref(),
        Some("على لسان"),
        "on the tongue of: field `cue`"
    );
}

#[test]
fn transitive_verb_subject_stops_before_its_object() {
    let qs = run(&[
        "ودعت الوزارة المواطنين، في بيان، إلى «تجنب التعرض المباشر لأشعة الشمس في ساعات الظهيرة».",
        "ووصف البيان الختامي مسار كييف نحو العضوية بأنه \"لا رجعة فيه على الإطلاق\".",
    ]);
    speaker("transitive feminine", &qs, "تجنب التعرض", Some("الوزارة"));
    speaker(
        "transitive plain object",
        &qs,
        "لا رجعة فيه",
        Some("البيان الختامي"),
    );
}

#[test]
fn more_names_and_statements() {
    let qs = run(&[
        "أطلقت الحكومة حملة \"معا من أجل بيئة نظيفة\" لتشجيع المواطنين، وشارك الممثل في فيلم \"الرسالة\" عام 1976.",
        "ونشرت مجلة \"تايم\" تقريرا، فيما ووصفت المعارضة القرار بأنه \"انقلاب على الدستور\".",
        "ورفع المتظاهرون لافتات كتب عليها \"الشعب يريد إسقاط النظام\" وسط العاصمة.",
    ]);
    let titled = run(&[
        "وصدر للكاتب كتاب بعنوان \"الحرب والسلام: قراءة في تاريخ المنطقة، من جديد\" عن دار نشر.",
    ]);
    no_quote(
        "titled",
        &titled,
        "الحرب والسلام: قراءة في تاريخ المنطقة، من جديد",
    );
    for name in ["معا من أجل بيئة نظيفة", "الرسالة", "تايم"] {
        no_quote("more names", &qs, name);
    }
    speaker(
        "statement after بأنه",
        &qs,
        "انقلاب على الدستور",
        Some("المعارضة"),
    );
    speaker("relative clause", &qs, "الشعب يريد", Some("لافتات"));
}

#[test]
fn continued_paragraph_with_its_own_cue_after() {
    let qs = run(&[
        "وقال الوزير سامي الخطيب: «سننقل هذا المقترح إلى الطرفين خلال الأيام المقبلة.",
        "«لن نقبل بأي تأجيل جديد في الجدول»، قال رئيس الوفد المفاوض.",
    ]);
    speaker(
        "continued with cue",
        &qs,
        "لن نقبل",
        Some("رئيس الوفد المفاوض"),
    );
}

#[test]
fn subject_after_auxiliary_and_object_pronoun() {
    let qs = run(&[
        "وكان الرئيس قد قال في وقت سابق إن \"الحوار هو السبيل الوحيد لحل الأزمة\".",
        "وبحسب ما أفاد به مراسلنا، فإن \"الاشتباكات تجددت صباح اليوم في المدينة\".",
    ]);
    speaker("auxiliary before subject", &qs, "الحوار هو", Some("الرئيس"));
    speaker("object pronoun skipped", &qs, "الاشتباكات", Some("مراسلنا"));
}

#[test]
fn source_named_in_quotes() {
    let qs = run(&[
        "وذكرت «رويترز» أن «المحادثات ستستأنف الأسبوع المقبل في جنيف».",
        "وقالت صحيفة «الأهرام» المصرية إن «الحكومة تدرس رفع الدعم تدريجيا».",
        "وقال «نعم نحن هنا».",
    ]);
    speaker("quoted source", &qs, "المحادثات", Some("رويترز"));
    speaker(
        "newspaper with its name",
        &qs,
        "الحكومة تدرس",
        Some("صحيفة الأهرام المصرية"),
    );
    // The quote itself is not read as the subject: the pronoun verb takes the last name.
    speaker(
        "quote right after the verb",
        &qs,
        "نعم نحن هنا",
        Some("صحيفة الأهرام المصرية"),
    );
}

#[test]
fn english_said_after_the_quote_names_the_speaker() {
    let qs = run(&[
        "Supporters agreed. \"This is the most important change to our streets in a generation,\" \
         said councillor Amy Lee, who chairs the transport committee.",
    ]);
    speaker(
        "english said-after",
        &qs,
        "This is the most important",
        Some("councillor Amy Lee"),
    );
}

#[test]
fn interrupting_and_commenting_verbs_name_the_speaker_after_them() {
    let qs = run(&[
        "وما إن بدأ المدير كلمته حتى قاطعته المهندسة سعاد البيطار: «هذه الأرقام قديمة».",
        "«نوافق على المقترح من حيث المبدأ»، عقبت رئيسة اللجنة.",
        "وسأل المحامي الشاهدة: «متى كتبت هذا التقرير؟».",
        "وقال مراقب خارج المبنى: «الطوابير لم تتوقف منذ الصباح».",
    ]);
    speaker("قاطعته", &qs, "هذه الأرقام", Some("سعاد البيطار"));
    speaker("عقبت", &qs, "نوافق على", Some("رئيسة اللجنة"));
    speaker("سأل X Y", &qs, "متى كتبت", Some("المحامي"));
    speaker("خارج ends", &qs, "الطوابير لم", Some("مراقب"));
}

#[test]
fn a_relative_clause_after_an_anonymous_description_is_not_the_speaker() {
    let qs = run(&[
        "وقال مراقب مستقل حضر الاجتماع: «النقاش كان حادا».",
        "وتقول سيدة مسنة تنتظر دورها: «جئت قبل الفجر».",
        "وقال طلاب في كلية الطب للصحيفة: «المختبرات مغلقة منذ شهر».",
    ]);
    speaker("حضر opens a clause", &qs, "النقاش كان", Some("مراقب مستقل"));
    speaker("feminine present verb", &qs, "جئت قبل", Some("سيدة مسنة"));
    speaker(
        "told to the paper",
        &qs,
        "المختبرات مغلقة",
        Some("طلاب في كلية الطب"),
    );
}

#[test]
fn a_role_noun_with_ba_is_the_object_of_praise() {
    let qs =
        run(&["وأشاد المدرب سامي الحكيم بمهاجم الفريق الشاب عادل ناصر، قائلا: «سيكون نجم الموسم»."]);
    speaker("بمهاجم", &qs, "سيكون نجم", Some("سامي الحكيم"));
}

#[test]
fn a_cue_after_a_relative_pronoun_reports_its_antecedent() {
    let qs = run(&[
        "وقالت عضو البلدية، منى الصافي، التي تابعت الأشغال من قرب: «المشروع تأخر سنة كاملة».",
    ]);
    let q = quote("relative", &qs, "المشروع تأخر");
    assert_eq!(
        q.speaker.as_deref(),
        Some("منى الصافي"),
        "relative: speaker"
    );
    assert_eq!(
        q.speaker_role.as_deref(),
        Some("عضو البلدية"),
        "relative: role"
    );
}

#[test]
fn by_saying_and_a_verb_first_clause_give_the_subject_of_the_clause() {
    let qs = run(&[
        "وافتتح رئيس الجمعية، سليم الراشد، الاجتماع بالقول: «السنة كانت صعبة على الجميع».",
        "ونشر الراشد جدولا بالمصاريف، وأضاف: «لم ننفق دينارا خارج الميزانية».",
    ]);
    speaker("بالقول", &qs, "السنة كانت", Some("سليم الراشد"));
    speaker("verb-first clause", &qs, "لم ننفق", Some("سليم الراشد"));
}

#[test]
fn long_names_with_particles_and_titles_with_lam() {
    let qs = run(&[
        "وقال وزير النقل سلطان بن خالد آل ناصر إن «الطريق سيفتح في الربيع».",
        "وقال مدير الهيئة لشؤون السلامة المرورية، أبو بكر الطاهر: «الحوادث تراجعت».",
        "وبحسب مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية، فإن «المساعدات وصلت».",
        "واستقبل الوفد محافظ المدينة، الشيخ حمد بن عبد الله بن سالم آل ثامر، الذي قال إن «الميناء جاهز».",
    ]);
    speaker(
        "سلطان is a name, not a dual",
        &qs,
        "الطريق سيفتح",
        Some("سلطان بن خالد آل ناصر"),
    );
    speaker(
        "title with لـ",
        &qs,
        "الحوادث تراجعت",
        Some("أبو بكر الطاهر"),
    );
    speaker(
        "body with لـ",
        &qs,
        "المساعدات وصلت",
        Some("مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية"),
    );
    speaker(
        "long name before الذي",
        &qs,
        "الميناء جاهز",
        Some("حمد بن عبد الله بن سالم آل ثامر"),
    );
}

#[test]
fn a_statement_of_a_body_read_out_goes_to_the_body() {
    let qs = run(&["وتلا المتحدث بيانا للوزارة جاء فيه: «المدارس تفتح الأحد»."]);
    speaker("بيانا للوزارة", &qs, "المدارس تفتح", Some("الوزارة"));
}

#[test]
fn titles_in_the_construct_state_introduce_people() {
    let qs = run(&[
        "استقبل وزير الزراعة كمال الساعدي ووزيرة البيئة الفرنسية كلير-ماري دوبون في مقر الوزارة.",
        "وقالت الوزيرة: «المياه أولويتنا».",
        "وقال الوزير: «سنوقع الاتفاق غدا».",
    ]);
    let q = quote("construct", &qs, "المياه أولويتنا");
    assert_eq!(
        q.speaker.as_deref(),
        Some("كلير-ماري دوبون"),
        "الوزيرة: speaker"
    );
    assert_eq!(
        q.speaker_role.as_deref(),
        Some("وزيرة البيئة الفرنسية"),
        "الوزيرة: role"
    );
    speaker("الوزير", &qs, "سنوقع", Some("كمال الساعدي"));
}

#[test]
fn circumstances_and_pronouns_around_a_description() {
    let qs = run(&[
        "وروى عامل من المصنع، طلب عدم ذكر اسمه، أن «الرواتب لم تدفع منذ شهرين».",
        "وصاح متظاهرون من الحزب من شرفات منازلهم: «ارحلوا».",
        "وقال رجل في الستين من عمره: «لم أر فيضانا كهذا».",
    ]);
    speaker("عدم ذكر", &qs, "الرواتب لم", Some("عامل من المصنع"));
    speaker(
        "second complement",
        &qs,
        "ارحلوا",
        Some("متظاهرون من الحزب"),
    );
    speaker("age kept", &qs, "لم أر", Some("رجل في الستين من عمره"));
}

#[test]
fn the_subject_of_an_earlier_verb_in_the_sentence() {
    let qs = run(&[
        "توقع البنك الدولي أن يرتفع الدين، وقال في تقريره إن «الإصلاحات تأخرت».",
        "وقالت وزارة الصحة، وفق بيان نشرته مساء الاثنين، إن «اللقاحات وصلت».",
        "قال الوزير سامي الخطيب: «سنبدأ غدا».",
        "وقال النائب عمر حداد: «هذا غير كاف».",
        "وطلب الخطيب مهلة، ثم قال: «الأرقام ستنشر كاملة».",
    ]);
    speaker(
        "body after an unknown verb",
        &qs,
        "الإصلاحات",
        Some("البنك الدولي"),
    );
    speaker("بيان نشرته", &qs, "اللقاحات", Some("وزارة الصحة"));
    speaker(
        "clause verb first",
        &qs,
        "الأرقام ستنشر",
        Some("سامي الخطيب"),
    );
}

#[test]
fn a_title_after_a_preposition_of_presidency_introduces_a_person() {
    let qs = run(&[
        "التقى الوزير وفدا برئاسة نقيب الصيادلة نبيل الشامي في مكتبه.",
        "وقال الشامي: «الأدوية متوفرة».",
    ]);
    let q = quote("برئاسة", &qs, "الأدوية متوفرة");
    assert_eq!(q.speaker.as_deref(), Some("نبيل الشامي"), "برئاسة: speaker");
    assert_eq!(
        q.speaker_role.as_deref(),
        Some("نقيب الصيادلة"),
        "برئاسة: role"
    );
}

#[test]
fn the_title_in_apposition_before_a_name_and_its_relative_clause() {
    let qs = run(&[
        "واستقبل الوفد محافظ البنك المركزي، الدكتور فهد بن سالم آل سعود، الذي قال إن «الاحتياطي كاف».",
    ]);
    let q = quote("apposition before الذي", &qs, "الاحتياطي كاف");
    assert_eq!(q.speaker.as_deref(), Some("فهد بن سالم آل سعود"), "speaker");
    assert_eq!(
        q.speaker_role.as_deref(),
        Some("محافظ البنك المركزي"),
        "role"
    );
}

#[test]
fn a_quote_after_the_ba_of_a_demand_is_a_statement() {
    let case = "content-ba";
    let qs = run(&[
        "وطالبت نقابة الأطباء، في رسالة مفتوحة، الحكومة بـ\"زيادة عدد المقيمين فورا\".",
        "ووعد المحافظ بـ«حل الأزمة قبل الشتاء».",
        "ورحبت الوزارة بـ«اتفاق الدوحة» الموقع أمس.",
    ]);
    speaker(case, &qs, "زيادة عدد المقيمين", Some("نقابة الأطباء"));
    speaker(case, &qs, "حل الأزمة قبل الشتاء", Some("المحافظ"));
    // After a verb whose بـ object is a thing, the span joined to بـ names it.
    no_quote(case, &qs, "اتفاق الدوحة");
}

#[test]
fn a_form_of_address_is_neither_name_nor_role() {
    let case = "honorifics";
    let qs = run(&[
        "وقال معالي وزير النقل المهندس فارس الزعبي: «الخط الجديد يفتتح في الربيع».",
        "وقال سعادة السفير: «العلاقات في أفضل حالاتها».",
    ]);
    speaker(case, &qs, "الخط الجديد", Some("فارس الزعبي"));
    let q = quote(case, &qs, "الخط الجديد");
    assert_eq!(
        q.speaker_role.as_deref(),
        Some("وزير النقل"),
        "{case}: role"
    );
    speaker(case, &qs, "العلاقات في", Some("السفير"));
}

#[test]
fn a_name_whose_first_part_has_the_article_stands_in_apposition() {
    let case = "definite-name";
    let qs = run(&["وقال رئيس البلدية، الهادي بن صالح، إن «الأشغال تنتهي الشهر المقبل»."]);
    speaker(case, &qs, "الأشغال تنتهي", Some("الهادي بن صالح"));
    // A descriptor with ال after the title is still no name.
    let qs = run(&["وقال وزير الداخلية، المكلف بالملف، إن «التحقيق مستمر»."]);
    let q = quote(case, &qs, "التحقيق مستمر");
    assert_ne!(
        q.speaker.as_deref(),
        Some("المكلف بالملف"),
        "{case}: descriptor"
    );
}

#[test]
fn a_cue_word_after_a_verb_of_refusing_is_a_verbal_noun() {
    let case = "verbal-noun";
    let qs = run(&["وقالت موظفة رفضت ذكر اسمها: «لم نتقاض رواتبنا منذ شهرين»."]);
    speaker(case, &qs, "لم نتقاض", Some("موظفة"));
}

#[test]
fn an_adverb_may_stand_between_a_quote_and_its_cue() {
    let case = "back-reference";
    let qs = run(&["«الصبر نفد»، هكذا وصف أحد التجار حال السوق."]);
    speaker(case, &qs, "الصبر نفد", Some("أحد التجار"));
}

#[test]
fn a_person_named_in_apposition_earlier_in_the_sentence_is_the_pronoun_cue() {
    let case = "intro-apposition";
    let qs = run(&[
        "وقال المدرب: «اللاعبون قدموا كل شيء».",
        "ولم تخف رئيسة النادي، منى الحسن، غضبها من التحكيم، إذ قالت: «سنقدم شكوى رسمية».",
    ]);
    speaker(case, &qs, "سنقدم شكوى", Some("منى الحسن"));
}

#[test]
fn but_he_is_a_pronoun_not_a_speaker() {
    let case = "but-he";
    let qs = run(&[
        "ويرى الخبير الاقتصادي، سامر الدقاق، أن «الأسعار ستستقر»، لكنه يحذر من أن «الرواتب لن تلحق بها».",
    ]);
    speaker(case, &qs, "الرواتب لن", Some("سامر الدقاق"));
}

#[test]
fn attributing_closing_and_frequency_words() {
    let case = "azā-yakhtim-mirāran";
    let qs = run(&[
        "وعزت مديرة المستشفى، نادية فرحات، التأخير إلى «نقص حاد في الممرضين».",
        "«لن نغلق أي قسم»، تختم فرحات.",
        "وحذرت الجمعية مرارا من أن «الأسعار ستتضاعف».",
    ]);
    speaker(case, &qs, "نقص حاد", Some("نادية فرحات"));
    speaker(case, &qs, "لن نغلق", Some("نادية فرحات"));
    speaker(case, &qs, "الأسعار ستتضاعف", Some("الجمعية"));
}

#[test]
fn the_ba_of_known_as_introduces_a_name() {
    let case = "known-as";
    let qs = run(&[
        "وأفادت الشرطة بوقوع اشتباكات مع أفراد ما يعرف بـ\"عصابة الجسر القديم\" قرب المرفأ.",
        "وقالت المهندسة المعمارية ريما خوري: «المبنى لا يحتمل طابقا إضافيا».",
    ]);
    no_quote(case, &qs, "عصابة الجسر القديم");
    let q = quote(case, &qs, "المبنى لا يحتمل");
    assert_eq!(
        q.speaker_role.as_deref(),
        Some("المهندسة المعمارية"),
        "{case}: an honorific with ال at the head of a role stays"
    );
}

#[test]
fn conjugated_cues_attribute_like_listed_ones() {
    // تستدرك and يتساءلون are made from their principal parts, listed nowhere as written.
    let qs = run(&[
        "قالت مديرة المدرسة هالة منصور إن «الامتحانات ستجري في موعدها».",
        "«لكننا لا نملك كتبا كافية للجميع»، تستدرك منصور.",
        "ويتساءل أولياء الأمور: «من سيدفع ثمن النسخ الإضافية؟»",
    ]);
    speaker("feminine present", &qs, "لكننا لا نملك", Some("هالة منصور"));
    speaker("plural present", &qs, "من سيدفع", Some("أولياء الأمور"));
}

#[test]
fn a_nationality_before_a_name_is_no_object() {
    // A verb in no table: its subject is a runner named after his nationality.
    let qs = run(&[
        "وتوجت العداءة الإثيوبية هيوان ديريبا بلقب السباق، وقالت بعد خط النهاية: «كان الحر قاسيا».",
    ]);
    speaker("nisba name", &qs, "كان الحر قاسيا", Some("هيوان ديريبا"));
    // A document's adjective before an object is not a nationality.
    let qs = run(&["ووصف التقرير السنوي قرار الحكومة بأنه «متسرع وغير مدروس»."]);
    speaker(
        "document object",
        &qs,
        "متسرع وغير مدروس",
        Some("التقرير السنوي"),
    );
}

#[test]
fn a_name_ends_before_a_preposition_with_the_article() {
    let qs = run(&["قال المدرب البلجيكي توماس موريس للصحفيين: «نحتاج إلى الصبر»."]);
    speaker("لل", &qs, "نحتاج إلى الصبر", Some("توماس موريس"));
    let qs =
        run(&["وفاز الدراج الكولومبي خوان ريستريبو بالمرحلة الرابعة، وقال: «الصعود كان جميلا»."]);
    speaker("بال", &qs, "الصعود كان جميلا", Some("خوان ريستريبو"));
}

#[test]
fn a_body_with_a_lam_complement_has_no_personal_name() {
    let qs = run(&["وقال الاتحاد التونسي لكرة اليد في بلاغ إن «المباراة ستعاد»."]);
    speaker(
        "body",
        &qs,
        "المباراة ستعاد",
        Some("الاتحاد التونسي لكرة اليد"),
    );
    // After a person's role, a name may start with ل.
    let qs = run(&["وقالت الباحثة المغربية لبنى الودغيري إن «العينة صغيرة»."]);
    speaker("person", &qs, "العينة صغيرة", Some("لبنى الودغيري"));
}

#[test]
fn a_titled_apposition_outweighs_a_name_read_inside_a_long_title() {
    let qs =
        run(&["وقال وزير الزراعة والثروة السمكية، الدكتور سالم بن حمد الراشدي، إن «الموسم واعد»."]);
    speaker(
        "apposition",
        &qs,
        "الموسم واعد",
        Some("سالم بن حمد الراشدي"),
    );
}

#[test]
fn a_circumstance_with_a_pronoun_ends_the_subject() {
    let qs = run(&["وقالت اللجنة في خلاصة تقريرها إن «المشروع متأخر عامين»."]);
    speaker("في … suffix", &qs, "المشروع متأخر عامين", Some("اللجنة"));
}

#[test]
fn words_that_refer_back_to_a_quote_stand_before_its_cue() {
    let qs =
        run(&["«لن نتراجع عن حقنا في التعويض»، بهذه الكلمات ختم المحامي رامي الصفدي مرافعته."]);
    speaker("بهذه الكلمات", &qs, "لن نتراجع", Some("رامي الصفدي"));
}

#[test]
fn a_name_after_an_indefinite_plural_naming_noun_is_no_quote() {
    let qs = run(&["ونشر الأهالي الصور عبر صفحات «فيسبوك»، وقال أحدهم إن «المياه وصلت إلى الركب»."]);
    no_quote("plural naming noun", &qs, "فيسبوك");
    speaker("after it", &qs, "المياه وصلت", Some("أحدهم"));
}

#[test]
fn a_proclitic_written_apart_is_no_speaker() {
    let qs = run(&[
        "وتحدث رئيس اتحاد الصيادين ماهر العنزي عن الموسم، وطالب بـ«دعم عاجل للقوارب الصغيرة».",
    ]);
    speaker("lone بـ", &qs, "دعم عاجل", Some("ماهر العنزي"));
}

#[test]
fn a_circumstantial_participle_is_no_speaker() {
    let qs = run(&[
        "وقال المخرج وليد سمعان إن فيلمه «رسالة حب للمدينة»، ثم أضاف ممازحا: «والميزانية كانت صغيرة جدا».",
        "وردت المحامية رنا فخري على الاتهام، ثم علقت مبتسمة: «القانون واضح»، وقال مبتسما المحامي الآخر: «سنرى».",
    ]);
    speaker("hal", &qs, "والميزانية", Some("وليد سمعان"));
    speaker("hal before the subject", &qs, "سنرى", Some("المحامي الآخر"));
}

#[test]
fn a_feminine_body_after_a_masculine_verb_is_its_object() {
    let qs = run(&[
        "وقال نقيب المعلمين جمال الحسيني إن الرواتب لا تكفي. وطالب الوزارة بـ«زيادة فورية في الأجور».",
        "وحذرت الهيئة من التأخير، وأوضحت الهيئة أن «المخزون يكفي شهرا».",
        "وفي رد الجامعة على الطلبة، جاء أن القرار «نهائي».",
    ]);
    speaker("masculine verb", &qs, "زيادة فورية", Some("جمال الحسيني"));
    speaker("feminine verb", &qs, "المخزون يكفي", Some("الهيئة"));
    speaker("verbal noun", &qs, "نهائي", Some("الجامعة"));
}

#[test]
fn a_body_addressed_in_the_same_sentence_is_the_object() {
    let qs = run(&[
        "وقالت مديرة الجمعية نوال البزاز إن مئات الأسر بلا مأوى، وناشدت البلدية بـ«فتح المدارس للإيواء».",
        "وناشدت البلدية بـ«فتح المدارس للإيواء فورا».",
    ]);
    speaker("addressee", &qs, "فتح المدارس للإيواء", Some("نوال البزاز"));
    speaker(
        "no earlier speaker",
        &qs,
        "فتح المدارس للإيواء فورا",
        Some("البلدية"),
    );
}

#[test]
fn a_one_word_span_after_a_body_name_abbreviates_it() {
    let qs = run(&[
        "وبحسب تقرير صادر عن منظمة الأغذية والزراعة للأمم المتحدة «فاو»، فإن «المحصول تراجع بنسبة الثلث».",
        "وأطلقت الشركة تطبيقا جديدا تحت اسم «سند»، وقال مديرها إن «التحميل مجاني».",
    ]);
    no_quote("abbreviation", &qs, "فاو");
    no_quote("تحت اسم", &qs, "سند");
    speaker("after it", &qs, "التحميل مجاني", Some("مديرها"));
    // A one-word quote after a verb's object stays a quote.
    let qs = run(&["وقال الوزير إن الاتفاق «تاريخي»."]);
    speaker("statement", &qs, "تاريخي", Some("الوزير"));
}

#[test]
fn a_name_inside_a_titles_complement_yields_to_the_apposition() {
    let qs = run(&[
        "وقال أستاذ القانون في جامعة الأمير عبد القادر، الدكتور نذير بوشامة، إن «النص غامض».",
    ]);
    speaker("apposition", &qs, "النص غامض", Some("نذير بوشامة"));
}

#[test]
fn a_clause_withholding_the_name_ends_the_description() {
    let qs = run(&[
        "ونقلت الإذاعة عن ضابط في الدفاع المدني رفض الكشف عن اسمه قوله إن «الحريق تحت السيطرة».",
        "وقالت موظفة في البلدية فضلت عدم الكشف عن هويتها إن «الرواتب لم تصرف».",
        "«البضاعة واقفة في الميناء من شهرين»، يقول مستورد أدوية طلب عدم ذكر اسمه.",
    ]);
    speaker(
        "after عن … قوله",
        &qs,
        "الحريق تحت",
        Some("ضابط في الدفاع المدني"),
    );
    speaker(
        "after the verb",
        &qs,
        "الرواتب لم",
        Some("موظفة في البلدية"),
    );
    speaker("quote first", &qs, "البضاعة", Some("مستورد أدوية"));
}

#[test]
fn a_word_of_time_with_no_noun_after_it_describes_the_source() {
    let qs = run(&[
        "ونقلت الإذاعة عن مسؤول مطلع على الملف أن الاتفاق «سيوقع الشهر المقبل».",
        "وقال الوزير مطلع الأسبوع إن الميزانية «جاهزة».",
    ]);
    speaker("adjective", &qs, "سيوقع", Some("مسؤول مطلع"));
    speaker("time", &qs, "جاهزة", Some("الوزير"));
}

#[test]
fn a_present_verb_after_an_indefinite_description_opens_a_clause() {
    let qs = run(&["وقالت شاهدة عيان تسكن في الحي المجاور إن الدخان «غطى السماء»."]);
    speaker("clause", &qs, "غطى السماء", Some("شاهدة عيان"));
}

#[test]
fn a_bare_title_whose_first_letter_is_a_proclitic_is_an_office() {
    // وكيلة and وزير open with a letter that is also a proclitic (و); a name after them
    // that opens with ل (لينا) is the name, not a complement with لـ.
    let qs = run(&[
        "وقالت وكيلة الوزارة لينا منصور: «الطلبات ستفتح الأحد».",
        "وصرح وزير النقل لؤي عبد الستار بأن الطريق «سيفتح قريبا».",
    ]);
    for (head, name, role) in [
        ("الطلبات", "لينا منصور", "وكيلة الوزارة"),
        ("سيفتح", "لؤي عبد الستار", "وزير النقل"),
    ] {
        let q = quote("office", &qs, head);
        assert_eq!(
            q.speaker.as_deref(),
            Some(name),
            "office: speaker of {head:?}"
        );
        assert_eq!(
            q.speaker_role.as_deref(),
            Some(role),
            "office: role of {head:?}"
        );
    }
}

#[test]
fn a_plural_naming_noun_whose_first_letter_is_a_proclitic_names_the_span() {
    let qs = run(&[
        "وأضاف أن وكالات «الأخبار الإقليمية المستقلة» تابعت الرواية.",
        "وقال المتحدث: «لم نؤكدها بعد».",
    ]);
    no_quote("plural naming noun", &qs, "الأخبار الإقليمية المستقلة");
    quote("plural naming noun", &qs, "لم نؤكدها");
}

#[test]
fn an_indefinite_description_with_a_complement_names_no_one() {
    let qs = run(&[
        "وقال عامل في السنة الخامسة بمصنع الإسمنت إن الأجور «لم تتغير».",
        "«نخرج قبل الفجر»، يقول أحد الصيادين في مرفأ القرية بجزيرة أرواد.",
        "وقال مدير المستشفى في المدينة سامر حداد إن الأسرة «ممتلئة».",
    ]);
    speaker(
        "description",
        &qs,
        "لم تتغير",
        Some("عامل في السنة الخامسة بمصنع الإسمنت"),
    );
    speaker(
        "partitive",
        &qs,
        "نخرج قبل",
        Some("أحد الصيادين في مرفأ القرية بجزيرة أرواد"),
    );
    speaker("title in construct", &qs, "ممتلئة", Some("سامر حداد"));
}

#[test]
fn a_name_spelled_like_a_preposition_once_folded() {
    // علي folds like على: written with ي and followed by a name's parts up to إن, a colon
    // or a comma, it is the name; on its own before a noun of circumstance it is the
    // preposition as some papers spell it.
    let qs = run(&[
        "وقال علي حمدان الساعدي إن المحصول «تضرر كثيرا».",
        "وأوضح منير علي عبد الصمد، الخبير الزراعي، أن الأمطار «تأخرت».",
        "وقال علي هامش الندوة إن الحل «قريب».",
    ]);
    speaker("first part", &qs, "تضرر", Some("علي حمدان الساعدي"));
    speaker("inside", &qs, "تأخرت", Some("منير علي عبد الصمد"));
    speaker(
        "preposition spelled علي",
        &qs,
        "قريب",
        Some("منير علي عبد الصمد"),
    );
}

#[test]
fn three_first_names_and_a_family_name_closed_by_the_introducer() {
    let qs = run(&[
        "وقال سامر حمدان خليل الساعدي إن الموسم «انتهى مبكرا».",
        "وقال المتحدث باسم الاتحاد، نزار فؤاد جميل الراوي، إن المباراة «ستقام».",
    ]);
    speaker("before إن", &qs, "انتهى", Some("سامر حمدان خليل الساعدي"));
    speaker(
        "between commas",
        &qs,
        "ستقام",
        Some("نزار فؤاد جميل الراوي"),
    );
}

#[test]
fn words_that_refer_back_reach_across_the_full_stop() {
    let qs = run(&[
        "«سنعود إلى الأرض مهما طال الغياب». بهذه العبارة ختم المزارع سالم حداد حديثه.",
        "«الموسم انتهى». ثم غادر الجميع القاعة.",
    ]);
    speaker("back reference", &qs, "سنعود", Some("سالم حداد"));
    speaker("no back reference", &qs, "الموسم انتهى", None);
}

#[test]
fn a_verb_in_no_table_whose_named_subject_runs_to_a_colon() {
    let qs = run(&[
        "ويقاطعه زميله المهندس رامي عبد النور: «المشكلة في التمويل».",
        "وفي الجلسة، قالت النائبة هدى سالم إن «القانون ناقص». ويسجل فراس الحلبي: «لا تعليق».",
        "وتراجعت الأسعار: «انخفاض مؤقت» كما وصفته الصحف.",
    ]);
    speaker("colon", &qs, "المشكلة", Some("رامي عبد النور"));
    speaker(
        "cue in the sentence before",
        &qs,
        "القانون ناقص",
        Some("هدى سالم"),
    );
    speaker("after a sentence end", &qs, "لا تعليق", Some("فراس الحلبي"));
    speaker("no person", &qs, "انخفاض مؤقت", None);
}

#[test]
fn what_an_agency_passed_on_is_its_sources() {
    let qs = run(&[
        "وبحسب ما نقلته إذاعة «المدينة» عن نقابة الأطباء، فإن المستشفيات «تعمل بنصف طاقتها».",
        "وكانت وزيرة النقل، سعاد المهيري، قد زارت الميناء أمس، ونقلت عنها صحيفة «الأيام» قولها إن الأشغال «ستنتهي في الربيع».",
        "وبحسب ما نشرته صحيفة «الأيام» عن الميناء، فإن الحركة «عادت».",
    ]);
    speaker("ما نقلته … عن", &qs, "تعمل بنصف", Some("نقابة الأطباء"));
    speaker("عنها", &qs, "ستنتهي", Some("سعاد المهيري"));
    speaker("not a transmission", &qs, "عادت", Some("صحيفة الأيام"));
}

#[test]
fn a_pronoun_cue_with_no_agreeing_speaker_takes_the_person_introduced() {
    let qs = run(&[
        "وفي السوق، تجلس البائعة نوال حسن إبراهيم أمام صناديق الطماطم منذ الفجر.",
        "وقال المسؤول في البلدية، كمال الجبوري، إن الأسعار «سترتفع».",
        "«لا أحد يشتري»، تقول وهي ترتب الصناديق.",
    ]);
    speaker("introduced", &qs, "لا أحد يشتري", Some("نوال حسن إبراهيم"));
    speaker("speaker", &qs, "سترتفع", Some("كمال الجبوري"));
}

#[test]
fn maghreb_and_long_names_in_apposition() {
    let qs = run(&[
        "وقالت مديرة المهرجان، العالية الزياني، إن الدورة «ستكون الأكبر».",
        "أما رئيس البلدية، عبد اللطيف سالم المختار الزواري، فحمّل الشركة المسؤولية، معتبرا أن الأشغال «تأخرت كثيرا».",
        "وقال المدرب، الإيطالي الشهير، إن الفريق «يحتاج وقتا».",
    ]);
    speaker("two nisba shapes", &qs, "ستكون", Some("العالية الزياني"));
    speaker(
        "two family names",
        &qs,
        "تأخرت",
        Some("عبد اللطيف سالم المختار الزواري"),
    );
    speaker("adjectives", &qs, "يحتاج", Some("المدرب"));
}

#[test]
fn a_titles_complement_before_a_name_in_apposition() {
    let qs = run(&[
        "وأكد السفير الأردني لدى لبنان، وليد الخطيب، أن الجالية «بخير».",
        "وأشار الوزير إلى المشروع، وقال إن العمل «مستمر».",
    ]);
    speaker("لدى", &qs, "بخير", Some("وليد الخطيب"));
    speaker("no apposition", &qs, "مستمر", Some("الوزير"));
}

#[test]
fn a_title_and_its_apposition_before_the_verb() {
    let qs = run(&[
        "رئيس الاتحاد، المهندس سامر الحلبي، قال إن الملعب «سيفتتح قريبا».",
        "غير أن مديرة المدرسة، سلوى عيسى، طالبت بـ«زيادة الحصص».",
    ]);
    speaker("sentence start", &qs, "سيفتتح", Some("سامر الحلبي"));
    speaker("after أن", &qs, "زيادة الحصص", Some("سلوى عيسى"));
}

#[test]
fn a_system_named_in_quotes() {
    let qs = run(&[
        "وطلبت الإدارة تسجيل الغياب عبر منظومة «نبراس»، وهو ما نفته الوزارة، وقال الوزير إن العمل «مستمر».",
    ]);
    no_quote("system", &qs, "نبراس");
    speaker("statement", &qs, "مستمر", Some("الوزير"));
}

#[test]
fn a_two_word_attribution_after_the_verb_names_the_source() {
    let qs = run(&[
        "وجاء على لسان مديرة المستشفى، رنا حداد، أن الأسرة «ممتلئة».",
        "وجاء رد الحكومة سريعا، وقال الناطق إن الاتهامات «باطلة».",
    ]);
    speaker("جاء على لسان", &qs, "ممتلئة", Some("رنا حداد"));
    speaker("جاء رد", &qs, "باطلة", Some("الناطق"));
}

#[test]
fn a_court_states_its_ruling() {
    let qs = run(&[
        "وكانت محكمة الاستئناف الإدارية قد قضت، الإثنين، بأن العقد «باطل من أساسه».",
        "وقضى مجلس الدولة بأن القرار «لا يستند إلى نص».",
    ]);
    speaker("auxiliary", &qs, "باطل من", Some("محكمة الاستئناف الإدارية"));
    speaker("verb first", &qs, "لا يستند", Some("مجلس الدولة"));
}

#[test]
fn a_name_particle_after_a_governed_word_and_a_possessed_object() {
    let qs = run(&[
        "وافتتح المهندس سليم عبد الرزاق أبو حمدان معرضه الأول، وقال إن اللوحات «حصيلة عشر سنوات».",
        "وعرضت الفنانة التشكيلية ريما أبو شقرا لوحاتها، وقالت إنها «رسائل إلى مدينتها».",
    ]);
    speaker(
        "أبو after عبد الرزاق",
        &qs,
        "حصيلة",
        Some("سليم عبد الرزاق أبو حمدان"),
    );
    speaker("possessed object", &qs, "رسائل", Some("ريما أبو شقرا"));
}

#[test]
fn a_bare_name_in_apposition_after_a_title_with_a_lam_complement() {
    let qs = run(&[
        "«نعمل على مدار الساعة»، قالت المديرة العامة للهيئة الوطنية لحماية المستهلك، هدى فريد الشامي، في مؤتمر صحفي.",
    ]);
    speaker("لـ complement", &qs, "نعمل", Some("هدى فريد الشامي"));
}

#[test]
fn a_manner_a_preposition_with_its_pronoun_and_an_object_with_ba_name_no_one() {
    let qs = run(&[
        "وقالت المعلمة سهى الخياط إن المدرسة «بلا تدفئة»، ثم أضافت ساخرة: «سنأتي بمعاطفنا»، قبل أن يصيح أحد التلاميذ، ثم أضاف غاضبا: «نريد صفا دافئا».",
        "وقال الوزير فادي حمدان إن الخطة «جاهزة». والتقى حمدان ممثلين عن المزارعين، وتعهد أمامهم بأن «الدعم سيصل».",
        "وقال المدرب كمال الراشد إن الفوز «مستحق». وأضاف، بعدما أشاد بالحارس الشاب: «هذا جيل جديد».",
    ]);
    speaker("participle of manner", &qs, "نريد صفا", Some("أحد التلاميذ"));
    speaker(
        "preposition with pronoun",
        &qs,
        "الدعم سيصل",
        Some("فادي حمدان"),
    );
    speaker(
        "object with بـ after بعدما",
        &qs,
        "هذا جيل",
        Some("كمال الراشد"),
    );
}

#[test]
fn the_subject_of_a_verb_after_a_fronted_adverbial() {
    let qs = run(&[
        "وقال المحافظ سالم العتيبي إن الأضرار «كبيرة». وأمام مدرسة الحي المهدمة، وقفت إحدى الأمهات تبحث عن حقيبة ابنها، وقالت: «لم يبق لنا شيء».",
        "وقال المحافظ سالم العتيبي إن الأضرار «كبيرة». وعند مدخل السوق القديم، جلس الحرفي المسن يوسف الطحان يرمم بابه، وقال: «سنعيد البناء».",
    ]);
    speaker("partitive", &qs, "لم يبق", Some("إحدى الأمهات"));
    speaker("title and name", &qs, "سنعيد", Some("يوسف الطحان"));
}

#[test]
fn a_family_name_with_al_closed_by_a_plain_word_before_the_comma() {
    let qs = run(&[
        "وقال رامي فؤاد الحاج حسن، مدير المرفأ، إن الأعمال «ستنتهي قريبا».",
        "وانتقد النائب وليد شكري تصريحات الوزير، وقال: «الأرقام لا تتغير».",
    ]);
    speaker("الحاج حسن", &qs, "ستنتهي", Some("رامي فؤاد الحاج حسن"));
    speaker("a verb with an object", &qs, "الأرقام", Some("وليد شكري"));
}

#[test]
fn a_platform_after_its_noun_and_adjective_and_a_named_technique() {
    let qs = run(&[
        "وأكدت الجمعية، في منشور عبر صفحتها الرسمية على «تيك توك»، أنها ستواصل الحملة، مضيفة أن التبرعات «تضاعفت».",
        "واحتسب الحكم ركلة جزاء بعد العودة إلى تقنية «الفار»، وقال المدرب إن القرار «صحيح».",
    ]);
    no_quote("platform after an adjective", &qs, "تيك توك");
    speaker("after the platform", &qs, "تضاعفت", Some("الجمعية"));
    no_quote("technique", &qs, "الفار");
    speaker("after the technique", &qs, "صحيح", Some("المدرب"));
}

#[test]
fn the_topic_of_amma_is_the_subject_of_the_verb_after_its_fa() {
    let qs = run(&[
        "وقالت الوزيرة إن الموسم «ناجح». أما المزارع حسن البدوي فرفع صوته أمام الحضور: «لم نر شيئا من الدعم».",
        "وقال المحافظ إن الطريق «سيفتح». أما الحلاق سمير الدباغ، فيلخص حاله بجملة واحدة: «الزبائن هجروا السوق».",
        "وقال الحكم إن القرار «صحيح». أما رئيس النادي فوصف التحكيم بأنه «فضيحة».",
        "أما المشروع فوصفه الوزير بأنه «رائد في المنطقة».",
    ]);
    speaker("the person after the verb", &qs, "رائد", Some("الوزير"));
    speaker(
        "colon after its verb's complement",
        &qs,
        "لم نر",
        Some("حسن البدوي"),
    );
    speaker(
        "a comma after the topic",
        &qs,
        "الزبائن",
        Some("سمير الدباغ"),
    );
    speaker(
        "a cue verb with an object",
        &qs,
        "فضيحة",
        Some("رئيس النادي"),
    );
}

#[test]
fn a_body_named_in_full_without_a_quote_is_named_again_by_its_head() {
    let qs = run(&[
        "أعلنت الهيئة العامة للأرصاد الجوية في الأردن، صباح الأحد، رفع درجة التحذير، وقالت الهيئة إن المنخفض «الأقوى منذ عقد».",
        "وأعلنت إدارة المهرجان جائزة «الراوي الصغير» للأطفال، وبحسب إدارة المهرجان: «سيشارك فيها مئة طفل».",
    ]);
    speaker("head", &qs, "الأقوى", Some("الهيئة العامة للأرصاد الجوية"));
    speaker(
        "a mention of two words names itself",
        &qs,
        "سيشارك",
        Some("إدارة المهرجان"),
    );
}

#[test]
fn the_text_of_a_document_is_the_document() {
    let qs = run(&["وجاء في نص المرسوم، الذي نشرته الجريدة الرسمية، أن المجلس «يحل فورا»."]);
    speaker("نص", &qs, "يحل فورا", Some("نص المرسوم"));
}

#[test]
fn a_known_speaker_named_short_after_the_sentence_verb() {
    let qs = run(&[
        "وقال مدرب الفريق، الإسباني خوان-كارلوس مورينو، إن اللاعبين «قدموا كل شيء».",
        "وحمّل مورينو الحكم سامي العطار مسؤولية الخسارة، معتبرا أن الهدف «جاء من تسلل واضح».",
    ]);
    speaker(
        "short mention",
        &qs,
        "جاء من تسلل",
        Some("خوان-كارلوس مورينو"),
    );
}

#[test]
fn a_quote_after_the_sentence_that_introduces_its_speaker() {
    let qs = run(&[
        "وقال المحافظ إن المياه «انحسرت». قرب الجسر المهدم، تنشر منى سعيد الحلو ثيابها المبللة على السور. «لم يبق في البيت شيء»، تقول.",
        "وقال المحافظ إن المياه «انحسرت». يجلس كريم عادل منصور، وهو صياد منذ ثلاثين عاما، قرب قاربه المقلوب. «البحر أخذ كل شيء».",
        "وقال المحافظ إن المياه «انحسرت». رفع ماهر سليم الجبوري صورة ابنه فوق رأسه. «أين ابني؟»، قال.",
    ]);
    speaker(
        "pronoun cue after the quote",
        &qs,
        "لم يبق",
        Some("منى سعيد الحلو"),
    );
    speaker("no cue", &qs, "البحر", Some("كريم عادل منصور"));
    // The name runs on into the verb's object here: no speaker rather than a wrong one.
    speaker("run on into the object", &qs, "أين ابني", Some("المحافظ"));
}

#[test]
fn english_text_gets_no_speaker_from_the_sentence_before() {
    let qs = run(&[
        "The reading course, by contrast, left more room for practice. “We doubled the hours,” she said.",
        "The new clinic, in the old market, opens at nine. “It keeps me calm.”",
    ]);
    speaker("pronoun after an English sentence", &qs, "We doubled", None);
    speaker("no cue after an English sentence", &qs, "It keeps", None);
}

#[test]
fn a_manner_with_ba_is_no_speaker_and_ends_one() {
    let qs = run(&[
        "وقال رئيس البلدية كمال الدباغ إن السوق «ستفتح غدا». وتضيف الموظفة سهى قرداحي بنبرة حازمة: «لن نتأخر يوما واحدا».",
        "وقال رئيس البلدية كمال الدباغ إن السوق «ستفتح غدا». ثم ردّ بهدوء: «الأرصفة جاهزة».",
    ]);
    speaker(
        "manner after the subject",
        &qs,
        "لن نتأخر",
        Some("سهى قرداحي"),
    );
    speaker("manner alone", &qs, "الأرصفة", Some("كمال الدباغ"));
}

#[test]
fn a_participle_goes_to_the_subject_written_before_the_sentences_verb() {
    let qs = run(&[
        "وقال الوزير حامد الراشد إن المشروع «مكتمل». لكن عضو لجنة المالية النائبة ريم عادل الشامي اعترضت بشدة، مؤكدة أن الأرقام «لا تطابق الواقع».",
    ]);
    speaker(
        "opener, title, feminine title before the name",
        &qs,
        "لا تطابق",
        Some("ريم عادل الشامي"),
    );
}

#[test]
fn a_place_with_ba_after_a_title_yields_to_the_name_after_the_comma() {
    let qs = run(&[
        "وقال نائب رئيس غرفة الصيد البحري بالمهدية، الحبيب بن يوسف القلال، إن المراكب «عادت فارغة».",
        "وأكد مدير المعهد بقابس، نزار عمر الهمامي، أن الدروس «ستستأنف الاثنين».",
    ]);
    speaker(
        "long title, بـplace",
        &qs,
        "عادت فارغة",
        Some("الحبيب بن يوسف القلال"),
    );
    speaker(
        "short title, بـplace",
        &qs,
        "ستستأنف",
        Some("نزار عمر الهمامي"),
    );
}

#[test]
fn a_first_name_with_al_before_ben_after_a_title_is_part_of_the_name() {
    let qs = run(&[
        "وقال الوالي الطاهر بن حمودة الشريف إن الطريق «ستفتح قبل الصيف».",
        "وقال رئيس البلدية، الجزائري المختار ولد الشيخ، إن الحي «لن يهدم».",
        "وقال الوالي بن حمودة إن الجسر «آمن».",
    ]);
    speaker(
        "title, ال first name, بن",
        &qs,
        "ستفتح",
        Some("الطاهر بن حمودة الشريف"),
    );
    speaker(
        "apposition, nisba, ال first name, ولد",
        &qs,
        "لن يهدم",
        Some("المختار ولد الشيخ"),
    );
    // The title itself before بن is no first name.
    speaker("title, بن", &qs, "آمن", Some("بن حمودة"));
}

#[test]
fn a_correspondent_and_a_participle_of_manner_are_never_the_speaker() {
    let qs = run(&[
        "وقالت المدربة سلوى الحداد إن الفريق «تعب كثيرا». «لكننا سنعود أقوى»، قالت ضاحكة.",
        "«المباراة انتهت»، قال الحارس نبيل عيسى لمراسل إذاعة «البلد» بعد الصافرة.",
        "وقال المحافظ وليد منصور: «الطرق مفتوحة». ثم أضاف مازحا: «إلا طريق بيتي».",
    ]);
    speaker("feminine participle", &qs, "لكننا", Some("سلوى الحداد"));
    speaker(
        "لمراسل after the name",
        &qs,
        "المباراة انتهت",
        Some("نبيل عيسى"),
    );
    speaker("masculine participle", &qs, "إلا طريق", Some("وليد منصور"));
}

#[test]
fn a_body_named_again_by_its_head_is_the_body_written_in_full() {
    let qs = run(&[
        "ونشرت هيئة الأرصاد الجوية العمانية تحذيرا للصيادين. وقالت الهيئة إن الأمواج «قد تصل إلى خمسة أمتار».",
        "وخفض البنك الأهلي الكويتي الأحد رسوم التحويل. وأوضح البنك أن الخطوة «تخدم صغار العملاء».",
    ]);
    speaker(
        "construct head",
        &qs,
        "قد تصل",
        Some("هيئة الأرصاد الجوية العمانية"),
    );
    speaker(
        "definite head, a day name after it",
        &qs,
        "تخدم",
        Some("البنك الأهلي الكويتي"),
    );
    // No earlier mention of the head (another article): the mention stays as written.
    let qs = run(&["ووصلت بعثة طبية إلى الميناء. وقالت الهيئة إن الشحنة «ستوزع غدا»."]);
    speaker("no full mention", &qs, "ستوزع", Some("الهيئة"));
}

#[test]
fn a_long_name_after_an_honorific_in_apposition_is_whole() {
    let qs = run(&[
        "وقال عميد الكلية، الدكتور سامر عادل حسين الكبيسي، في حفل التخرج، إن الدفعة «الأكبر منذ التأسيس».",
        "«الماء وصل أخيرا»، تقول رئيسة الجمعية، المهندسة هدى ناجي سعيد العبيدي، وهي تفتح الصنبور.",
    ]);
    speaker(
        "masculine, four parts",
        &qs,
        "الأكبر",
        Some("سامر عادل حسين الكبيسي"),
    );
    speaker(
        "feminine, quote first",
        &qs,
        "الماء وصل",
        Some("هدى ناجي سعيد العبيدي"),
    );
}

#[test]
fn a_noun_with_ba_after_a_verb_of_promising_is_its_object() {
    let qs = run(&[
        "وقالت رئيسة البلدية منى الصافي إن الحي «سيرمم». وأضافت أن الوزير تعهد بترميم المدرسة، مؤكدة أن العمل «يبدأ في الربيع».",
        "وقال النقابي سالم العتيبي إن العمال «غاضبون». وطالب بتعويضات عاجلة، مضيفا أن الشركة «تتهرب».",
    ]);
    speaker("تعهد بـ", &qs, "يبدأ", Some("منى الصافي"));
    speaker("طالب بـ", &qs, "تتهرب", Some("سالم العتيبي"));
}

#[test]
fn a_name_whose_first_part_has_al_right_after_the_verb_is_a_name() {
    let qs = run(&[
        "«السوق نائمة منذ الصيف»، يقول الهادي الزواري، بائع أقمشة في المدينة العتيقة.",
        "«لا أحد يشتري»، قال المختار بن سالم لجاره.",
    ]);
    speaker(
        "two words with ال, a description after the comma",
        &qs,
        "السوق نائمة",
        Some("الهادي الزواري"),
    );
    speaker("ال first part, بن", &qs, "لا أحد", Some("المختار بن سالم"));
}

#[test]
fn wad_joins_the_parts_of_a_sudanese_name() {
    let qs = run(&[
        "وكان والي الولاية، حسن الطيب ود الفكي، قد كتب على صفحته: «المزارعون ينتظرون المطر».",
    ]);
    speaker(
        "ود between two parts",
        &qs,
        "المزارعون",
        Some("حسن الطيب ود الفكي"),
    );
}

#[test]
fn a_span_after_a_verb_of_calling_by_a_name_is_a_name() {
    let case = "calling";
    let qs = run(&[
        "ويملك المقهى رجل سبعيني يناديه الزبائن «العم صالح»، وقال صاحب المحل المجاور إن المقهى «أقدم من الحي نفسه».",
        "وكان الصيادون يسمونها «أم البحر» منذ عقود.",
    ]);
    no_quote(case, &qs, "العم صالح");
    no_quote(case, &qs, "أم البحر");
    quote(case, &qs, "أقدم من الحي");
}

#[test]
fn a_long_name_closed_by_the_comma_after_a_reporting_verb_is_whole() {
    let qs = run(&[
        "«البيت راح»، قالت زينب سعيد علي الحداد، أرملة الصياد.",
        "وانتقد الناشط كمال زياد تصريحات المحافظ، وقال: «الوعود نفسها كل عام».",
    ]);
    speaker(
        "four parts, علي inside, comma",
        &qs,
        "البيت راح",
        Some("زينب سعيد علي الحداد"),
    );
    speaker(
        "a transitive verb's object is no part of the name",
        &qs,
        "الوعود نفسها",
        Some("كمال زياد"),
    );
}

#[test]
fn a_present_verb_after_a_description_with_a_complement_opens_a_clause() {
    let qs = run(&["«الطريق مغلق منذ الفجر»، يقول صياد من القرية يحمل شباكه نحو المرفأ."]);
    speaker(
        "description, complement, present verb",
        &qs,
        "الطريق مغلق",
        Some("صياد من القرية"),
    );
}

#[test]
fn a_body_or_place_with_ba_never_opens_a_name() {
    let qs = run(&[
        "وقالت غرفة العمليات المشتركة بولاية سنار إن الطريق «سيفتح خلال ساعات».",
        "وقال رئيس الجمعية بشير الخالدي إن المخزون «يكفي أسبوعا».",
    ]);
    speaker(
        "a body with its place",
        &qs,
        "سيفتح",
        Some("غرفة العمليات المشتركة بولاية سنار"),
    );
    // A first name that starts with ب stays a name.
    speaker("a name with ب", &qs, "يكفي", Some("بشير الخالدي"));
}

#[test]
fn a_feminine_noun_after_a_family_name_is_the_verbs_object() {
    let qs = run(&[
        "وقالت رانيا حسن العتيبي، مديرة المكتبة، إن الإقبال «تضاعف». وتدير العتيبي المكتبة منذ عشر سنوات، وتضيف: «القراء عادوا».",
    ]);
    speaker(
        "family name, feminine object, then a pronoun cue",
        &qs,
        "القراء عادوا",
        Some("رانيا حسن العتيبي"),
    );
}

#[test]
fn a_title_in_the_construct_state_with_a_country_after_lada_reaches_the_name() {
    let qs = run(&[
        "وقال سفير الاتحاد الأفريقي لدى ماليزيا، الكيني جوزيف موانغي، إن الاتفاق «يفتح الأسواق».",
    ]);
    speaker(
        "construct title, لدى, a country shaped like a participle",
        &qs,
        "يفتح",
        Some("جوزيف موانغي"),
    );
}

#[test]
fn a_verbs_spelling_inside_a_closed_name_is_part_of_it() {
    let qs = run(&[
        "«البحر أخذ كل شيء»، قال سامي طلب حسين الكندي، ابن الصياد.",
        "وقالت مصادر فضلت عدم الكشف عن هويتها إن الاجتماع «تأجل».",
    ]);
    speaker(
        "طلب as a name's part",
        &qs,
        "البحر أخذ",
        Some("سامي طلب حسين الكندي"),
    );
    // A description's clause that withholds the name is no part of it.
    speaker("a clause after a description", &qs, "تأجل", Some("مصادر"));
}

#[test]
fn now_after_the_verb_is_no_speaker() {
    let qs =
        run(&["«الماء لم يصل»، تقول المزارعة سعاد النور. وتتساءل الآن: «من يعوضنا عن الموسم؟»"]);
    speaker("الآن after the verb", &qs, "من يعوضنا", Some("سعاد النور"));
}

#[test]
fn a_noun_with_ba_and_a_pronoun_after_a_ba_verb_is_its_object() {
    let qs = run(&[
        "وقال مدرب الوداد، سمير الحداوي، إن فريقه «لعب بشجاعة». وبعد أن أشاد بمهاجمه الشاب، تساءل: «لماذا ألغي الهدف؟»",
    ]);
    speaker("أشاد بمهاجمه", &qs, "لماذا ألغي", Some("سمير الحداوي"));
}

#[test]
fn a_negation_before_the_sentences_verb_keeps_its_subject() {
    let qs = run(&[
        "وقال الحكم سالم الدوري إن القرار «صحيح». في الجهة الأخرى، لم يُخف مدرب نجم الساحل، ماهر عودة، غضبه من التحكيم، معتبرا أن اللجنة «ظلمت الفريق».",
    ]);
    speaker("لم before the verb", &qs, "ظلمت", Some("ماهر عودة"));
}

#[test]
fn an_occasion_after_in_ends_the_speaker() {
    let qs = run(&[
        "وقالت هيئة الطيران المدني في نشرة أسبوعية إن الرحلات «ستعود إلى جدولها المعتاد مطلع الشهر».",
        "وأوضح المتحدث باسم الشرطة في رده على سؤال للصحفيين أن التحقيق «لم يستبعد أي فرضية حتى الآن».",
        "وقالت النقابة في تعميم وزعته على أعضائها إن الإضراب «سيستمر حتى تلبية المطالب كاملة».",
    ]);
    speaker("bulletin", &qs, "ستعود إلى", Some("هيئة الطيران المدني"));
    speaker("reply", &qs, "لم يستبعد", Some("المتحدث باسم الشرطة"));
    speaker("circular", &qs, "سيستمر حتى", Some("النقابة"));
}

#[test]
fn a_one_letter_honorific_and_its_stop_open_the_name() {
    let qs = run(&[
        "وقال د. سامر خليل النجار إن الأرقام «تشير إلى تحسن بطيء لكنه ثابت».",
        "«الجسر بحاجة إلى صيانة عاجلة»، قالت م. رنا فهد العلي، مديرة المشروع.",
        "وقال أ.د. عمر حسن البنا إن البحث «يفتح بابا جديدا في علاج المرض».",
    ]);
    speaker("doctor", &qs, "تشير إلى", Some("سامر خليل النجار"));
    speaker("engineer, after", &qs, "الجسر بحاجة", Some("رنا فهد العلي"));
    speaker("professor doctor", &qs, "يفتح بابا", Some("عمر حسن البنا"));
}

#[test]
fn an_abbreviation_after_an_agency_with_proper_nouns_is_a_name() {
    let qs = run(&[
        "وأفاد تقرير للمرصد الوطني للهجرة، نشرته وكالة موريتانيا للأنباء «ومأ»، بأن «أعداد المهاجرين تضاعفت خلال العام».",
    ]);
    no_quote("agency", &qs, "ومأ");
    speaker(
        "agency",
        &qs,
        "أعداد المهاجرين",
        Some("المرصد الوطني للهجرة"),
    );
}

#[test]
fn a_brand_in_quotes_is_a_name() {
    let qs = run(&[
        "وقالت رئيسة التعاونية سعاد يوسف إن المنتجات التي تحمل علامة \"نخيل الواحة\" «صارت تجد مكانا في المتاجر الكبرى».",
    ]);
    no_quote("brand", &qs, "نخيل الواحة");
    speaker("brand", &qs, "صارت تجد", Some("سعاد يوسف"));
}

#[test]
fn a_name_opening_with_ya_after_a_possessed_title_is_whole() {
    let qs = run(&[
        "وقالت رئيستها سعاد يوسف إن المبيعات «تضاعفت هذا العام».",
        "وقال مديرها ياسر يحيى الخطيب إن العمال «يستحقون زيادة في الأجور».",
    ]);
    speaker("two parts", &qs, "تضاعفت", Some("سعاد يوسف"));
    speaker("three parts", &qs, "يستحقون", Some("ياسر يحيى الخطيب"));
}

#[test]
fn a_family_name_with_al_after_an_opening_verb_names_the_known_speaker() {
    let qs = run(&[
        "وقال النائب فهد سالم العتيبي إن الوزارة «لم تقدم أي تفسير مقنع». وطالب أحد السكان بـ«حل عاجل للأزمة». وعاد العتيبي في نهاية الجلسة ليعلن أن اللجنة ستستدعي الوزير، متسائلا: «إلى متى يستمر هذا الإهمال؟».",
    ]);
    speaker("opening verb", &qs, "إلى متى", Some("فهد سالم العتيبي"));
}

#[test]
fn a_title_alone_after_a_continuing_verb_is_the_speaker_on_the_floor() {
    let qs = run(&[
        "وقال رئيس نادي الشرطة، الإسباني خوان-كارلوس مورينو، إن الفريق «يستحق الفوز هذا الموسم».",
        "وأضاف المدرب، الذي تولى مهامه خلفا للمدرب الوطني كريم عبد الواحد، أن الدفاع «ارتكب أخطاء لا تغتفر».",
    ]);
    speaker(
        "continuation",
        &qs,
        "ارتكب أخطاء",
        Some("خوان-كارلوس مورينو"),
    );
}

/// A guard for the rule above: a person introduced right after the cue's verb, with no
/// sign between, is on the floor before the cue is resolved.
#[test]
fn a_person_introduced_in_the_cue_clause_completes_its_subject() {
    let qs = run(&["وانتقد النائب ماهر سليم تصريحات الوزير، وقال: «الوعود نفسها تتكرر كل عام»."]);
    speaker("own clause", &qs, "الوعود نفسها", Some("ماهر سليم"));
}

#[test]
fn a_naming_word_with_its_conjunction_opens_no_name() {
    let qs = run(&["وروى أحد الناجين، ويدعى كريم، أن القارب «انقلب في ثوان»."]);
    speaker("ويدعى", &qs, "انقلب", Some("كريم"));
}

#[test]
fn a_title_alone_after_a_continuing_verb_goes_no_further_back_than_the_last_speaker() {
    let qs = run(&[
        "وقالت المعلمة هدى سليمان إن الرواتب «لم تصرف منذ ثلاثة أشهر».",
        "ويضيف سائق الأجرة أن البنزين «صار أغلى من الخبز».",
        "وتابعت الوزيرة في حديثها للصحفيين: «لن نتراجع عن الإصلاحات».",
    ]);
    speaker("last speaker", &qs, "لن نتراجع", Some("الوزيرة"));
}

#[test]
fn a_reporting_verb_with_a_pronoun_after_a_quote_names_its_speaker() {
    let qs = run(&[
        "«المطر أغرق كل المحصول»، قالها أبو سالم بحسرة وهو يقف على حافة الحقل.",
        "«لن نغادر بيوتنا مهما حدث»، قالتها منى يوسف أمام الكاميرات.",
    ]);
    speaker("قالها", &qs, "المطر أغرق", Some("أبو سالم"));
    speaker("قالتها", &qs, "لن نغادر", Some("منى يوسف"));
}

#[test]
fn a_place_in_a_long_title_is_not_the_name() {
    let qs = run(&[
        "وقالت عضوة المجلس البلدي لمدينة جبيل ريما فؤاد الحاج إن الميناء «يحتاج إلى ترميم عاجل».",
        "وقال مراسل الإذاعة في حلب كمال يوسف إن المدينة «تعيش على المولدات منذ أسابيع».",
        "وقالت الممثلة المقيمة لبرنامج الأغذية العالمي لينا سامي داود إن المخزون «يكفي لشهر واحد».",
    ]);
    speaker("لمدينة", &qs, "يحتاج إلى", Some("ريما فؤاد الحاج"));
    speaker("في", &qs, "تعيش على", Some("كمال يوسف"));
    speaker("لبرنامج", &qs, "يكفي لشهر", Some("لينا سامي داود"));
    let q = quote("لبرنامج", &qs, "يكفي لشهر");
    assert_eq!(
        q.speaker_role.as_deref(),
        Some("الممثلة المقيمة لبرنامج الأغذية العالمي"),
        "لبرنامج: field `speaker_role`"
    );
}

#[test]
fn a_body_in_a_place_keeps_its_name_whole() {
    let qs = run(&[
        "وقال مسؤول في بلدية طرابلس إن العمال «لم يتقاضوا أجورهم منذ شهرين».",
        "وقال الوزير لبرنامج «حديث الساعة» إن الخطة «ستنفذ على ثلاث مراحل».",
    ]);
    speaker(
        "body after في",
        &qs,
        "لم يتقاضوا",
        Some("مسؤول في بلدية طرابلس"),
    );
    speaker("told to a programme", &qs, "ستنفذ على", Some("الوزير"));
}

#[test]
fn a_name_ending_in_ha_after_a_place_is_no_pronoun() {
    let qs = run(&["وقال سفير كندا في ليبيا جيرفيه مارتان إن التعاون «سيتوسع العام المقبل»."]);
    speaker("ه after ي", &qs, "سيتوسع", Some("جيرفيه مارتان"));
}

#[test]
fn a_family_name_shaped_like_a_plural_verb_before_the_introducer_ends_the_name() {
    let qs = run(&["وقال سفير بلجيكا في الأردن هيرفيه دوبوا إن التعاون «سيتوسع العام المقبل»."]);
    speaker("وا before إن", &qs, "سيتوسع", Some("هيرفيه دوبوا"));
}

#[test]
fn at_and_its_object_complete_a_diplomatic_title() {
    let qs = run(&[
        "وقال سفير إيطاليا لدى تونس ماركو بيلا إن الاتفاق «يفتح صفحة جديدة».",
        "وقال مندوب مصر لدى الأمم المتحدة طارق يحيى إن المجلس «مطالب بالتحرك فورا».",
        "وقال الوزير لدى وصوله إلى المطار إن الزيارة «ستكون قصيرة».",
    ]);
    speaker("لدى تونس", &qs, "يفتح صفحة", Some("ماركو بيلا"));
    speaker("لدى الأمم المتحدة", &qs, "مطالب بالتحرك", Some("طارق يحيى"));
    speaker("لدى وصوله", &qs, "ستكون قصيرة", Some("الوزير"));
}

#[test]
fn a_document_that_was_issued_by_a_body_is_the_body_s() {
    let qs = run(&["وأكد بيان ختامي صدر عن القمة أن الدول الأعضاء «متمسكة بالحل السياسي»."]);
    speaker("صدر عن", &qs, "متمسكة", Some("القمة"));
}

#[test]
fn a_last_word_with_ba_after_a_place_is_where_it_is() {
    let qs = run(&[
        "وقال صاحب محل في سوق الذهب بحلب إن المبيعات «تراجعت إلى النصف».",
        "وقال المدير في مكتب المنظمة بسام حداد إن المساعدات «وصلت متأخرة».",
    ]);
    speaker("بحلب", &qs, "تراجعت", Some("صاحب محل في سوق الذهب بحلب"));
    speaker("بسام", &qs, "وصلت متأخرة", Some("بسام حداد"));
}

#[test]
fn a_title_with_its_adjective_after_a_continuing_verb_is_the_speaker_on_the_floor() {
    let qs = run(&[
        "يروي سامر، وهو أب لثلاثة أطفال، كيف فقد عمله: «كنت أعمل في مصنع للأحذية أغلق قبل عام».",
        "ويضيف الرجل الخمسيني: «لم أجد عملا منذ ذلك الحين».",
    ]);
    speaker("adjective", &qs, "لم أجد", Some("سامر"));
}

#[test]
fn a_one_word_office_after_an_opening_verb_is_the_speaker() {
    let qs = run(&[
        "وفي رده على سؤال حول موعد الانتخابات، اكتفى الرئيس بالقول: «كل شيء في وقته المناسب».",
    ]);
    speaker("office", &qs, "كل شيء", Some("الرئيس"));
}

#[test]
fn a_sentence_of_a_speaker_and_a_colon_names_the_quote_s_speaker() {
    let qs = run(&[
        "المتحدث باسم الدفاع المدني: «فرقنا ما زالت تبحث عن مفقودين تحت الأنقاض».",
        "وزيرة البيئة هالة سعيد المنصوري: «لن نتهاون مع أي مصنع يلوث النهر».",
        "العنوان الذي اختاره المنظمون: «مدن بلا حواجز».",
        "As the annual report notes: “growth has slowed in every region this year”.",
    ]);
    speaker(
        "title",
        &qs,
        "فرقنا ما زالت",
        Some("المتحدث باسم الدفاع المدني"),
    );
    speaker(
        "title and name",
        &qs,
        "لن نتهاون",
        Some("هالة سعيد المنصوري"),
    );
    assert_eq!(
        quote("title", &qs, "فرقنا ما زالت").cue,
        None,
        "colon: field `cue`"
    );
    speaker("no speaker", &qs, "مدن بلا حواجز", None);
    speaker("English", &qs, "growth has slowed", None);
}

#[test]
fn a_document_published_by_a_body_is_the_body_s_after_a_relative_too() {
    let qs = run(&[
        "وبحسب الإحصاءات التي نشرتها هيئة الإحصاء، فإن البطالة «ارتفعت إلى مستوى قياسي».",
        "وقال التقرير الذي أعدته منظمة أطباء بلا حدود إن العيادات «تعمل بنصف طاقتها».",
    ]);
    speaker("figures", &qs, "ارتفعت إلى", Some("هيئة الإحصاء"));
    speaker("report", &qs, "تعمل بنصف", Some("منظمة أطباء بلا حدود"));
}

#[test]
fn a_verb_of_issuing_with_a_pronoun_links_a_document_to_its_issuer() {
    let qs = run(&[
        "وجاء في البيان الذي وزعته السفارة أن الرعايا «يجب أن يغادروا البلاد فورا».",
        "وأفادت دراسة أجرتها نقابة الأطباء بأن الأطباء الشبان «يهاجرون بأعداد متزايدة».",
    ]);
    speaker("وزعته", &qs, "يجب أن يغادروا", Some("السفارة"));
    speaker("أجرتها", &qs, "يهاجرون", Some("نقابة الأطباء"));
}

#[test]
fn amid_and_near_end_a_speaker_but_not_after_a_preposition() {
    let qs = run(&[
        "«الملعب سيكون جاهزا قبل الموعد»، قال عمر حسين بنعلي وسط تصفيق الحضور.",
        "وقالت الناشطة زينب منت أحمد سالم إن الجمعية «ستواصل الضغط على البرلمان».",
        "«لن نقبل بأنصاف الحلول»، قالت منت أحمد سالم وسط هتافات المحتجين.",
        "وقال سائق حافلة في وسط المدينة إن الطرق «مغلقة منذ الصباح».",
    ]);
    speaker("وسط", &qs, "الملعب سيكون", Some("عمر حسين بنعلي"));
    speaker(
        "وسط after a known name",
        &qs,
        "لن نقبل",
        Some("زينب منت أحمد سالم"),
    );
    speaker(
        "في وسط",
        &qs,
        "مغلقة منذ",
        Some("سائق حافلة في وسط المدينة"),
    );
}

#[test]
fn a_clause_of_time_lends_its_subject_to_the_main_verb() {
    let qs = run(&[
        "وعندما سئلت المحامية عن موعد الجلسة، قالت: «ننتظر قرار المحكمة العليا».",
        "وقالت مهندسة الطرق سلوى إبراهيم الحاج: «الجسر يحتاج إلى صيانة».",
        "ولما سأله المذيع عن الأسعار، أجاب الخبير: «لن تنخفض قبل الربيع».",
        "ولما سألها مدير الندوة عن الموعد، أجابت: «نهاية العام».",
    ]);
    speaker("عندما سئلت", &qs, "ننتظر قرار", Some("المحامية"));
    speaker("لما سأله", &qs, "لن تنخفض", Some("الخبير"));
    speaker("لما سألها", &qs, "نهاية العام", Some("سلوى إبراهيم الحاج"));
}

#[test]
fn the_one_asked_answers_and_the_asker_asks_again() {
    let qs = run(&[
        "وقالت مقدمة البرنامج نوال الشريف: «مرحبا بكم في حلقة الليلة».",
        "وسألت مقدمة البرنامج الطبيبة عن اللقاح، فأجابت: «اللقاح آمن للأطفال».",
        "ثم سألتها: «ومتى تبدأ الحملة؟»، فردت: «في الأسبوع المقبل».",
    ]);
    speaker("asked", &qs, "اللقاح آمن", Some("الطبيبة"));
    speaker("asks again", &qs, "ومتى تبدأ", Some("نوال الشريف"));
    speaker("answers again", &qs, "في الأسبوع", Some("الطبيبة"));
}

#[test]
fn one_asked_in_the_passive_answers() {
    let qs = run(&[
        "وقال وزير التربية سامي ناصر القاسمي إن المدارس «ستفتح في موعدها».",
        "وأكد رئيس نقابة المعلمين فؤاد حداد أن الإضراب «سيستمر».",
        "وفي مقابلة مع إذاعة «صوت الشعب» مساء الأحد، سئل القاسمي عما إذا كانت المدارس جاهزة، فرد: «كل شيء سيكون جاهزا في أيلول».",
    ]);
    speaker("سئل", &qs, "كل شيء سيكون", Some("سامي ناصر القاسمي"));
}

#[test]
fn a_title_s_place_comes_before_the_name() {
    let qs = run(&[
        "وقال ممثل منظمة الأمم المتحدة للطفولة لشؤون التعليم في السودان مارك-أنطوان دوبري إن المدارس «تحتاج إلى ترميم عاجل».",
        "وقال مدير فرع هيئة الطرق في منطقة عسير فهد بن سالم القحطاني إن الطريق «سيفتح قبل العيد».",
        "وقال أحد الباعة في حي الميدان إن الأسعار «تضاعفت».",
    ]);
    speaker(
        "لشؤون … في",
        &qs,
        "تحتاج إلى ترميم",
        Some("مارك-أنطوان دوبري"),
    );
    speaker("في منطقة", &qs, "سيفتح قبل", Some("فهد بن سالم القحطاني"));
    speaker("partitive", &qs, "تضاعفت", Some("أحد الباعة"));
}

#[test]
fn a_report_s_body_ends_at_its_link() {
    let qs = run(&[
        "ويتفق ذلك مع ما ورد في دراسة لمعهد البحوث الزراعية صدرت في آذار، جاء فيها أن المحاصيل «تراجعت بنسبة الثلث».",
    ]);
    speaker("صدرت", &qs, "تراجعت بنسبة", Some("معهد البحوث الزراعية"));
}

#[test]
fn a_purpose_verb_s_object_with_ba_is_no_subject() {
    let qs = run(&[
        "وقال المدرب الوطني كمال عبد الرحمن الفيتوري إن الفريق «قدم كل ما لديه».",
        "وعاد الفيتوري ليشيد بجهود رئيس الاتحاد سمير بن علي الشابي، مؤكدا أن الاتحاد «لم يبخل بشيء».",
    ]);
    speaker("ليشيد بـ", &qs, "لم يبخل", Some("كمال عبد الرحمن الفيتوري"));
}

#[test]
fn a_constituency_with_al_then_the_name_without_a_comma() {
    let qs = run(&["وقال النائب عن الدائرة الثالثة حسن يوسف الكعبي إن الموازنة «لا تكفي»."]);
    speaker("عن الدائرة X", &qs, "لا تكفي", Some("حسن يوسف الكعبي"));
    assert_eq!(
        quote("عن الدائرة X", &qs, "لا تكفي").speaker_role.as_deref(),
        Some("النائب عن الدائرة الثالثة"),
        "عن الدائرة X: field `speaker_role`"
    );
}

#[test]
fn an_abbreviation_in_parentheses_inside_a_title_is_passed_over() {
    let qs = run(&[
        "وقال ممثل منظمة الأغذية والزراعة (فاو) في اليمن بيير-لوك مارتان إن المحصول «أضعف من المتوقع».",
    ]);
    speaker("(فاو)", &qs, "أضعف من", Some("بيير-لوك مارتان"));
}

#[test]
fn a_name_in_apposition_outweighs_a_place_after_a_lam_complement() {
    let qs = run(&[
        "وقال المدير العام لسلطة مطار قرطاج، منير بن صالح الورتاني، إن الرحلات «ستعود تدريجيا».",
        "وأضاف مدير سلطة المطار أن الصيانة «انتهت».",
    ]);
    speaker(
        "apposition",
        &qs,
        "ستعود تدريجيا",
        Some("منير بن صالح الورتاني"),
    );
    speaker("title again", &qs, "انتهت", Some("منير بن صالح الورتاني"));
}

#[test]
fn an_athlete_introduced_by_a_result_is_named_again() {
    let qs = run(&[
        "فازت السباحة الجزائرية سارة يوسف حمدي بذهبية سباق المئتي متر. وقالت حمدي إن «التحضير كان صعبا».",
        "وقبل أن تغادر المسبح، قالت السباحة الجزائرية إنها «تحلم بالأولمبياد».",
    ]);
    speaker("family name", &qs, "التحضير كان", Some("سارة يوسف حمدي"));
    speaker(
        "title again",
        &qs,
        "تحلم بالأولمبياد",
        Some("سارة يوسف حمدي"),
    );
}

#[test]
fn the_man_goes_back_to_a_speaker_described_without_a_name() {
    let qs = run(&[
        "«خسرنا المحصول كله في ليلة واحدة»، قال مزارع في الستين من عمره.",
        "وأضاف الرجل، الذي رفض الكشف عن اسمه: «لا أحد عوضنا حتى الآن».",
    ]);
    speaker(
        "described",
        &qs,
        "خسرنا المحصول",
        Some("مزارع في الستين من عمره"),
    );
    speaker("الرجل", &qs, "لا أحد عوضنا", Some("مزارع في الستين من عمره"));
}

#[test]
fn a_sudanese_compound_first_name_goes_on() {
    let qs = run(&["وقالت الطبيبة آمنة عوض الكريم محمد نور إن المستشفى «يعمل بلا كهرباء»."]);
    speaker(
        "عوض الكريم",
        &qs,
        "يعمل بلا",
        Some("آمنة عوض الكريم محمد نور"),
    );
}

#[test]
fn the_topic_of_amma_ends_at_its_verb_with_fa() {
    let qs = run(&["أما رئيس اللجنة الفنية فاكتفى بالقول إن النتائج «ستعلن في موعدها»."]);
    speaker("أما … فـ", &qs, "ستعلن في", Some("رئيس اللجنة الفنية"));
}

#[test]
fn a_committee_keeps_the_chamber_it_sits_in() {
    let qs = run(&[
        "ناقشت لجنة التربية والتعليم في مجلس الشورى العماني، الاثنين، مشروع القانون. وقالت اللجنة في بيان إن المشروع «يحتاج إلى تعديلات».",
    ]);
    speaker(
        "في مجلس",
        &qs,
        "يحتاج إلى",
        Some("لجنة التربية والتعليم في مجلس الشورى العماني"),
    );
    let qs = run(&[
        "أقرت لجنة المالية في مجلس النواب الأردني، الخميس، الموازنة. وقالت اللجنة إن الأرقام «واقعية».",
    ]);
    speaker(
        "after a cue",
        &qs,
        "واقعية",
        Some("لجنة المالية في مجلس النواب الأردني"),
    );
}

#[test]
fn a_foreign_family_name_spelled_with_ba_al_closes_the_phrase() {
    let qs = run(&["وقال مدرب الفريق الإسباني خوسيه-ماريا بالبيردي إن لاعبيه «قدموا مباراة كبيرة»."]);
    speaker(
        "بالبيردي",
        &qs,
        "قدموا مباراة",
        Some("خوسيه-ماريا بالبيردي"),
    );
}

#[test]
fn a_verb_s_object_pronoun_does_not_give_its_subject_s_gender() {
    let qs = run(&[
        "«الأرض أرضنا ولن نتركها»، تقول المزارعة نجوى سليم الحداد.",
        "ويقاطعها جارها الحاج يوسف أبو رمان: «الماء لا يكفي أحدا».",
        "وتضيف، وهي تجمع الحطب: «كل سنة أصعب من التي قبلها».",
    ]);
    speaker("يقاطعها", &qs, "الماء لا يكفي", Some("يوسف أبو رمان"));
    speaker("وتضيف", &qs, "كل سنة أصعب", Some("نجوى سليم الحداد"));
    let qs = run(&[
        "وقالت الوزيرة سعاد ناصر الحربي: «الخطة جاهزة».",
        "وسألها المذيع: «ومتى التنفيذ؟».",
        "وتابعت: «نبدأ في الربيع».",
    ]);
    speaker("سألها", &qs, "ومتى التنفيذ", Some("المذيع"));
    speaker("وتابعت", &qs, "نبدأ في الربيع", Some("سعاد ناصر الحربي"));
}

#[test]
fn the_topic_of_amma_may_carry_a_parenthesis() {
    let qs = run(&[
        "أما رنا عادل العبد الله، وهي أم لثلاثة أطفال، فكانت أكثر تفاؤلا: «الوضع يتحسن ببطء».",
    ]);
    speaker(
        "أما …، وهي …، فـ",
        &qs,
        "الوضع يتحسن",
        Some("رنا عادل العبد الله"),
    );
}

#[test]
fn a_particle_pair_after_an_office_and_its_place_opens_the_name() {
    let qs = run(&["وقال محافظ تعز عبد الكريم سالم بن علي الحميري إن الطريق «سيفتح غدا»."]);
    speaker(
        "محافظ تعز عبد الكريم",
        &qs,
        "سيفتح غدا",
        Some("عبد الكريم سالم بن علي الحميري"),
    );
}

#[test]
fn a_known_speaker_before_a_transitive_verb_s_object() {
    let qs = run(&[
        "وقال رئيس البلدية سمير حسن الخطيب إن الأشغال «ستنتهي قريبا».",
        "ودعا الخطيب السكان إلى «الصبر بضعة أيام أخرى».",
    ]);
    speaker(
        "دعا الخطيب السكان",
        &qs,
        "الصبر بضعة",
        Some("سمير حسن الخطيب"),
    );
}

#[test]
fn a_first_name_shaped_like_a_nisba_before_a_patronymic() {
    let qs = run(&["وقال المدرب الناجي بن صالح الورغي إن فريقه «يستحق الفوز»."]);
    speaker(
        "الناجي بن",
        &qs,
        "يستحق الفوز",
        Some("الناجي بن صالح الورغي"),
    );
}

#[test]
fn a_comma_closes_a_name_right_after_a_reporting_verb() {
    let qs = run(&[
        "وقالت نادية الشريف العلوي، رئيسة الجمعية، إن الإضراب «مستمر».",
        "وانتقد النائب أيمن فارس تصريحات الوزيرة، وقال: «الأرقام تتكرر».",
    ]);
    speaker("after the verb", &qs, "مستمر", Some("نادية الشريف العلوي"));
    speaker(
        "after a title and an object",
        &qs,
        "الأرقام تتكرر",
        Some("أيمن فارس"),
    );
}

#[test]
fn a_work_with_its_author_s_pronoun_announces_its_title() {
    let qs = run(&[
        "ووزعت المدرسة على الطلاب نسخا من كتابه «رحلة إلى الجنوب البعيد».",
        "وقال الكاتب إن الكتاب «كتب للصغار والكبار».",
        "وقال المدرب إن فريقه «لعب أفضل مباراة هذا الموسم».",
    ]);
    no_quote("كتابه", &qs, "رحلة إلى الجنوب البعيد");
    speaker("statement", &qs, "كتب للصغار", Some("الكاتب"));
    speaker("فريقه", &qs, "لعب أفضل مباراة", Some("المدرب"));
}

#[test]
fn a_person_named_by_a_cue_that_quotes_nothing_is_introduced() {
    let qs = run(&[
        "وحذر رئيس رابطة المزارعين سعيد ناصر أبو شقرة من تلف المحصول. «لن نسكت هذه المرة»، قال أبو شقرة.",
    ]);
    speaker("introduced", &qs, "لن نسكت", Some("سعيد ناصر أبو شقرة"));
}

#[test]
fn a_known_speaker_read_as_the_role_of_the_verbs_object() {
    let qs = run(&[
        "وقالت رئيسة الهيئة الدكتورة منى عادل القرشي إن «الموسم بدأ مبكرا». وأعلنت القرشي إطلاق حملة واسعة، موضحة أن «الوقاية أرخص من العلاج».",
        "وقال مدير المصنع المهندس فراس حمدي الطوباسي إن «الإنتاج عاد». واستعاد الطوباسي ذكريات الحصار، حين توقفت الآلات، ثم أضاف: «كنا نعمل بلا كهرباء».",
        "وأكدت شركة مياه الساحل الشرقي في بيان أن «الضخ سيعود الليلة». وأعلنت الشركة تخفيض الرسوم، وقالت إن «القرار مؤقت».",
    ]);
    speaker(
        "after a cue participle",
        &qs,
        "الوقاية",
        Some("منى عادل القرشي"),
    );
    speaker(
        "after a verb that is no cue",
        &qs,
        "كنا نعمل",
        Some("فراس حمدي الطوباسي"),
    );
    speaker(
        "a body",
        &qs,
        "القرار مؤقت",
        Some("شركة مياه الساحل الشرقي"),
    );
}

#[test]
fn a_verb_after_a_particle_with_a_pronoun_has_that_subject() {
    let qs = run(&[
        "وقالت الباحثة ريم فؤاد الشامي إن «الأرقام مقلقة». لكنها انتقدت طريقة الحساب، معتبرة أن «العينة صغيرة».",
        "وقال النقيب عمر زاهد إن «الإضراب مستمر». ولم يكتف النقيب بذلك، بل قال إنه انتقد موقف الوزارة، معتبرا أن «الزيادة رمزية».",
    ]);
    speaker("لكنها", &qs, "العينة", Some("ريم فؤاد الشامي"));
    speaker("إنه", &qs, "الزيادة", Some("عمر زاهد"));
}

#[test]
fn the_subject_before_a_parenthesis_that_ends_at_the_verb() {
    let qs = run(&[
        "وقال المحافظ إن «المياه ستصل». غير أن سعاد يحيى الأمين، وهي معلمة متقاعدة، تروي قصة أخرى: «لم نر شاحنة منذ شهر».",
        "وقالت المديرة إن «العمل جار». لكن كريم عواد، وهو سائق أجرة، يقول: «الطرق مغلقة».",
    ]);
    speaker(
        "feminine, object after the verb",
        &qs,
        "لم نر شاحنة",
        Some("سعاد يحيى الأمين"),
    );
    speaker(
        "masculine, nothing after the verb",
        &qs,
        "الطرق مغلقة",
        Some("كريم عواد"),
    );
}

#[test]
fn a_district_in_the_construct_state_before_the_name() {
    let qs = run(&[
        "قالت النائبة عن دائرة المنيا سهام عبد الغني إن «المدارس مكتظة».",
        "وقال عضو المجلس عن ولاية القصرين العربي بن حسين الماجري إن «الطريق لم يصلح منذ عامين».",
        "وقال النائب عن محافظة الكرك المحامي زيد الطراونة إن «القانون يحتاج تعديلا».",
    ]);
    speaker("plain first name", &qs, "المدارس", Some("سهام عبد الغني"));
    assert_eq!(
        quote("district", &qs, "المدارس").speaker_role.as_deref(),
        Some("النائبة عن دائرة المنيا"),
        "district: field `speaker_role` of quote \"المدارس\""
    );
    speaker(
        "first name with ال",
        &qs,
        "الطريق",
        Some("العربي بن حسين الماجري"),
    );
    speaker("a title between", &qs, "القانون", Some("زيد الطراونة"));
}

#[test]
fn a_description_in_a_parenthesis_after_the_name_is_the_role() {
    let qs = run(&[
        "«المياه لا تصل إلا ليلا»، تقول نجلاء حسن القاضي، وهي ممرضة في مستشفى الولادة، «ونملأ الدلاء قبل الفجر».",
        "«الأسعار تضاعفت»، يقول عمران الفاسي، وهو بائع أقمشة يعمل في السوق منذ عشرين عاما.",
        "«لم نتلق أي تعويض»، قالت رحاب يوسف، وهي من سكان الحي.",
    ]);
    let role = |head: &str, want: Option<&str>| {
        assert_eq!(
            quote("parenthesis", &qs, head).speaker_role.as_deref(),
            want,
            "parenthesis: field `speaker_role` of quote {head:?}"
        );
    };
    speaker("up to the comma", &qs, "المياه", Some("نجلاء حسن القاضي"));
    role("المياه", Some("ممرضة في مستشفى الولادة"));
    role("الأسعار", Some("بائع أقمشة"));
    // Not a description: no role.
    speaker("no role noun", &qs, "لم نتلق", Some("رحاب يوسف"));
    role("لم نتلق", None);
}

#[test]
fn of_those_who_ends_a_description_and_a_clause_about_a_body_is_no_name() {
    let qs = run(&[
        "«الطريق كان مغلقا طوال الليل»، قال أحد السائقين ممن علقوا عند الحاجز.",
        "وقالت الجمعية، ومقرها مدينة صفاقس، في بيان إن «المخزون يكفي أسبوعا».",
    ]);
    speaker("ممن", &qs, "الطريق", Some("أحد السائقين"));
    speaker("ومقرها", &qs, "المخزون", Some("الجمعية"));
}

#[test]
fn a_plural_participle_after_a_name_is_the_verbs_object() {
    let qs = run(&[
        "وطمأنت الوزيرة هالة بنت سعيد المتضررين، قائلة إن «التعويضات ستصرف الشهر المقبل».",
        "وسأل المذيع كريم عبد الهادي المتنافسين: «من سيحسم الملف؟».",
    ]);
    speaker("feminine", &qs, "التعويضات", Some("هالة بنت سعيد"));
    speaker("question", &qs, "من سيحسم", Some("كريم عبد الهادي"));
}

#[test]
fn a_name_opening_with_abd_after_a_titles_complement() {
    let qs = run(&[
        "وقال رئيس نقابة مهندسي ليبيا عبد الباسط أبو القاسم الفيتوري إن «الرواتب متأخرة».",
        "وقال محافظ ولاية سنار ماجد عبد الله الطيب إن «الجسر سيفتح غدا».",
        "وقالت مديرة المدرسة لبنى عبد الكريم إن «الفصول مكتظة».",
    ]);
    speaker(
        "عبد after a place",
        &qs,
        "الرواتب",
        Some("عبد الباسط أبو القاسم الفيتوري"),
    );
    speaker(
        "after a district",
        &qs,
        "الجسر",
        Some("ماجد عبد الله الطيب"),
    );
    speaker(
        "a first name with لـ before عبد",
        &qs,
        "الفصول",
        Some("لبنى عبد الكريم"),
    );
}

#[test]
fn a_fronted_subject_after_but_at_the_sentences_start() {
    let qs = run(&[
        "وقال الاتحاد إن «المباراة ستقام في موعدها». لكن مجلة الملاعب الرياضية ذكرت، مساء الخميس، أن الملعب «لم يحصل على الترخيص بعد».",
    ]);
    speaker("لكن", &qs, "لم يحصل", Some("مجلة الملاعب الرياضية"));
}

#[test]
fn a_city_with_ba_after_a_bodys_name_is_where_it_sits() {
    let qs = run(&["وقالت النقابة الجهوية للفلاحين بقابس إن «المحصول تضرر»."]);
    speaker(
        "body and city",
        &qs,
        "المحصول",
        Some("النقابة الجهوية للفلاحين بقابس"),
    );
}

#[test]
fn plural_occasions_after_in_end_a_description() {
    let qs = run(&["وقال مواطنون في تعليقات على الخبر إن «الأسعار مرتفعة»."]);
    speaker("تعليقات", &qs, "الأسعار", Some("مواطنون"));
}

#[test]
fn the_one_the_writer_asked_answers() {
    let qs = run(&[
        "وقالت المعلمة سناء بدوي إن «الصفوف مكتظة». وفي المكتب المجاور، سألنا مدير المدرسة حسام الجبوري عن الحل، فقال: «نحتاج إلى عشرة فصول جديدة».",
    ]);
    speaker("سألنا", &qs, "نحتاج", Some("حسام الجبوري"));
}

#[test]
fn a_name_and_its_role_after_but_and_a_constituency_in_apposition() {
    let qs = run(&[
        "وقال الوزير نبيل حداد إن «الموازنة متوازنة». لكن رنا خليل الصفدي، رئيسة لجنة المالية، ردت بأن الأرقام «لا تشمل الديون».",
        "وقال ماهر يوسف، النائب عن محافظة الزرقاء، إن «المستشفى بلا أطباء».",
    ]);
    speaker("لكن X، role،", &qs, "لا تشمل", Some("رنا خليل الصفدي"));
    speaker("constituency", &qs, "المستشفى", Some("ماهر يوسف"));
    assert_eq!(
        quote("constituency", &qs, "المستشفى")
            .speaker_role
            .as_deref(),
        Some("النائب عن محافظة الزرقاء"),
        "constituency: field `speaker_role` of quote \"المستشفى\""
    );
}

#[test]
fn a_first_name_with_al_before_abd_or_abu_after_a_definite_word() {
    let qs = run(&[
        "وقال رئيس هيئة الموانئ الصادق عبد المنعم الزروق إن الرصيف الجديد «سيفتح قبل الصيف».",
        "وقال الطيب أبو القاسم الفيلالي إن السوق «تنتظر الحسم».",
    ]);
    speaker("الصادق عبد", &qs, "سيفتح", Some("الصادق عبد المنعم الزروق"));
    speaker("الطيب أبو", &qs, "تنتظر", Some("الطيب أبو القاسم الفيلالي"));
    // A title in the construct state takes the word with ال as its complement; an
    // ordinal or an elative ends the title.
    let qs = run(&[
        "وقال مدرب الوداد عبد الهادي السكتاوي إن الفريق «تعب كثيرا».",
        "وقالت قائدة الكتيبة الخامسة عبد الرحمن؟ لا: وقال آمر الفوج الثالث عبد الكريم الساعدي إن القوات «تقدمت ببطء».",
        "وقال رئيس الحكومة الأسبق عبد الإله المنصوري إن الإصلاح «جاء متأخرا».",
    ]);
    speaker("مدرب الوداد", &qs, "تعب", Some("عبد الهادي السكتاوي"));
    speaker("الفوج الثالث", &qs, "تقدمت", Some("عبد الكريم الساعدي"));
    speaker("الأسبق", &qs, "جاء متأخرا", Some("عبد الإله المنصوري"));
}

#[test]
fn the_topic_of_amma_with_its_role_in_apposition() {
    let qs =
        run(&["أما رنا فؤاد القاسم، رئيسة جمعية المزارعين، فاعتبرت أن «الأسعار لن تنخفض قريبا»."]);
    speaker("أما X، دور،", &qs, "الأسعار لن", Some("رنا فؤاد القاسم"));
    assert_eq!(
        quote("أما X، دور،", &qs, "الأسعار لن")
            .speaker_role
            .as_deref(),
        Some("رئيسة جمعية المزارعين"),
        "أما X، دور،: field `speaker_role`"
    );
}

#[test]
fn a_derived_verbal_noun_after_a_name_is_the_verb_s_object() {
    let qs = run(&[
        "ورفض رئيس النادي سالم عبد الله بن حميد الانسحاب من البطولة، وقال: «سنلعب حتى آخر مباراة».",
    ]);
    speaker("الانسحاب", &qs, "سنلعب", Some("سالم عبد الله بن حميد"));
}

#[test]
fn a_document_or_a_paper_between_kana_and_qad() {
    let qs = run(&[
        "وكان تقرير للهيئة الوطنية لمكافحة الفساد قد أشار إلى أن «نصف العقود لم تمر بمناقصة».",
        "وكانت مجلة «آفاق المتوسط» قد ذكرت أن «الميناء سيغلق شهرين».",
    ]);
    speaker(
        "تقرير لـ",
        &qs,
        "نصف العقود",
        Some("الهيئة الوطنية لمكافحة الفساد"),
    );
    speaker("مجلة «»", &qs, "الميناء", Some("مجلة آفاق المتوسط"));
}

#[test]
fn a_word_with_lam_governs_the_body_s_last_words() {
    let qs = run(&["وقالت الشركة العامة لتشغيل ترام الإسكندرية في بيان إن الخط «سيغلق أسبوعا»."]);
    speaker(
        "لتشغيل ترام",
        &qs,
        "سيغلق",
        Some("الشركة العامة لتشغيل ترام الإسكندرية"),
    );
}

#[test]
fn a_name_after_a_title_and_its_complement_is_the_holder_not_the_object() {
    let qs = run(&["وطالب مدير الجمارك نزار سليم الحوراني بـ«تشديد الرقابة على المعابر»."]);
    speaker("طالب X بـ", &qs, "تشديد", Some("نزار سليم الحوراني"));
    // A body's object stays its object.
    let qs = run(&["ودعت وزارة الداخلية سكان الأحياء إلى «البقاء في منازلهم»."]);
    speaker("دعت الوزارة X", &qs, "البقاء", Some("وزارة الداخلية"));
    // A noun and its adjective after the name are the object: the title is the speaker
    // (the name may be the holder's or the object's).
    let qs = run(&["في المقابل، اتهم النائب المعارض رامي نصر الفريق الآخر بأنه «يعطل كل الحلول»."]);
    speaker("X الفريق الآخر", &qs, "يعطل", Some("النائب المعارض"));
}

#[test]
fn a_verbal_noun_with_ba_after_a_name_opens_the_complement() {
    let qs =
        run(&["وطالب رئيس البلدية عادل ناصر بن حمد آل ثاني بإشراك السكان، وقال: «لن نقرر وحدنا»."]);
    speaker("بإشراك", &qs, "لن نقرر", Some("عادل ناصر بن حمد آل ثاني"));
}

#[test]
fn a_body_with_its_place_between_kana_and_qad() {
    let qs =
        run(&["وكانت هيئة الأوقاف العامة في صيدا قد أعلنت في بيان أن «الترميم سيبدأ في الربيع»."]);
    speaker(
        "هيئة … في صيدا قد",
        &qs,
        "الترميم",
        Some("هيئة الأوقاف العامة في صيدا"),
    );
}

#[test]
fn the_one_asked_in_the_passive_answers_with_any_verb_of_saying() {
    let qs = run(&[
        "وتحدث رئيس البلدية عن الخطة. وحين سئل أمزيان عن كلفة المشروع، قال: «لم نحسبها بعد».",
    ]);
    speaker("حين سئل X، قال", &qs, "لم نحسبها", Some("أمزيان"));
}

#[test]
fn a_bare_name_after_a_particle_is_the_subject_of_a_participle_cue() {
    let qs = run(&[
        "وقال المدير إن «الخطة جاهزة».",
        "غير أن سلمى يوسف العطار، أستاذة الاقتصاد في جامعة حلب، أبدت تحفظها، قائلة إن «الأرقام لا تكفي». وأضافت: «ننتظر التفاصيل».",
        "لكن كمال عيسى الزين رد بحدة، مؤكدا أن «المشروع لن يتوقف».",
    ]);
    speaker(
        "غير أن X، دور، أبدت",
        &qs,
        "الأرقام",
        Some("سلمى يوسف العطار"),
    );
    speaker("وأضافت after it", &qs, "ننتظر", Some("سلمى يوسف العطار"));
    speaker("لكن X رد", &qs, "المشروع", Some("كمال عيسى الزين"));
}

#[test]
fn a_medium_with_lam_after_a_document_issued_it() {
    let qs = run(&["وذكرت دراسة لمجلة «آفاق» أن «العقود وقعت من دون مناقصة»."]);
    speaker("دراسة لمجلة «»", &qs, "العقود", Some("مجلة آفاق"));
}

#[test]
fn a_generic_noun_or_a_pronoun_after_a_quote_names_the_one_described_before() {
    let qs = run(&[
        "وقالت مديرة المدرسة إن «الصفوف مكتظة».",
        "وعند باب المخبز، جلس بائع متجول في الستين من عمره على الرصيف. «الخبز صار حلما»، قال الرجل، مضيفا: «لا أحد يشتري».",
    ]);
    speaker(
        "قال الرجل",
        &qs,
        "الخبز صار",
        Some("بائع متجول في الستين من عمره"),
    );
    speaker(
        "مضيفا after it",
        &qs,
        "لا أحد",
        Some("بائع متجول في الستين من عمره"),
    );
}

#[test]
fn a_title_with_a_subtitle_after_a_naming_noun_is_a_name() {
    let qs = run(&["واستند الباحث إلى كتاب «ملح الأرض: سيرة المرافئ» الصادر العام الماضي."]);
    assert!(
        qs.iter().all(|q| !q.text.starts_with("ملح الأرض")),
        "كتاب «X: Y»: a book's title is no quote; got {qs:#?}"
    );
    // A statement with a colon after a cue stays one.
    let qs = run(&["وقال الوزير: «المرفأ: أولوية الحكومة هذا العام»."]);
    speaker("قال: «X: Y»", &qs, "المرفأ", Some("الوزير"));
}

#[test]
fn a_description_s_complement_gives_no_gender_and_its_head_names_it_again() {
    let qs =
        run(&["وقال بحار من بلدية أرواد إن «الموسم ضاع». وتابع البحار مبتسما: «البحر لا يخون»."]);
    speaker("وتابع البحار", &qs, "البحر لا", Some("بحار من بلدية أرواد"));
}

#[test]
fn a_title_s_spelling_inside_a_compound_first_name() {
    let qs =
        run(&["وقال رئيس المجلس البلدي، محمد أمين بن سالم الكتاني، إن «الأشغال ستنتهي في الصيف»."]);
    speaker(
        "محمد أمين بن",
        &qs,
        "الأشغال",
        Some("محمد أمين بن سالم الكتاني"),
    );
}

#[test]
fn a_word_with_wa_after_a_body_joins_its_name() {
    let qs = run(&["وأكدت وزارة الزراعة وتنمية الأرياف، في بيان، أن «المحصول سليم»."]);
    speaker(
        "وزارة X وY",
        &qs,
        "المحصول",
        Some("وزارة الزراعة وتنمية الأرياف"),
    );
}

#[test]
fn an_occupation_after_a_lam_place_is_its_complement_not_a_name() {
    let qs =
        run(&["وقال الكاتب العام لنقابة عمال مرفأ سوسة، منير بن صالح الدريدي، إن الإضراب «مستمر»."]);
    speaker(
        "لنقابة عمال مرفأ X، Y،",
        &qs,
        "مستمر",
        Some("منير بن صالح الدريدي"),
    );
}

#[test]
fn a_span_opening_with_a_naming_noun_is_a_statement_when_a_cue_follows() {
    let qs = run(&["«برنامج الدعم أنقذ المزارعين هذا العام»، قال المهندس سامي الرفاعي."]);
    speaker("«برنامج …»، قال", &qs, "برنامج الدعم", Some("سامي الرفاعي"));
}

#[test]
fn a_possessed_noun_after_an_does_not_announce_a_name() {
    let qs = run(&[
        "وقال المستثمر هانز بيرغر إن السوق «واعدة»، مضيفا أن شركته «مستعدة لفتح مصنع ثان في المدينة».",
    ]);
    speaker("أن شركته «…»", &qs, "مستعدة", Some("هانز بيرغر"));
}

#[test]
fn al_abd_governs_the_next_word_of_a_family_name() {
    let qs =
        run(&["وقال وزير المالية خالد سعود العبد الرزاق، في رده على النواب، إن العجز «مؤقت»."]);
    speaker("العبد X،", &qs, "مؤقت", Some("خالد سعود العبد الرزاق"));
}

#[test]
fn the_topic_of_amma_in_the_sentence_before_a_quote_speaks() {
    let qs = run(&[
        "وقالت الناقدة سهى الراشد إن «الدورة كانت باهتة». أما المنصوري، فقد تبرع بقيمة الجائزة لمدرسة قريته. «المدرسة علمتني كل شيء»، قال.",
    ]);
    speaker("أما X، فقد …. «…»، قال", &qs, "المدرسة", Some("المنصوري"));
}

#[test]
fn asked_with_no_one_named_the_one_the_sentence_before_named_answers() {
    let qs = run(&[
        "وقال الحكم إن «القرار صحيح». أما حارس الفريق، نزار سالم الحداد، فلم يخف غضبه. وفي حديث للإذاعة، سئل عن الهدف الثاني، فأجاب: «الكرة لم تتجاوز الخط».",
    ]);
    speaker("سئل عن …، فأجاب", &qs, "الكرة لم", Some("نزار سالم الحداد"));
}

#[test]
fn the_subject_after_kana_in_the_sentence_before_a_quote() {
    let qs = run(&[
        "وقال الوزير إن «التوزيع منتظم». وفي السوق القديم، كان أحد باعة الخضار يرتب صناديقه. «ما عاد حدا يشتري»، قال الرجل.",
        "وكان نقيب الصيادين سمير حسن العلي قد راسل البلدية مرتين، متسائلا: «من يسمعنا؟».",
    ]);
    speaker("كان أحد … يرتب", &qs, "ما عاد", Some("أحد باعة الخضار"));
    speaker(
        "وكان X قد …، متسائلا",
        &qs,
        "من يسمعنا",
        Some("سمير حسن العلي"),
    );
}

#[test]
fn a_bank_named_masraf_is_a_body() {
    let qs = run(&["وقال مصرف الواحة التجاري في بيان إن الفروع «ستفتح السبت»."]);
    speaker("مصرف X في بيان", &qs, "ستفتح", Some("مصرف الواحة التجاري"));
}

#[test]
fn a_name_written_with_alef_madda_before_lam_is_no_article() {
    let qs = run(&["«المنحة تأخرت ستة أشهر»، تقول آلاء حسن المبروك، طالبة في كلية الطب."]);
    speaker("آلاء", &qs, "المنحة", Some("آلاء حسن المبروك"));
}

#[test]
fn van_of_a_dutch_name_is_no_conjunction() {
    let qs = run(&[
        "وقال الخبير الهولندي ماريك فان لوين إن السدود «تحتاج صيانة». وأضاف فان لوين: «الوقت ضيق».",
    ]);
    speaker("فان X", &qs, "تحتاج", Some("ماريك فان لوين"));
    speaker("وأضاف فان X", &qs, "الوقت", Some("ماريك فان لوين"));
}

#[test]
fn an_honorific_inside_a_name_is_followed_by_its_name() {
    let qs = run(&["«البحر أخذ القارب»، تقول خديجة بنت الشيخ بابيا، بائعة سمك في نواذيبو."]);
    speaker("بنت الشيخ X", &qs, "البحر", Some("خديجة بنت الشيخ بابيا"));
}

#[test]
fn a_colon_after_the_subject_and_a_prepositional_tail_introduces_its_statement() {
    let qs = run(&[
        "وقال الوزير هشام العطار إن «الخطة جاهزة». وتوجهت لبنى صالح الخياط إلى الوزير بالسؤال: «متى تصل الأدوية؟».",
        "ورد سامر جميل النعيمي على منتقديه بكلمة قصيرة: «هذا ليس عدلا».",
        "وتحدثت الخبيرة منى فؤاد الساعي عن المشروع: «الكلفة مرتفعة».",
        "ونقلت الوكالة عن مصادرها: «المفاوضات متعثرة».",
    ]);
    speaker(
        "توجهت X إلى … بالسؤال:",
        &qs,
        "متى تصل",
        Some("لبنى صالح الخياط"),
    );
    speaker(
        "رد X على … بكلمة قصيرة:",
        &qs,
        "هذا ليس",
        Some("سامر جميل النعيمي"),
    );
    speaker("تحدثت X عن …:", &qs, "الكلفة", Some("منى فؤاد الساعي"));
    speaker("نقلت الوكالة عن …:", &qs, "المفاوضات", Some("مصادرها"));
}

#[test]
fn a_noun_with_ba_and_a_pronoun_after_a_cue_names_no_speaker() {
    let qs = run(&[
        "وقال المزارع عادل سعيد الكراد إن «الموسم صعب». ثم أضاف بلهجته الجبلية: «ما عاد في مي».",
    ]);
    speaker("أضاف بلهجته X:", &qs, "ما عاد", Some("عادل سعيد الكراد"));
}

#[test]
fn a_noun_with_ba_in_construct_with_a_partitive_is_the_object() {
    let qs = run(&[
        "وقالت المحامية هالة ناصر الدباغ إن «الدعوى طويلة». وتستشهد الدباغ بملف أحد موكليها، مشيرة إلى أن «القضاء بطيء».",
    ]);
    speaker(
        "تستشهد X بملف أحد …، مشيرة",
        &qs,
        "القضاء",
        Some("هالة ناصر الدباغ"),
    );
}

#[test]
fn a_clause_after_an_indefinite_description_and_a_comma_is_no_name() {
    let qs = run(&[
        "وقال مزارع في السبعين من عمره، جلس يقلب تربته قرب البئر: «المطر تأخر».",
        "وقالت بائعة في الأربعين، وقفت أمام الفرن: «الخبز غالي».",
        "وقال مدير مستشفى الأمل، نبيل حسن الجراح، إن الأسرة «ممتلئة».",
    ]);
    speaker(
        "مزارع في …، جلس يقلب تربته",
        &qs,
        "المطر",
        Some("مزارع في السبعين من عمره"),
    );
    speaker("بائعة في …، وقفت", &qs, "الخبز", Some("بائعة في الأربعين"));
    speaker("مدير X، name،", &qs, "ممتلئة", Some("نبيل حسن الجراح"));
}

#[test]
fn the_subject_of_a_clause_with_a_document_object_speaks_in_it() {
    let qs = run(&[
        "وأصدرت هيئة الطيران المدني بيانا أكدت فيه أن «الرحلات ستعود الأسبوع المقبل».",
        "ونشرت وزارة الزراعة تقريرا أوضحت فيه أن «المحصول تضاعف».",
        "ووجه الطلاب خطابا قالوا فيه إن «الرسوم مرتفعة».",
    ]);
    speaker(
        "أصدرت X بيانا أكدت فيه",
        &qs,
        "الرحلات",
        Some("هيئة الطيران المدني"),
    );
    speaker(
        "نشرت X تقريرا أوضحت فيه",
        &qs,
        "المحصول",
        Some("وزارة الزراعة"),
    );
    speaker("وجه X خطابا قالوا فيه", &qs, "الرسوم", Some("الطلاب"));
}

#[test]
fn a_document_in_the_accusative_ends_the_name_of_its_body() {
    let qs = run(&[
        "وأصدرت نقابة المعلمين بيانا، قالت فيه إن «الإضراب مستمر».",
        "وأصدرت بلدية المدينة بيانا مساء الأحد، قالت فيه إن «المياه ستعود».",
    ]);
    speaker("X بيانا، قالت فيه", &qs, "الإضراب", Some("نقابة المعلمين"));
    speaker(
        "X بيانا مساء …، قالت فيه",
        &qs,
        "المياه",
        Some("بلدية المدينة"),
    );
}

#[test]
fn an_attribution_phrase_that_quotes_nothing_names_no_speaker_for_a_later_cue() {
    let qs = run(&[
        "وتحدثت المهندسة ريم عادل الشامي عن المشروع، فقالت: «بدأنا الحفر». وعن العقود التي أبرمت وفق النظام القديم، قالت: «ستراجع كلها».",
    ]);
    speaker(
        "وعن … وفق النظام القديم، قالت",
        &qs,
        "ستراجع",
        Some("ريم عادل الشامي"),
    );
}

#[test]
fn a_pronoun_cue_with_no_one_agreeing_goes_to_the_person_the_paragraph_before_named() {
    let qs = run(&[
        "في قاعة الاجتماعات، تحدث مازن خليل الدوري، المدير العام لشركة النخيل للتمور، عن خطة تقول الشركة إنها ستفتح أسواقا جديدة.",
        "وعن كلفة الخطة، قال: «نحتاج عشرين مليون دولار».",
    ]);
    speaker(
        "تحدث X، role، عن …. وعن …، قال",
        &qs,
        "نحتاج",
        Some("مازن خليل الدوري"),
    );
}

#[test]
fn a_title_with_a_lam_complement_and_a_place_takes_the_name_after_the_comma() {
    let qs = run(&[
        "وقال مدير الجمعية لرعاية المسنين في جرش، نضال فهد العمري، إن «الدار ممتلئة».",
        "وقالت رئيسة الاتحاد لكرة اليد في صفاقس، منية علي الجريبي، إن «البطولة ستقام».",
    ]);
    speaker(
        "مدير X لرعاية … في جرش، name،",
        &qs,
        "الدار",
        Some("نضال فهد العمري"),
    );
    speaker(
        "رئيسة X لكرة اليد في صفاقس، name،",
        &qs,
        "البطولة",
        Some("منية علي الجريبي"),
    );
}

#[test]
fn a_present_verb_before_a_demonstrative_is_no_name_after_a_title() {
    let qs = run(&[
        "وقال المدير حسام نبيل العطار إن «المبيعات تحسنت». غير أن المدير يرفض هذه الأرقام، معتبرا أن «السوق متقلب».",
        "وقال الوزير فادي عمر الحلو إن «المبيعات تحسنت». لكن الوزير يرفض هذا التفاؤل، مؤكدا أن «الخطر قائم».",
    ]);
    speaker(
        "غير أن المدير يرفض هذه …، معتبرا",
        &qs,
        "السوق",
        Some("حسام نبيل العطار"),
    );
    speaker(
        "لكن الوزير يرفض هذا …، مؤكدا",
        &qs,
        "الخطر",
        Some("فادي عمر الحلو"),
    );
}

#[test]
fn a_participle_after_a_papers_name_describes_the_paper() {
    let qs = run(&[
        "وكتبت صحيفة النهار الناطقة بالعربية أن «الاتفاق هش».",
        "وذكرت مجلة آفاق البيئة المتخصصة أن «التلوث تضاعف».",
        "وقالت وكالة الأنباء الأردنية إن «الطريق فتح».",
    ]);
    speaker("صحيفة X الناطقة بـ…", &qs, "الاتفاق", Some("صحيفة النهار"));
    speaker("مجلة X المتخصصة", &qs, "التلوث", Some("مجلة آفاق البيئة"));
    speaker(
        "a nisba stays in the name",
        &qs,
        "الطريق",
        Some("وكالة الأنباء الأردنية"),
    );
}

#[test]
fn a_verbal_noun_of_stressing_with_ba_gives_the_subject_of_its_clause() {
    let qs = run(&[
        "وافتتحت رئيسة المجلس البلدي سعاد حامد الزين الجلسة بالتأكيد على أن «المدينة تستحق الأفضل».",
        "وافتتح النائب كمال سعيد الرفاعي النقاش بالتشديد على أن «القانون ظالم».",
    ]);
    speaker(
        "X الجلسة بالتأكيد على أن",
        &qs,
        "المدينة",
        Some("سعاد حامد الزين"),
    );
    speaker(
        "X النقاش بالتشديد على أن",
        &qs,
        "القانون",
        Some("كمال سعيد الرفاعي"),
    );
}

#[test]
fn a_person_named_inside_what_a_verb_reports_does_not_go_on_speaking() {
    let qs = run(&[
        "«الأسعار ستنخفض قريبا»، قال رامي فؤاد الشمري. وأوضح أن الاتحاد خاطب وزير الاقتصاد حسين علي الراوي مرتين، متسائلا: «لماذا لا يرد أحد؟».",
    ]);
    speaker(
        "وأوضح أن … الوزير X …، متسائلا",
        &qs,
        "لماذا",
        Some("رامي فؤاد الشمري"),
    );
}

#[test]
fn a_first_name_alone_names_the_one_known_speaker_it_opens() {
    let qs = run(&[
        "وقالت مديرة المدرسة زينب عمر حسن الفاضل إن «الصفوف مكتظة». وقال سامي فريد النجار إن «المبنى قديم». وتقول زينب إن «الحل بناء مدرسة ثانية».",
    ]);
    speaker(
        "وتقول زينب after زينب عمر حسن الفاضل",
        &qs,
        "الحل",
        Some("زينب عمر حسن الفاضل"),
    );
    let q = qs.iter().find(|q| q.text.contains("الحل")).expect("quote");
    assert_eq!(q.speaker_role.as_deref(), Some("مديرة المدرسة"), "role");
}

#[test]
fn an_office_before_the_colon_after_a_name_is_the_one_asked() {
    let qs = run(&[
        "وسأل النائب هشام رضا بني عطية الوزير: «متى تنتهي الأشغال؟».",
        "وسألت المذيعة دينا سمير حداد النائب: «هل صوتم على القانون؟».",
        "وانتقد النائب أيمن سالم الحوت تصريحات الوزيرة، وقال: «الأرقام قديمة».",
    ]);
    speaker("سأل X الوزير:", &qs, "متى تنتهي", Some("هشام رضا بني عطية"));
    speaker("سألت X النائب:", &qs, "هل صوتم", Some("دينا سمير حداد"));
    speaker(
        "no colon: the object stays apart",
        &qs,
        "الأرقام",
        Some("أيمن سالم الحوت"),
    );
}

#[test]
fn an_age_closes_a_description_before_a_clause() {
    let qs = run(&[
        "«البئر جفت منذ الصيف»، قال رجل في الستين من عمره جاء من القرية المجاورة.",
        "وقالت امرأة في الثلاثين من عمرها تحمل طفلها: «لا دواء هنا».",
    ]);
    speaker(
        "رجل في الستين من عمره | جاء",
        &qs,
        "البئر",
        Some("رجل في الستين من عمره"),
    );
    speaker(
        "امرأة في الثلاثين من عمرها | تحمل",
        &qs,
        "لا دواء",
        Some("امرأة في الثلاثين من عمرها"),
    );
}

#[test]
fn a_verb_inside_what_is_reported_passes_its_quote_to_the_reporter() {
    let qs = run(&[
        "وقالت المهندسة رنا خليل الصافي إن «السد آمن». وأوضحت أن خطط نقل المياه إلى القرى «بقيت حبرا على ورق منذ عقدين».",
    ]);
    speaker(
        "وأوضحت أن خطط نقل المياه … «…»",
        &qs,
        "بقيت حبرا",
        Some("رنا خليل الصافي"),
    );
}

#[test]
fn amma_before_a_fronted_adverbial_opens_the_clause_after_the_comma() {
    let qs = run(&[
        "وقالت الطبيبة سعاد يوسف الحاج إن «العيادة مزدحمة». أما عند مدخل السوق، فكان بائع خضار في الثلاثين من عمره ينتظر الزبائن. «الشغل قليل هذه الأيام»، قال وهو يمسح عرقه.",
    ]);
    speaker(
        "أما عند …، فكان X يفعل. «…»، قال",
        &qs,
        "الشغل قليل",
        Some("بائع خضار في الثلاثين من عمره"),
    );
}

#[test]
fn a_title_alone_names_the_holder_of_a_possessed_role() {
    let qs = run(&[
        "تتدرب العداءة منى سالم كل صباح تحت أنظار مدربها حسين سالم الزين، الذي يرى فيها «موهبة نادرة». غير أن المدرب يرفض هذه المقارنات، معتبرا أن «لكل عداء طريقه».",
    ]);
    speaker(
        "مدربها X … المدرب يرفض …، معتبرا",
        &qs,
        "لكل عداء",
        Some("حسين سالم الزين"),
    );
}

#[test]
fn an_after_a_verbal_noun_that_takes_it_goes_on_with_a_bodys_name() {
    let qs = run(&[
        "وقالت جمعية الدفاع عن حقوق المستأجرين في بيان إن «الإخلاء غير قانوني».",
        "وقالت لجنة البحث عن المفقودين إن «الفرق وصلت».",
    ]);
    speaker(
        "جمعية الدفاع عن …",
        &qs,
        "الإخلاء",
        Some("جمعية الدفاع عن حقوق المستأجرين"),
    );
    speaker(
        "لجنة البحث عن …",
        &qs,
        "الفرق",
        Some("لجنة البحث عن المفقودين"),
    );
}

#[test]
fn a_construct_noun_with_wa_joins_a_body_named_in_full_before() {
    let qs = run(&[
        "افتتحت هيئة المياه الجوفية وحماية الينابيع في المحافظة، الاثنين، محطة جديدة. وقالت الهيئة في بيان إن المحطة «تخدم عشرين قرية».",
    ]);
    speaker(
        "هيئة X Y وحماية الينابيع … وقالت الهيئة",
        &qs,
        "تخدم",
        Some("هيئة المياه الجوفية وحماية الينابيع"),
    );
}

#[test]
fn without_ends_the_subject_before_a_manner() {
    let qs = run(&[
        "وقال العداء فارس حمدي الصالح إن «السباق صعب». وعن خططه، أجاب فارس دون تردد: «الذهب ولا شيء غيره».",
    ]);
    speaker("أجاب X دون تردد:", &qs, "الذهب", Some("فارس حمدي الصالح"));
}

#[test]
fn an_adjective_after_a_bodys_lam_complement_stays_with_the_body() {
    let qs = run(&[
        "وحذر تقرير للمعهد العربي للبحوث الزراعية من أن «المخزون لا يكفي ثلاثة أشهر».",
        "وبحسب تقرير لمكتب الرصد المستقل للشؤون البيئية، فإن «المياه الجوفية تتراجع كل عام».",
        "وحذر تقرير الهيئة السنوي من أن «الديون تتضاعف».",
    ]);
    speaker(
        "تقرير لـX للبحوث الزراعية",
        &qs,
        "المخزون",
        Some("المعهد العربي للبحوث الزراعية"),
    );
    speaker(
        "بحسب تقرير لـX للشؤون البيئية",
        &qs,
        "المياه الجوفية",
        Some("مكتب الرصد المستقل للشؤون البيئية"),
    );
    speaker("تقرير الهيئة السنوي", &qs, "الديون", Some("الهيئة"));
}

#[test]
fn a_title_alone_after_a_quote_is_the_person_holding_the_floor() {
    let qs = run(&[
        "وقال سامر يوسف الحداد، مدير مكتب الهيئة في حلب، إن «الطريق مفتوح منذ الصباح». «لكن الشاحنات لم تصل بعد»، أوضح المسؤول السوري.",
        "وتحدثت الشاعرة ريم عادل الكرمي عن ديوانها الجديد، وقالت إن «القصائد كتبت في المخيم». «وكل قصيدة تحمل اسم شارع»، أضافت الكاتبة.",
    ]);
    speaker(
        "«…»، أوضح المسؤول السوري",
        &qs,
        "لكن الشاحنات",
        Some("سامر يوسف الحداد"),
    );
    speaker(
        "«…»، أضافت الكاتبة",
        &qs,
        "وكل قصيدة",
        Some("ريم عادل الكرمي"),
    );
}

#[test]
fn a_region_after_ba_is_part_of_the_title_not_a_name() {
    let qs = run(&[
        "وقال المندوب الإقليمي للصحة بجهة سوس ماسة، كريم العلوي، إن المستشفى «سيفتح أبوابه في الربيع».",
    ]);
    speaker("بجهة X، NAME،", &qs, "سيفتح", Some("كريم العلوي"));
    assert_eq!(
        quote("بجهة X، NAME،", &qs, "سيفتح").speaker_role.as_deref(),
        Some("المندوب الإقليمي للصحة بجهة سوس ماسة"),
        "بجهة X، NAME،: field `speaker_role`"
    );
    let qs = run(&["ويقول مدير الصحة بمحلية الدويم، صالح آدم النور، إن «المركز بلا كهرباء»."]);
    speaker("بمحلية X، NAME،", &qs, "المركز", Some("صالح آدم النور"));
}

#[test]
fn a_verbal_noun_with_ba_closes_a_name_in_the_sentence_before_a_quote() {
    let qs = run(&[
        "وقال المهندس كريم سعيد أبو النور إن «المشروع بدأ». وقالت سلمى حداد إن «التمويل متوفر».",
        "ويأمل أبو النور باستكمال الجسر قبل الشتاء. «لا نريد أن نتأخر مرة أخرى»، يقول.",
        "ويطالب أبو النور بتشغيل الخط الثاني. «الناس تنتظر منذ سنوات»، يقول.",
    ]);
    for head in ["لا نريد", "الناس تنتظر"] {
        speaker("X بـمصدر. «…»، يقول", &qs, head, Some("أبو النور"));
    }
}

#[test]
fn a_head_noun_repeated_with_al_names_the_description_before_the_quote() {
    let qs = run(&[
        "في دكان صغير قرب الميناء، يجلس نجار في الستين من عمره أمام باب قديم. «الخشب صار غاليا»، يقول النجار.",
    ]);
    speaker("يجلس نجار … . «…»، يقول النجار", &qs, "الخشب", Some("نجار"));
    let qs = run(&["وأمام المستشفى، كان أب لثلاثة تلاميذ ينتظر دوره. «ننتظر منذ الفجر»، قال الرجل."]);
    speaker(
        "كان أب لثلاثة تلاميذ ينتظر … «…»، قال الرجل",
        &qs,
        "ننتظر",
        Some("أب لثلاثة تلاميذ"),
    );
}

#[test]
fn a_participle_with_its_preposition_is_one_term_in_a_title() {
    let qs = run(&[
        "وقالت محامية المدعى عليها سناء فؤاد الكردي إن «موكلتها لم توقع أي عقد».",
        "وقال محامي المحكوم عليهم ماهر سليم العتوم إن «الاستئناف سيقدم غدا».",
    ]);
    speaker(
        "محامية المدعى عليها X",
        &qs,
        "موكلتها",
        Some("سناء فؤاد الكردي"),
    );
    speaker(
        "محامي المحكوم عليهم X",
        &qs,
        "الاستئناف",
        Some("ماهر سليم العتوم"),
    );
}

#[test]
fn an_indefinite_description_after_the_opening_verb_takes_a_later_pronoun_cue() {
    let qs = run(&[
        "وقال المحامي كمال يوسف الناصر إن «القضية انتهت». وأمام مبنى البلدية، وقفت ممرضة في الثلاثين من عمرها تحمل لافتة، وقالت: «لم نقبض رواتبنا منذ شهرين».",
    ]);
    speaker(
        "وقفت ممرضة في الثلاثين … وقالت:",
        &qs,
        "لم نقبض",
        Some("ممرضة في الثلاثين من عمرها"),
    );
}

#[test]
fn a_sentence_before_the_quote_that_opens_inside_a_quote_introduces_no_one() {
    let qs = run(&[
        "وقالت الطبيبة منى سعيد الخالدي: «المستشفى ممتلئ. لن نؤجل أي عملية قبل الأحد». «نحن نعمل بلا توقف»، تضيف.",
    ]);
    speaker(
        "«… . …». «…»، تضيف",
        &qs,
        "نحن نعمل",
        Some("منى سعيد الخالدي"),
    );
}

#[test]
fn a_verbal_noun_with_lam_completes_a_title_and_opens_no_name() {
    let qs = run(&[
        "تحدثت المهندسة هالة سمير الدباغ، رئيسة الهيئة العليا لإنقاذ المباني التاريخية، في مقابلة عن المشروع. وقالت: «رممنا أربعين بيتا».",
        "وقال رئيس اللجنة الوطنية لإعادة تأهيل المدارس إن «العمل مستمر».",
    ]);
    speaker(
        "X، رئيسة الهيئة لإنقاذ …، … وقالت",
        &qs,
        "رممنا",
        Some("هالة سمير الدباغ"),
    );
    speaker(
        "رئيس اللجنة لإعادة …",
        &qs,
        "العمل مستمر",
        Some("رئيس اللجنة الوطنية لإعادة تأهيل المدارس"),
    );
}

#[test]
fn a_short_span_that_fills_a_parenthesis_is_a_name() {
    let qs = run(&[
        "وقالت سارة خليل، ممثلة برنامج الأغذية العالمي («الأغذية») في اليمن، إن «المخازن فارغة».",
    ]);
    no_quote("(«…»)", &qs, "الأغذية");
    speaker("(«…») then a statement", &qs, "المخازن", Some("سارة خليل"));
}

#[test]
fn a_short_span_between_a_verb_of_transmission_and_an_is_the_medium() {
    let qs = run(&["ونقلت «الراية» عن مصدر في الوزارة أن «القرار نهائي»."]);
    no_quote("نقلت «…» عن", &qs, "الراية");
    speaker(
        "نقلت «…» عن X أن «…»",
        &qs,
        "القرار",
        Some("مصدر في الوزارة"),
    );
}
