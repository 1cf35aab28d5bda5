//! The page's words that are not in a table of their own (levers, sectors, presets and inputs
//! carry theirs): buttons, headings, help, labels, messages. Each is a `Tr` of all three languages,
//! so a missing translation does not compile; `ALL` lists them for the test that none is empty or
//! left in English. A `{}` is filled in by the page (`Tr::fill`).

use crate::tr::{Lang, Tr};

macro_rules! texts {
    ($($(#[$doc:meta])* $name:ident = ($en:expr, $hi:expr, $ru:expr);)*) => {
        $($(#[$doc])* pub const $name: Tr = Tr::new($en, $hi, $ru);)*
        /// Every text above, with its name.
        pub const ALL: &[(&str, Tr)] = &[$((stringify!($name), $name)),*];
    };
}

texts! {
    /// The calculator's name (share sheet, embed frame title, the page's <title> prefix).
    TITLE = ("India–Russia trade calculator", "भारत–रूस व्यापार कैलकुलेटर", "Калькулятор торговли Индии и России");
    /// The page's <title>.
    PAGE_TITLE = (
        "India–Russia trade calculator: exports, imports and the balance to 2030",
        "भारत–रूस व्यापार कैलकुलेटर: 2030 तक निर्यात, आयात और व्यापार संतुलन",
        "Калькулятор торговли Индии и России: экспорт, импорт и сальдо до 2030\u{a0}года"
    );
    /// The page's meta description ([`description`] fills in the target).
    DESCRIPTION = (
        "Move the levers (an India–EAEU tariff cut, a slowdown in Russian crude imports, export growth) and see India's trade with Russia to FY2030-31 against the US$\u{a0}{}\u{a0}bn target. Computed in your browser.",
        "लीवर खिसकाइए (भारत और यूरेशियाई आर्थिक संघ (EAEU) के बीच शुल्क कटौती, रूसी कच्चे तेल के आयात में कमी, निर्यात वृद्धि) और वित्त\u{a0}वर्ष\u{a0}2030\u{2011}31 तक रूस के साथ भारत का व्यापार {}\u{a0}अरब\u{a0}डॉलर के लक्ष्य की तुलना में देखिए। गणना आपके ब्राउज़र में होती है।",
        "Двигайте ползунки (снижение пошлин в торговле Индии и ЕАЭС, сокращение импорта российской нефти, рост экспорта) и смотрите, как будет меняться торговля Индии с Россией до 2030/31\u{a0}фин.\u{a0}г. по сравнению с целью в {}\u{a0}млрд\u{a0}долл. Расчёт — в вашем браузере."
    );
    /// The short source line drawn under downloaded charts and embeds.
    SOURCE_SHORT = (
        "Source: Department of Commerce (TradeStat) for actual years; tariffs, elasticities and market sizes partly estimates. Model: WITS SMART partial equilibrium. Illustrative.",
        "स्रोत: वास्तविक वर्षों के लिए वाणिज्य विभाग (TradeStat); शुल्क, लोच और बाज़ार के आकार आंशिक रूप से आकलन। मॉडल: WITS SMART आंशिक संतुलन। आँकड़े सांकेतिक हैं।",
        "Источник: Министерство торговли и промышленности Индии (TradeStat) — фактические данные; пошлины, эластичности и ёмкость рынков отчасти оценочные. Модель: WITS SMART, частичное равновесие. Расчёты иллюстративные."
    );
    /// The page footer's source line, before the link to the sources panel.
    SOURCE_LONG_BEFORE = (
        "Source: Department of Commerce (TradeStat) for the actual years and their sectors; tariffs, elasticities and market sizes partly estimates, each with its source under",
        "स्रोत: वास्तविक वर्षों और उनके क्षेत्रों के लिए वाणिज्य विभाग (TradeStat); शुल्क, लोच और बाज़ार के आकार आंशिक रूप से आकलन हैं, हर एक का स्रोत यहाँ है:",
        "Источник: Министерство торговли и промышленности Индии (TradeStat) — фактические данные, в том числе по отраслям; пошлины, эластичности и ёмкость рынков отчасти оценочные, источник каждого значения — в разделе"
    );
    SOURCES_AND_METHOD = ("Sources and method", "स्रोत और पद्धति", "Источники и методика");
    /// After the link.
    SOURCE_LONG_AFTER = (
        ". Model: WITS SMART partial equilibrium. Illustrative projections, not forecasts.",
        "। मॉडल: WITS SMART आंशिक संतुलन। ये सांकेतिक प्रक्षेपण हैं, पूर्वानुमान नहीं।",
        ". Модель: WITS SMART, частичное равновесие. Расчёты сценарные и носят иллюстративный характер; это не предсказание."
    );

    // ── The masthead and the summary ──
    KICKER = ("India · Russia · Trade", "भारत · रूस · व्यापार", "Индия · Россия · Торговля");
    HEADING = ("Where is India's trade with Russia heading?", "रूस के साथ भारत का व्यापार किस ओर जा रहा है?", "Куда движется торговля Индии с Россией?");
    LANGUAGE = ("Language", "भाषा", "Язык");
    CURRENCY = ("Figures in", "मुद्रा", "Валюта");
    EXPORTS_TO_RUSSIA = ("Exports to Russia", "रूस को निर्यात", "Экспорт в Россию");
    IMPORTS_FROM_RUSSIA = ("Imports from Russia", "रूस से आयात", "Импорт из России");
    BALANCE = ("Balance", "व्यापार संतुलन", "Сальдо");
    /// The balance's card and ticker name its side instead of signing the amount.
    TRADE_DEFICIT = ("Trade deficit", "व्यापार घाटा", "Дефицит торговли");
    TRADE_SURPLUS = ("Trade surplus", "व्यापार अधिशेष", "Профицит торговли");
    TOTAL_TRADE = ("Total trade", "कुल व्यापार", "Товарооборот");
    TOTAL = ("Total", "कुल व्यापार", "Товарооборот");
    /// After the line that says what current trends assume: a link to the presets' sources.
    TRENDS_WHY = ("Why these figures", "ये आँकड़े कहाँ से", "Откуда эти значения");
    CURRENT_TRENDS_COLON = ("Current trends: {}", "मौजूदा रुझान: {}", "Текущие тенденции: {}");
    PINNED_COLON = ("Pinned: {}", "पिन किया गया परिदृश्य: {}", "Закреплённый сценарий: {}");
    HOW_SURE_LINK = ("How sure?", "प्रक्षेपण कितना भरोसेमंद?", "Насколько надёжно?");
    NOTICE_INTRO = (
        "Some settings in this link could not be used as they were:",
        "इस लिंक की कुछ सेटिंग्स जैसी थीं वैसी इस्तेमाल नहीं हो सकीं:",
        "Некоторые параметры этой ссылки не удалось применить как есть:"
    );
    DISMISS = ("Dismiss", "हटाएँ", "Закрыть");
    DATA_ERROR = (
        "The calculator's data could not be read, so no projection is shown: {}",
        "कैलकुलेटर का डेटा पढ़ा नहीं जा सका, इसलिए कोई प्रक्षेपण नहीं दिखाया गया: {}",
        "Не удалось прочитать данные калькулятора, поэтому расчёт не показан: {}"
    );
    OPEN_FULL = ("Open the full calculator ↗", "पूरा कैलकुलेटर खोलें ↗", "Открыть полный калькулятор ↗");

    CHARTS_AND_TABLES = ("Charts and tables", "चार्ट और तालिकाएँ", "Графики и таблицы");
    CHARTS = ("Charts", "चार्ट", "Графики");

    // ── Levers and presets ──
    YOUR_SCENARIO = ("Your scenario", "आपका परिदृश्य", "Ваш сценарий");
    RESET = ("Reset to current trends", "मौजूदा रुझानों पर लौटें", "Вернуть текущие тенденции");
    GROWTH_BY_SECTOR = ("Growth by sector", "क्षेत्रवार वृद्धि", "Рост по отраслям");
    N_SET = (" ({} set)", " ({} तय)", " (задано: {})");
    HEADLINE_RATE = (" (headline)", " (मुख्य दर)", " (общий темп)");
    SAME_AS_HEADLINE = ("Same as headline", "मुख्य दर के बराबर", "Как общий темп");
    START_FROM = ("Start from a scenario", "किसी परिदृश्य से शुरू करें", "Готовые сценарии");
    ILLUSTRATIVE = ("illustrative", "सांकेतिक", "для иллюстрации");
    WHY = ("Why: {}", "आधार: {}", "Основание: {}");

    // ── Compare, goal, how sure ──
    COMPARE_HEADING = ("Compare scenarios", "परिदृश्यों की तुलना", "Сравнение сценариев");
    PIN_HELP = (
        "Pin this scenario to keep it on every chart as a dotted line while you try another.",
        "इस परिदृश्य को पिन करें: दूसरा आज़माते समय यह हर चार्ट पर बिंदुदार रेखा के रूप में दिखता रहेगा।",
        "Закрепите этот сценарий: пока вы пробуете другой, он останется на каждом графике пунктирной линией."
    );
    PIN = ("Pin this scenario", "यह परिदृश्य पिन करें", "Закрепить этот сценарий");
    PINNED_FOR = ("Pinned for comparison: ", "तुलना के लिए पिन किया गया: ", "Закреплён для сравнения: ");
    SAME_AS_YOURS = (" (the same as your scenario)", " (आपके परिदृश्य जैसा ही)", " (совпадает с вашим сценарием)");
    SWAP = ("Swap with your scenario", "अपने परिदृश्य से अदला-बदली करें", "Поменять местами с вашим");
    PIN_INSTEAD = ("Pin this one instead", "पहले वाले की जगह इसे पिन करें", "Закрепить этот вместо прежнего");
    CLEAR_PIN = ("Clear the pin", "पिन हटाएँ", "Открепить");
    /// The heading over the split of (yours − pinned) in FY2030-31, beside Compare.
    MOVED_FROM_PIN = (
        "What moved between the pinned scenario and yours",
        "पिन किए गए परिदृश्य और आपके परिदृश्य के बीच क्या बदला",
        "Что изменилось между закреплённым сценарием и вашим"
    );
    GOAL_HEADING = ("What would it take?", "इसके लिए क्या करना होगा?", "Что для этого нужно?");
    GOAL_HELP = (
        "Choose a goal for FY2030-31 and the lever to move; the calculator finds the value that gets there with the other levers as they are, or says that none does.",
        "वित्त\u{a0}वर्ष\u{a0}2030\u{2011}31 के लिए एक लक्ष्य और खिसकाने के लिए एक लीवर चुनें; कैलकुलेटर बाक़ी लीवरों को जस का तस रखकर वह मान खोजता है जिससे लक्ष्य पूरा हो, या बताता है कि ऐसा कोई मान नहीं है।",
        "Выберите цель на 2030/31\u{a0}фин.\u{a0}г. и ползунок; калькулятор найдёт значение, при котором цель достигается при неизменном положении остальных ползунков, или сообщит, что такого значения нет."
    );
    GOAL = ("Goal", "लक्ष्य", "Цель");
    GOAL_BALANCED = ("Balanced trade in FY2030-31", "वित्त\u{a0}वर्ष\u{a0}2030\u{2011}31 में संतुलित व्यापार", "Сбалансированная торговля в 2030/31\u{a0}фин.\u{a0}г.");
    /// The target goal's choice ([`goal_target`] fills in the target).
    GOAL_TARGET_OF = ("Total trade of US$\u{a0}{}\u{a0}bn in FY2030-31", "वित्त\u{a0}वर्ष\u{a0}2030\u{2011}31 में {}\u{a0}अरब\u{a0}डॉलर का कुल व्यापार", "Товарооборот {}\u{a0}млрд\u{a0}долл. в 2030/31\u{a0}фин.\u{a0}г.");
    GOAL_DEFICIT = ("A deficit below a chosen amount", "चुनी गई राशि से कम घाटा", "Дефицит ниже заданной суммы");
    DEFICIT_BELOW = ("Deficit below ({})", "घाटा इससे कम ({})", "Дефицит ниже ({})");
    LEVER_TO_MOVE = ("Lever to move", "कौन-सा लीवर", "Какой ползунок");
    APPLY = ("Apply this value", "यह मान लागू करें", "Применить это значение");
    HOW_SURE = (
        "How sure is this? The likely range and the uncertain inputs",
        "प्रक्षेपण कितना भरोसेमंद है? संभावित दायरा और अनिश्चित इनपुट",
        "Насколько это надёжно? Вероятный диапазон и неопределённые параметры"
    );
    HOW_SURE_METHOD = (
        "The shaded range on the balance and total-trade charts comes from {} projections of your scenario, each with the uncertain inputs below drawn at random from their ranges. The draws start from a fixed seed, so the same link shows the same range on every device and in the command-line tool.",
        "व्यापार संतुलन और कुल व्यापार के चार्ट पर छायांकित दायरा आपके परिदृश्य के {} सिमुलेशनों से बनता है; हर सिमुलेशन में नीचे दिए अनिश्चित इनपुट उनके दायरे में से यादृच्छिक रूप से चुने जाते हैं। यह चुनाव यादृच्छिक संख्या जनरेटर के एक तय प्रारंभिक मान (सीड) से शुरू होता है, इसलिए एक ही लिंक हर डिवाइस पर और कमांड-लाइन टूल में एक ही दायरा दिखाता है।",
        "Закрашенная область на графиках сальдо и товарооборота получена из {} смоделированных вариантов вашего сценария, в каждом из которых неопределённые параметры ниже выбираются случайно из их диапазонов. Выборка начинается с фиксированного начального значения генератора (сида), поэтому одна и та же ссылка даёт один и тот же диапазон на любом устройстве и в консольной программе."
    );
    UNCERTAIN_INPUTS = ("Uncertain inputs and their ranges", "अनिश्चित इनपुट और उनके दायरे", "Неопределённые параметры и их диапазоны");
    UNCERTAIN_CAPTION = (
        "Uncertain inputs, their ranges and where the ranges come from",
        "अनिश्चित इनपुट, उनके दायरे और दायरों का आधार",
        "Неопределённые параметры, их диапазоны и откуда они взяты"
    );
    INPUT = ("Input", "इनपुट", "Параметр");
    RANGE = ("Range", "दायरा", "Диапазон");
    SOURCE = ("Source", "स्रोत", "Источник");
    OUR_ESTIMATE = ("our estimate", "हमारा आकलन", "наша оценка");

    // ── Charts and tables ──
    DATA_TABLE = ("Data table", "डेटा तालिका", "Таблица данных");
    DATA_TABLE_OF = ("{}: data table", "{}: डेटा तालिका", "{}: таблица данных");
    YEAR = ("Year", "वर्ष", "Год");
    FISCAL_YEAR = ("Fiscal year", "वित्त\u{a0}वर्ष", "Финансовый год");
    TYPE = ("Type", "प्रकार", "Тип");
    ACTUAL_KIND = ("actual", "वास्तविक", "факт");
    ACTUAL_ESTIMATED_KIND = ("actual, partly estimated", "वास्तविक, आंशिक रूप से आकलन", "факт, частично оценка");
    PROJECTED_KIND = ("projected", "प्रक्षेपित", "прогноз");
    ERA_ACTUAL = ("actual", "वास्तविक", "факт");
    ERA_PROJECTION = ("projection", "प्रक्षेपण", "прогноз");
    TARGET_LABEL = ("Target US$\u{a0}{}\u{a0}bn", "लक्ष्य {}\u{a0}अरब\u{a0}डॉलर", "Цель {}\u{a0}млрд\u{a0}долл.");
    P10 = ("10th percentile", "10वाँ पर्सेंटाइल", "10-й процентиль");
    MEDIAN = ("Median", "माध्यिका", "Медиана");
    P90 = ("90th percentile", "90वाँ पर्सेंटाइल", "90-й процентиль");
    STEP = ("Step", "चरण", "Шаг");
    EXPORTS = ("Exports", "निर्यात", "Экспорт");
    IMPORTS = ("Imports", "आयात", "Импорт");
    YEAR_TABLE = (
        "Year by year, {}: actual, then projected (current trends in grey)",
        "साल-दर-साल, {}: वास्तविक, फिर प्रक्षेपित (मौजूदा रुझान धूसर में)",
        "По годам, {}: факт, затем прогноз (текущие тенденции — серым)"
    );
    BY_SECTOR_IN = ("By sector and group, {}", "क्षेत्र और समूह के अनुसार, {}", "По отраслям и статьям импорта, {}");
    EXPORTS_BY_SECTOR = ("Exports by sector", "क्षेत्रवार निर्यात", "Экспорт по отраслям");
    IMPORTS_BY_GROUP = ("Imports by group", "समूहवार आयात", "Импорт по статьям");
    DOWNLOAD = ("Download", "डाउनलोड करें:", "Скачать");
    AS_SVG = ("{} as SVG", "{}, SVG में", "{} в SVG");

    // ── Share, embed, download ──
    SHARE_AND_DOWNLOAD = ("Share and download", "शेयर और डाउनलोड", "Поделиться и скачать");
    COPY_LINK = ("Copy link", "लिंक कॉपी करें", "Скопировать ссылку");
    SHARE = ("Share…", "शेयर करें…", "Поделиться…");
    EMBED = ("Embed…", "एम्बेड करें…", "Встроить…");
    DOWNLOAD_CSV = ("Download data (CSV)", "डेटा डाउनलोड करें (CSV)", "Скачать данные (CSV)");
    SOURCES_CSV = ("Sources (CSV)", "स्रोत (CSV)", "Источники (CSV)");
    DOWNLOAD_JSON = ("Download JSON", "JSON डाउनलोड करें", "Скачать JSON");
    NAME_SCENARIO = ("Name this scenario (optional): charts, embeds and downloads use it", "इस परिदृश्य का नाम (वैकल्पिक): चार्ट, एम्बेड और डाउनलोड में यही दिखेगा", "Название сценария (необязательно): оно появится на графиках, во встроенных виджетах и в скачанных файлах");
    NAME_EXAMPLE = ("e.g. Oil stop in 2028", "जैसे: 2028 में तेल बंद", "например, «Отказ от нефти в 2028\u{a0}г.»");
    EMBED_HEIGHTS = ("In an article it is {} px tall on a phone (390 px wide) and {} px on a desktop (720 px column).", "लेख में इसकी ऊँचाई फ़ोन पर (390 px चौड़ाई) {} px और डेस्कटॉप पर (720 px कॉलम) {} px होगी।", "В статье высота составит {} px на телефоне (ширина 390 px) и {} px на компьютере (колонка 720 px).");
    EMBED_MEASURING = ("Measuring its height in an article…", "लेख में इसकी ऊँचाई मापी जा रही है…", "Измеряем высоту в статье…");
    NAMED_SCENARIO = ("Scenario: {}", "परिदृश्य: {}", "Сценарий: {}");
    LINK_TO_SCENARIO = ("Link to this scenario", "इस परिदृश्य का लिंक", "Ссылка на этот сценарий");
    LINK_COPIED = ("Link copied.", "लिंक कॉपी हो गया।", "Ссылка скопирована.");
    COPY_REFUSED = (
        "Your browser did not allow copying: select the link below and copy it.",
        "आपके ब्राउज़र ने कॉपी करने नहीं दिया: नीचे दिया लिंक चुनकर कॉपी करें।",
        "Браузер не разрешил копирование: выделите ссылку ниже и скопируйте её."
    );
    DOWNLOADED = ("Downloaded the {} file.", "{} फ़ाइल डाउनलोड हो गई।", "Файл скачан: {}.");
    DOWNLOAD_FAILED = (
        "The download could not be started in this browser.",
        "इस ब्राउज़र में डाउनलोड शुरू नहीं हो सका।",
        "В этом браузере не удалось начать скачивание."
    );
    FILE_CSV = ("data (CSV)", "डेटा (CSV)", "данные (CSV)");
    FILE_SOURCES = ("sources (CSV)", "स्रोत (CSV)", "источники (CSV)");
    FILE_JSON = ("JSON", "JSON", "JSON");
    EMBED_HEADING = ("Embed this scenario", "यह परिदृश्य एम्बेड करें", "Встроить этот сценарий");
    EMBED_HELP = (
        "Paste the snippet into your article's HTML. The frame resizes itself to its content (the script understands the same height messages as Datawrapper's; Pym.js parents work too).",
        "यह स्निपेट अपने लेख के HTML में चिपकाएँ। फ़्रेम अपनी सामग्री के हिसाब से अपना आकार बदलता है (स्क्रिप्ट Datawrapper जैसे ही ऊँचाई संदेश समझती है; Pym.js वाले पेज भी काम करते हैं)।",
        "Вставьте этот код в HTML-код статьи. Фрейм сам подстраивает высоту под содержимое (скрипт понимает те же сообщения о высоте, что и у Datawrapper; страницы с Pym.js тоже работают)."
    );
    SHOW = ("Show", "दिखाएँ", "Показать");
    DESCRIBE = ("Describe the chart", "चार्ट का विवरण", "Подписи к графику");
    DESCRIBE_HELP = (
        "Your own title, subtitle and note replace the chart's in the embed of one chart and in the downloaded charts; the link carries them. Leave a box empty to keep the chart's own.",
        "आपका अपना शीर्षक, उपशीर्षक और नोट एक चार्ट के एम्बेड और डाउनलोड किए गए चार्ट में चार्ट के अपने शब्दों की जगह लेंगे; लिंक में ये शामिल रहेंगे। चार्ट के अपने शब्द रखने के लिए बॉक्स ख़ाली छोड़ दें।",
        "Ваши заголовок, подзаголовок и примечание заменят стандартные подписи во встроенном и скачанном графике; ссылка их сохранит. Чтобы оставить стандартную подпись, не заполняйте поле."
    );
    CHART_TITLE = ("Title", "शीर्षक", "Заголовок");
    CHART_SUBTITLE = ("Subtitle", "उपशीर्षक", "Подзаголовок");
    CHART_NOTE = ("Note (under the chart)", "नोट (चार्ट के नीचे)", "Примечание (под графиком)");
    WHOLE_CALCULATOR = ("the whole calculator", "पूरा कैलकुलेटर", "весь калькулятор");
    ONE_CHART = ("one chart: {}", "एक चार्ट: {}", "один график: {}");
    WITH_LEVERS = ("with the levers", "लीवरों के साथ", "с ползунками");
    THEME = ("Theme", "रंग-रूप", "Оформление");
    THEME_AUTO = ("follow the reader's system", "पाठक के सिस्टम जैसा", "как в системе читателя");
    THEME_LIGHT = ("light", "हल्का", "светлое");
    THEME_DARK = ("dark", "गहरा", "тёмное");
    SNIPPET = ("Snippet", "स्निपेट", "Код для вставки");
    COPY_SNIPPET = ("Copy snippet", "स्निपेट कॉपी करें", "Скопировать код");
    SNIPPET_COPIED = ("Snippet copied.", "स्निपेट कॉपी हो गया।", "Код скопирован.");
    SELECT_SNIPPET = ("Select the snippet and copy it.", "स्निपेट चुनकर कॉपी करें।", "Выделите код и скопируйте его.");
    CLOSE = ("Close", "बंद करें", "Закрыть");

    // ── Assumptions and sources ──
    ASSUMPTIONS = (
        "Assumptions: baseline values, tariffs, elasticities, market sizes",
        "धारणाएँ: आधार मान, शुल्क, लोच, बाज़ार के आकार",
        "Допущения: базовые значения, пошлины, эластичности, ёмкость рынков"
    );
    ASSUMPTIONS_HELP = (
        "Every number the model starts from, with its source. Estimates are tagged EST (ours), PRESS or TRK; official figures OFF, or DER when derived from them. Change any value; “Reset to current trends” restores them all.",
        "मॉडल जिन संख्याओं से शुरू होता है, सब अपने स्रोत के साथ। हमारे आकलनों पर “आकलन”, मीडिया के दावों पर “मीडिया” और ट्रैकरों के आँकड़ों पर “ट्रैकर” का टैग है; आधिकारिक आँकड़ों पर “आधिकारिक” और उनसे गणना करके निकाले गए आँकड़ों पर “गणना”। कोई भी मान बदलें; “मौजूदा रुझानों पर लौटें” सब वापस ले आता है।",
        "Все исходные данные модели с источниками. Оценочные значения помечены «оценка» (наша), «пресса» или «мониторинг»; официальные данные — «офиц.», рассчитанные по ним — «расч.». Измените любое значение; кнопка «Вернуть текущие тенденции» восстановит все значения."
    );
    HS_TABLE_LABEL = ("HS chapters of each sector", "हर क्षेत्र के HS अध्याय", "Группы ТН ВЭД каждой отрасли");
    HS_TABLE_CAPTION = (
        "Which HS chapters each sector and group covers (TradeStat, Department of Commerce)",
        "हर क्षेत्र और समूह में कौन-से HS अध्याय आते हैं (TradeStat, वाणिज्य विभाग)",
        "Какие группы ТН ВЭД входят в каждую экспортную отрасль и в каждую статью импорта (TradeStat, Министерство торговли и промышленности Индии)"
    );
    TABLE_EXPORTS = ("India's exports to Russia by sector", "रूस को भारत का निर्यात, क्षेत्रवार", "Экспорт Индии в Россию по отраслям");
    TABLE_IMPORTS = ("India's imports from Russia by group", "रूस से भारत का आयात, समूहवार", "Импорт Индии из России по статьям");
    TABLE_MODEL = ("Model", "मॉडल", "Модель");
    ITEM = ("Item", "मद", "Показатель");
    VALUE = ("Value", "मान", "Значение");
    SECTOR_OR_GROUP = ("Sector or group", "क्षेत्र या समूह", "Отрасль или статья импорта");
    HS_CHAPTERS = ("HS chapters", "HS अध्याय", "Группы ТН ВЭД");
    /// In a chapter list: every chapter no other sector names.
    REST_CHAPTERS = ("rest", "बाक़ी सभी", "все остальные");
    WHAT_IT_HOLDS = ("What it holds", "इसमें क्या है", "Что входит");
    EXPORTS_SUFFIX = (" (exports)", " (निर्यात)", " (экспорт)");
    IMPORTS_SUFFIX = (" (imports)", " (आयात)", " (импорт)");
    FIGURE = ("Figure", "आँकड़ा", "Показатель");
    SOURCES_INTRO = (
        "Actual years {} to {} (April–March), official totals (Department of Commerce); the projection starts from {}. Sectors and groups are sums of official HS chapters. Tariffs, elasticities and market sizes come from published research, the press and our own estimates where no official figure was found: {} of the {} figures below are estimates or assumptions, marked with their type:",
        "वास्तविक वर्ष: {} से {} (अप्रैल–मार्च), आधिकारिक कुल आँकड़े (वाणिज्य विभाग); प्रक्षेपण {} के स्तर से आगे बढ़ता है। क्षेत्र और समूह आधिकारिक HS अध्यायों के जोड़ हैं। शुल्क, लोच और बाज़ार के आकार प्रकाशित शोध, मीडिया और जहाँ कोई आधिकारिक आँकड़ा नहीं मिला वहाँ हमारे अपने आकलनों से लिए गए हैं: नीचे दिए आँकड़ों में से {} आकलन या धारणाएँ हैं (कुल {} में से); हर एक पर उसका प्रकार अंकित है:",
        "Фактические данные с {} по {} (апрель–март) — официальные итоги (Министерство торговли и промышленности Индии); прогноз строится от уровня {}. Экспортные отрасли и статьи импорта — суммы официальных групп ТН ВЭД. Пошлины, эластичности и ёмкость рынков взяты из опубликованных исследований, прессы и наших оценок, где официальных данных нет: {} из {} показателей ниже — оценки или допущения, их тип указан:"
    );
    HOW_MADE = ("How the projection is made", "प्रक्षेपण कैसे बनता है", "Как строится прогноз");
    WHICH_CHAPTERS = ("Which HS chapters each sector covers", "हर क्षेत्र में कौन-से HS अध्याय हैं", "Какие группы ТН ВЭД входят в каждую отрасль и статью импорта");
    EVERY_FIGURE = ("Every figure and its source", "हर आँकड़ा और उसका स्रोत", "Все показатели и их источники");
    EVERY_INPUT = ("Every input of the model", "मॉडल का हर इनपुट", "Все исходные данные модели");
    SOURCES_VERBATIM = (
        "Sources are quoted as published, in English.",
        "प्रकाशित स्रोत जैसे प्रकाशित हुए वैसे ही, अंग्रेज़ी में दिए गए हैं; हमारे अपने आकलनों के नोट हिन्दी में हैं।",
        "Источники цитируются в оригинале, на английском языке; пояснения к нашим оценкам — на русском."
    );
    TRANSLATION_NOTE = (
        "",
        "हिन्दी पाठ पहले एक संपादक की समीक्षा (49 त्रुटियाँ) के बाद और फिर 6\u{a0}दिसंबर 2026 को एक स्वतंत्र मूल भाषी संपादक की पढ़ाई (50 त्रुटियाँ) के बाद सुधारा गया है; उसके लगभग सभी सुधार लागू हो चुके हैं, कुछ छोटे सुधार अभी बाक़ी हैं। संख्याएँ और स्रोत अंग्रेज़ी संस्करण जैसे ही हैं।",
        "Русский текст 6\u{a0}декабря 2026\u{a0}г. прочитал редактор деловой прессы\u{a0}— носитель языка; найденные им 65 ошибок исправлены. Числа и источники те же, что в английской версии."
    );

    // ── Offline ──
    NEW_VERSION = ("A new version of the calculator is available.", "कैलकुलेटर का नया संस्करण उपलब्ध है।", "Доступна новая версия калькулятора.");
    RELOAD = ("Reload", "फिर से लोड करें", "Обновить");
    BOOT_FAILED = (
        "The calculator could not start in this browser: its WebAssembly did not load. Reload the page to try again; if it fails again, the browser or a network filter may block WebAssembly.",
        "कैलकुलेटर इस ब्राउज़र में शुरू नहीं हो सका: उसका WebAssembly लोड नहीं हुआ। दोबारा कोशिश करने के लिए पेज फिर से लोड करें; फिर भी न चले, तो हो सकता है ब्राउज़र या नेटवर्क फ़िल्टर WebAssembly को रोक रहा हो।",
        "Калькулятор не смог запуститься в этом браузере: не загрузился модуль WebAssembly. Обновите страницу, чтобы попробовать снова; если это не поможет, возможно, WebAssembly блокируется браузером или сетевым фильтром."
    );
    BOOT_SLOW = (
        "The calculator is taking unusually long to start. Reload the page to try again, or wait a little longer.",
        "कैलकुलेटर शुरू होने में असामान्य रूप से देर लगा रहा है। पेज फिर से लोड करें या थोड़ी देर और रुकें।",
        "Калькулятор запускается необычно долго. Обновите страницу или подождите ещё немного."
    );
    FAULT = (
        "The calculator stopped because of an error in the page. Reload it to start again: the link keeps your scenario.",
        "पेज में एक गड़बड़ी के कारण कैलकुलेटर रुक गया। फिर से शुरू करने के लिए पेज दोबारा लोड करें: लिंक में आपका परिदृश्य सुरक्षित है।",
        "Калькулятор остановился из-за ошибки на странице. Обновите страницу, чтобы начать заново: ссылка сохраняет ваш сценарий."
    );
    LATER = ("Later", "बाद में", "Позже");
    OFFLINE_READY = (
        "Ready to work offline: the calculator now opens without a connection.",
        "ऑफ़लाइन के लिए तैयार: कैलकुलेटर अब बिना इंटरनेट के भी खुलता है।",
        "Готово к работе офлайн: калькулятор теперь открывается без подключения."
    );
    OK = ("OK", "ठीक है", "Хорошо");
}

/// The page's meta description, against the target: `target` is the data's `target.total` (US$
/// bn) as the reader's language writes it (`Loc::num(p.target, 0)`), as the headline's is.
pub fn description(lang: Lang, target: &str) -> String {
    DESCRIPTION.fill(lang, target)
}

/// The goal "total trade of US$ 100 bn in FY2030-31", the target as in [`description`].
pub fn goal_target(lang: Lang, target: &str) -> String {
    GOAL_TARGET_OF.fill(lang, target)
}

/// The method's steps in a language, the band's with its number of draws
/// (`insight::uncertainty::DRAWS`).
pub fn method_steps(lang: Lang, draws: usize) -> impl Iterator<Item = String> {
    let draws = draws.to_string();
    METHOD_STEPS.iter().map(move |t| t.fill(lang, &draws))
}

/// The method's steps, one per line of the list in the sources panel (the band's `{}` is its
/// number of draws: [`method_steps`]).
pub const METHOD_STEPS: [Tr; 10] = [
    Tr::new(
        "Each export sector grows at the export growth rate (or its own): X⁰(t) = X(0) · (1 + g)ᵗ.",
        "हर निर्यात क्षेत्र निर्यात वृद्धि दर (या अपनी दर) से बढ़ता है: X⁰(t) = X(0) · (1 + g)ᵗ।",
        "Каждая экспортная отрасль растёт темпами общего роста экспорта (или собственными): X⁰(t) = X(0) · (1 + g)ᵗ.",
    ),
    Tr::new(
        "An EAEU tariff cut adds trade creation, X⁰ · ε · (τ − τ(t)) / (1 + τ), and diversion from other suppliers, X · R · σ · r / (X + R + X · σ · r), as in the World Bank's WITS SMART model; the cut phases in from its start year.",
        "यूरेशियाई आर्थिक संघ (EAEU) की शुल्क कटौती व्यापार सृजन, X⁰ · ε · (τ − τ(t)) / (1 + τ), और दूसरे आपूर्तिकर्ताओं से व्यापार विचलन, X · R · σ · r / (X + R + X · σ · r), जोड़ती है, जैसा विश्व बैंक के WITS SMART मॉडल में है; कटौती अपने शुरुआती वर्ष से धीरे-धीरे लागू होती है।",
        "Снижение пошлин ЕАЭС добавляет эффект создания торговли, X⁰ · ε · (τ − τ(t)) / (1 + τ), и эффект отклонения торговли от других поставщиков, X · R · σ · r / (X + R + X · σ · r), как в модели WITS SMART Всемирного банка; снижение вводится поэтапно с года начала.",
    ),
    Tr::new(
        "No sector's exports exceed Russia's whole import market for it.",
        "किसी भी क्षेत्र का निर्यात उस क्षेत्र में रूस के पूरे आयात बाज़ार से ज़्यादा नहीं होता।",
        "Экспорт каждой отрасли ограничен ёмкостью российского импортного рынка соответствующих товаров.",
    ),
    Tr::new(
        "Crude imports are volume × (price − Russian discount): the volume is the lever's level in the first projected year, then changes by the yearly rate, and is nil from the stop year on.",
        "कच्चे तेल का आयात = मात्रा × (कीमत − रूसी छूट): पहले प्रक्षेपित वर्ष में मात्रा लीवर के बराबर रहती है, फिर सालाना दर से बदलती है, और ख़रीद बंद होने के वर्ष से शून्य हो जाती है।",
        "Импорт нефти = объём × (цена − российская скидка): объём в первом прогнозном году равен значению ползунка, затем меняется с ежегодным темпом и равен нулю с года прекращения закупок.",
    ),
    Tr::new(
        "Other imports grow at their own rate; India's reciprocal cut adds trade creation on them.",
        "अन्य आयात अपनी दर से बढ़ते हैं; भारत की जवाबी (पारस्परिक) शुल्क कटौती उन पर व्यापार सृजन जोड़ती है।",
        "Прочий импорт растёт собственными темпами; встречное снижение пошлин Индией добавляет к нему эффект создания торговли.",
    ),
    Tr::new(
        "What moved the balance: the change of each FY2030-31 figure from current trends to your scenario is split among four groups of levers (the tariff cuts; Russian crude; exports; other imports) by Shapley values: 16 projections, one for each combination of moved groups, and each group's average contribution over every order of moving them. The parts add up to the change exactly. Current trends are every lever at its default under the assumptions in force, your changes in the Assumptions panel included, so the waterfall starts where the charts' dashed line ends.",
        "व्यापार संतुलन किससे बदला: वित्त\u{a0}वर्ष\u{a0}2030\u{2011}31 के हर आँकड़े में मौजूदा रुझानों से आपके परिदृश्य तक के बदलाव को लीवरों के चार समूहों (शुल्क कटौती; रूसी कच्चा तेल; निर्यात; अन्य आयात) में शैप्ली मानों से बाँटा जाता है: 16 प्रक्षेपण, बदले गए समूहों के हर संयोजन के लिए एक, और हर समूह का औसत योगदान उन्हें बदलने के हर क्रम पर। हिस्सों का जोड़ ठीक बदलाव के बराबर होता है। मौजूदा रुझान का मतलब है हर लीवर अपने डिफ़ॉल्ट पर, लागू धारणाओं के साथ, धारणाओं में आपके बदलाव समेत; इसलिए वॉटरफ़ॉल वहीं से शुरू होता है जहाँ चार्टों की डैश वाली रेखा ख़त्म होती है।",
        "Что изменило сальдо: изменение каждого показателя 2030/31\u{a0}фин.\u{a0}г. от текущих тенденций к вашему сценарию делится между четырьмя группами ползунков (снижение пошлин; российская нефть; экспорт; прочий импорт) по значениям Шепли: 16 расчётов, по одному на каждое сочетание изменённых групп, и средний вклад каждой группы по всем порядкам их изменения. Сумма вкладов точно равна изменению. Текущие тенденции — все ползунки в положении по умолчанию при действующих допущениях, включая изменённые вами, поэтому каскад начинается там, где кончается пунктирная линия графиков.",
    ),
    Tr::new(
        "The likely range: {} projections of your scenario, each drawing the import demand elasticities, the substitution elasticity, a path of crude prices, yearly export growth and the crude volume from the ranges listed under “How sure is this?”; the 10th and 90th percentiles of each year are the range. The draws start from a fixed seed, so a link always gives the same range.",
        "संभावित दायरा: आपके परिदृश्य के {} सिमुलेशन, हर एक में आयात माँग की लोच, प्रतिस्थापन लोच, हर वर्ष कच्चे तेल की कीमत, सालाना निर्यात वृद्धि और कच्चे तेल की मात्रा “प्रक्षेपण कितना भरोसेमंद है?” में दिए दायरों से चुनी जाती है; हर वर्ष के 10वें और 90वें पर्सेंटाइल के बीच का हिस्सा ही संभावित दायरा है। चुनाव यादृच्छिक संख्या जनरेटर के एक तय प्रारंभिक मान (सीड) से शुरू होता है, इसलिए एक लिंक हमेशा एक ही दायरा देता है।",
        "Вероятный диапазон: {} смоделированных вариантов вашего сценария, в каждом из которых эластичности спроса на импорт, эластичность замещения, траектория цен на нефть, ежегодный рост экспорта и объём нефти выбираются из диапазонов, указанных в разделе «Насколько это надёжно?»; 10-й и 90-й процентили каждого года образуют диапазон. Выборка начинается с фиксированного начального значения генератора (сида), поэтому ссылка всегда даёт один и тот же диапазон.",
    ),
    Tr::new(
        "What would it take: every step of the lever's slider is projected (a few hundred at most), and the step nearest the lever's current value that meets the goal is the answer, so it is exact on the slider's steps even where a lever pulls two ways (an earlier start of the tariff cuts raises exports and imports alike). Other steps that also meet the goal are listed.",
        "इसके लिए क्या करना होगा: लीवर के स्लाइडर के हर चरण का प्रक्षेपण निकाला जाता है (ज़्यादा से ज़्यादा कुछ सौ), और लक्ष्य तक पहुँचाने वाला, लीवर के मौजूदा मान के सबसे नज़दीक का चरण ही उत्तर है; इसलिए उत्तर स्लाइडर के चरणों पर सटीक है, तब भी जब कोई लीवर दोनों ओर असर डालता है (शुल्क कटौती जल्दी शुरू होने से निर्यात और आयात दोनों बढ़ते हैं)। लक्ष्य तक पहुँचाने वाले दूसरे चरण भी बताए जाते हैं।",
        "Что для этого нужно: рассчитывается каждое деление ползунка (не более нескольких сотен), и ответом служит ближайшее к текущему значению деление, при котором цель достигается; поэтому ответ точен на делениях ползунка, даже когда ползунок действует в обе стороны (более раннее снижение пошлин увеличивает и экспорт, и импорт). Другие деления, при которых цель тоже достигается, перечисляются.",
    ),
    Tr::new(
        "Tariffs: Indian goods are taken to pay the EAEU's full (MFN) duty. India was on the EAEU's list of developing countries whose goods pay 75\u{a0}% of it; the list was cut from 103 to 29 countries on 12 October 2021, and no source was found for India's status since. If India still has the preference, today's duties are a quarter lower and a cut adds less.",
        "शुल्क: माना गया है कि भारतीय सामान पर यूरेशियाई आर्थिक संघ (EAEU) का पूरा, सर्वाधिक तरजीही राष्ट्र (MFN) वाला शुल्क लगता है। भारत उन विकासशील देशों की सूची में था जिन्हें EAEU की तरजीही शुल्क व्यवस्था का लाभ मिलता है और जिनसे आयात पर पूरे शुल्क का 75% लगता है; 12 अक्टूबर 2021 को यह सूची 103 से घटाकर 29 देशों की कर दी गई, और उसके बाद भारत की स्थिति का कोई स्रोत नहीं मिला। अगर भारत को यह रियायत अब भी मिलती है, तो आज के शुल्क एक-चौथाई कम हैं और कटौती का असर कम होगा।",
        "Пошлины: считается, что индийские товары облагаются пошлиной ЕАЭС по полной ставке режима наибольшего благоприятствования. Индия входила в перечень развивающихся стран — пользователей системы тарифных преференций ЕАЭС; ввоз из них облагается по 75\u{a0}% ставки; 12\u{a0}октября 2021\u{a0}г. перечень сократили со 103 до 29 стран, и источника о статусе Индии после этого не найдено. Если преференция у Индии сохранилась, нынешние пошлины на четверть ниже, а эффект от их снижения меньше.",
    ),
    Tr::new(
        "Limits: partial equilibrium (no exchange-rate, income or sanctions effects), current US$, one elasticity per sector; illustrative, not a forecast. Figures in rupees are the US$ figures at each year's RBI reference rate (an assumption for the projected years); the model runs in US$. The cumulative deficit is a rough proxy for rupee balances building up in Russian accounts if trade were settled in rupees.",
        "सीमाएँ: आंशिक संतुलन (विनिमय दर, आय या प्रतिबंधों का असर नहीं), मौजूदा डॉलर, हर क्षेत्र के लिए एक लोच; आँकड़े सांकेतिक हैं, पूर्वानुमान नहीं। रुपये के आँकड़े डॉलर के आँकड़ों को हर वर्ष की भारतीय रिज़र्व बैंक (RBI) संदर्भ दर से बदलकर निकाले गए हैं (प्रक्षेपित वर्षों के लिए एक धारणा); मॉडल डॉलर में चलता है। संचयी घाटा मोटे तौर पर बताता है कि व्यापार का निपटान रुपये में होता तो रूसी खातों में कितनी रुपया राशि जमा हो जाती।",
        "Ограничения: частичное равновесие (без эффектов курса, доходов или санкций), расчёт в текущих долларах (без поправки на инфляцию), одна эластичность на отрасль; это сценарный расчёт для иллюстрации, а не предсказание. Суммы в рупиях — это долларовые суммы по справочному курсу Резервного банка Индии каждого года (для прогнозных лет — допущение); модель считает в долларах. Накопленный дефицит — грубая оценка рупийных остатков, которые копились бы на российских счетах при расчётах в рупиях.",
    ),
];

#[cfg(test)]
#[path = "text_tests.rs"]
mod tests;
