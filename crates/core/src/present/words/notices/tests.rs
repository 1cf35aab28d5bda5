use super::*;

#[test]
fn a_crude_volume_out_of_range_says_what_it_means_in_lakh() {
    let b = crate::baseline().unwrap();
    let d = crate::link::decode("oil_mbd=9", &b.params);
    let hi = Loc {
        lang: Lang::Hi,
        ..Loc::plain(b, &b.params)
    };
    let lines = page_lines(&d.notices, &hi);
    assert!(
        lines
            .iter()
            .any(|l| l.contains("(यानी 90\u{a0}लाख बैरल प्रतिदिन) दायरे")),
        "{lines:?}"
    );
    let en = page_lines(&d.notices, &Loc::plain(b, &b.params));
    assert!(!en.iter().any(|l| l.contains("यानी")), "{en:?}");
}

/// What the link said is quoted as it was: a backtick in it is its own character, not the
/// end of a quotation (it was, when notices were written with backticks and requoted).
#[test]
fn what_the_link_said_is_quoted_whole() {
    let b = crate::baseline().unwrap();
    let d = crate::link::decode("oil=1`2&x`y=1", &b.params);
    let at = |lang| Loc {
        lang,
        ..Loc::plain(b, &b.params)
    };
    let en = page_lines(&d.notices, &at(Lang::En));
    assert!(en[0].starts_with("“oil=1`2” is not a number"), "{en:?}");
    assert_eq!(en[1], "Ignored unknown setting “x`y”.");
    let ru = page_lines(&d.notices, &at(Lang::Ru));
    assert!(ru[0].starts_with("«oil=1`2» — не число"), "{ru:?}");
    // the same notice for each front end: as the page writes it, as HTML, for a terminal
    let m = d.notices[0].words(&at(Lang::En));
    assert_eq!(m.unicode(Lang::En), en[0]);
    assert!(m.html(Lang::En).starts_with("“oil=1`2” is not a number"));
    let folded = page_lines(
        &crate::link::decode("a<b=1&c=2", &b.params).notices,
        &at(Lang::Hi),
    );
    assert_eq!(folded, vec!["2 अज्ञात सेटिंग्स अनदेखी की गईं: “a<b”, “c”।"]);
}

#[test]
fn notices_speak_without_backticks_and_fold_unknown_settings() {
    let loc = Loc::english();
    let junk: Vec<Notice> = (0..70)
        .map(|i| Notice::UnknownKey {
            key: format!("junk{i}"),
            suggestion: None,
        })
        .chain([Notice::TooLong { max: 2000 }])
        .collect();
    let lines = page_lines(&junk, &loc);
    assert_eq!(lines.len(), 2, "{lines:?}");
    assert!(
        lines[0].starts_with("Ignored 70 unknown settings: “junk0”, “junk1”"),
        "{}",
        lines[0]
    );
    assert!(
        lines[0].ends_with(", ….") && lines[0].len() < 200,
        "{}",
        lines[0]
    );
    let one = page_lines(&junk[..1], &loc);
    assert_eq!(one, vec!["Ignored unknown setting “junk0”.".to_string()]);
    for lang in Lang::ALL {
        let loc = Loc {
            lang,
            ..Loc::english()
        };
        for l in page_lines(&junk, &loc) {
            assert!(!l.contains('`'), "{l}");
        }
    }
}
