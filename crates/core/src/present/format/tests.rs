use super::*;

#[test]
fn numbers_as_javascript_writes_them() {
    // the values Number.prototype.toString gives (ECMA-262, Number::toString)
    for (v, js) in [
        (0.0, "0"),
        (-0.0, "0"),
        (12.0, "12"),
        (-2.82, "-2.82"),
        (0.000001, "0.000001"),
        (1.5e-7, "1.5e-7"),
        (-1e-7, "-1e-7"),
        (123456789012345680000.0, "123456789012345680000"),
        (1e21, "1e+21"),
        (-1.25e300, "-1.25e+300"),
        (0.1 + 0.2, "0.30000000000000004"),
        (f64::NAN, "null"),
    ] {
        assert_eq!(ecma(v), js, "{v:e}");
    }
    // below 10²¹ and from 10⁻⁶ up, it is what `exact` writes of a rounded figure
    for v in [0.3, 49.32, -2.82, 12345678901.5, 0.000013] {
        assert_eq!(ecma(rounded(v).unwrap()), exact(v).unwrap());
    }
}

/// The cards set an amount's number and its words apart: taken from its parts, never cut
/// out of the text written.
#[test]
fn amounts_come_as_a_number_and_its_words() {
    let parts = |lang, cur, v: f64, big: f64| {
        let l = loc(lang, cur);
        let a = l.amount_parts(v, l.scale_for(big), false, UnitPolicy::Exact);
        (a.number(Spaces::NoBreak), a.unit_words(Spaces::NoBreak))
    };
    let (usd, inr) = (Currency::Usd, Currency::Inr);
    let part = |n: &str, u: &str| (n.to_string(), u.to_string());
    assert_eq!(parts(Lang::En, usd, 9.63, 1.0), part("US$\u{a0}9.6", "bn"));
    assert_eq!(
        parts(Lang::En, inr, -3670.0, 3670.0),
        part("−\u{2060}₹3.67", "lakh\u{a0}crore")
    );
    assert_eq!(
        parts(Lang::Ru, usd, -38.71, 1.0),
        part("−38.7", "млрд\u{a0}долл.")
    );
    assert_eq!(
        parts(Lang::Ru, inr, 4310.0, 4310.0),
        part("4.31", "трлн рупий")
    );
    assert_eq!(parts(Lang::En, inr, 638.33, 1.0), part("₹63833", "crore"));
    assert_eq!(parts(Lang::Hi, usd, f64::NAN, 1.0), part("–", ""));
    // the number, a space that holds, the words: the amount as the page writes it
    for lang in Lang::ALL {
        for cur in Currency::ALL {
            for v in [-4894.3, -0.01, 0.0, 39.72, 397.2, 1000.0, 12345.6] {
                let l = loc(lang, cur);
                let s = l.scale_for(v);
                let a = l.amount_parts(v, s, true, UnitPolicy::Exact);
                let (n, u) = (a.number(Spaces::NoBreak), a.unit_words(Spaces::NoBreak));
                assert_eq!(format!("{n}\u{a0}{u}"), l.amount_in(v, s, true));
            }
        }
    }
}

/// A range's first end leaves out the unit the second repeats: from the amounts' parts, not
/// from their text.
#[test]
fn a_range_names_its_unit_once() {
    let (ru, hi) = (loc(Lang::Ru, Currency::Inr), loc(Lang::Hi, Currency::Usd));
    let big = ru.scale_for(4894.3);
    // "от 539 млрд до 1,16 трлн рупий"
    assert_eq!(ru.range_first(539.0, 1160.0, big), "539\u{a0}млрд");
    assert_eq!(ru.range_first(1250.0, 3230.0, big), "1.25");
    let ru_usd = loc(Lang::Ru, Currency::Usd);
    let s = ru_usd.scale_for(67.5);
    assert_eq!(ru_usd.range_first(17.5, 67.5, s), "17.5");
    assert_eq!(
        ru_usd.unit_once(&[18.7, 2.2], s),
        ["18.7", "2.2\u{a0}млрд\u{a0}долл."]
    );
    // Hindi keeps the rupee sign on both ends: "₹1.25 से ₹3.23 लाख करोड़ तक"
    let hi_inr = loc(Lang::Hi, Currency::Inr);
    assert_eq!(hi_inr.range_first(1250.0, 3230.0, big), "₹1.25");
    assert_eq!(hi_inr.range_first(397.2, 3230.0, big), "₹39720\u{a0}करोड़");
    assert_eq!(hi.range_first(17.5, 67.5, hi.scale_for(67.5)), "17.5");
    assert_eq!(hi.range_first(f64::NAN, 67.5, hi.scale_for(67.5)), "–");
}

fn loc(lang: Lang, cur: Currency) -> Loc<'static> {
    Loc::shipped(lang, cur)
}

#[test]
fn formats() {
    let en = Loc::english();
    assert_eq!(en.num(-58.96, 1), "−59.0");
    assert_eq!(en.num(-0.04, 1), "0.0");
    assert_eq!(en.num(f64::NAN, 1), "–");
    assert_eq!(en.money(9.63, 2025), "US$\u{a0}9.6\u{a0}bn");
    assert_eq!(en.signed_money(-58.27, 2025), "−US$\u{a0}58.3\u{a0}bn");
    assert_eq!(en.signed_money(1.26, 2025), "+US$\u{a0}1.3\u{a0}bn");
    assert_eq!(en.signed_money(-0.01, 2025), "US$\u{a0}0.0\u{a0}bn");
    assert_eq!(en.signed(2.345, 1), "+2.3");
    assert_eq!(en.signed(-0.01, 1), "0.0");
    // Rust's rounding, which the page keeps: the exact binary value, ties to even
    assert_eq!(round(0.25, 1), 0.2);
    assert_eq!(round(63.85, 1), 63.9);
}

#[test]
fn money_in_each_language_and_currency() {
    let b = crate::baseline().unwrap();
    let base = b.params.base_year;
    let rate = Rates::new(b, &b.params).inr(base);
    assert!((rate - 88.3933).abs() < 1e-9, "{rate}");
    let usd = |lang| loc(lang, Currency::Usd);
    assert_eq!(usd(Lang::En).money(55.36956, base), "US$\u{a0}55.4\u{a0}bn");
    assert_eq!(
        usd(Lang::Hi).money(55.36956, base),
        "55.4\u{a0}अरब\u{a0}डॉलर"
    );
    assert_eq!(
        usd(Lang::Ru).signed_money(-50.876, base),
        "−50.9\u{a0}млрд\u{a0}долл."
    );
    let inr = |lang| loc(lang, Currency::Inr);
    // 55.36956 × 88.3933 = 4,894.3 ₹ bn = ₹4.89 lakh crore
    assert_eq!(
        inr(Lang::En).money(55.36956, base),
        "₹4.89\u{a0}lakh\u{a0}crore"
    );
    assert_eq!(
        inr(Lang::Hi).money(55.36956, base),
        "₹4.89\u{a0}लाख\u{a0}करोड़"
    );
    assert_eq!(inr(Lang::Ru).money(55.36956, base), "4.89\u{a0}трлн рупий");
    // 4.49352 × 88.3933 = 397.2 ₹ bn = ₹39,720 crore (Plain digits: no grouping)
    assert_eq!(inr(Lang::En).money(4.49352, base), "₹39720\u{a0}crore");
    assert_eq!(
        inr(Lang::Hi).signed_money(-4.49352, base),
        "−\u{2060}₹39720\u{a0}करोड़"
    );
    assert_eq!(inr(Lang::Ru).money(4.49352, base), "397.2\u{a0}млрд рупий");
    assert_eq!(inr(Lang::En).signed_money(0.00001, base), "₹0\u{a0}crore");
    // the projected years use the assumption
    let next = Rates::new(b, &b.params).inr(base + 1);
    assert_eq!(next, b.params.inr_per_usd);
    assert_eq!(
        inr(Lang::En).chart_value(10.0, base + 1),
        10.0 * next / 1000.0
    );
}

#[test]
fn a_small_share_in_a_lakh_crore_sentence_is_in_crore() {
    let inr = |lang| loc(lang, Currency::Inr);
    // rounded as the lakh crore were: ₹0.04 lakh crore is ₹4,000 crore
    let big = inr(Lang::En).scale_for(4894.3);
    assert_eq!(
        inr(Lang::En).amount_at(39.72, big, true),
        "+\u{2060}₹4000\u{a0}crore"
    );
    assert_eq!(
        inr(Lang::Ru).amount_at(-39.72, big, false),
        "−40\u{a0}млрд рупий"
    );
    assert_eq!(
        inr(Lang::Hi).amount_at(397.2, big, false),
        "₹39720\u{a0}करोड़"
    );
    // the cards keep the given unit, however small the figure
    assert_eq!(
        inr(Lang::Hi).amount_in(397.2, big, false),
        "₹0.40\u{a0}लाख\u{a0}करोड़"
    );
    assert_eq!(
        inr(Lang::Ru).amount_in(397.2, big, false),
        "0.40\u{a0}трлн рупий"
    );
    assert_eq!(
        inr(Lang::En).money_in(4.49352, 2025, big),
        inr(Lang::En).amount_in(4.49352 * 88.3933, big, false)
    );
}

/// No sentence writes an amount below one lakh crore (трлн) in lakh crore: "₹39,720 crore",
/// the figure the exports summary gives alone (row 13 of the Hindi reading), beside "₹4.89
/// lakh crore"; Russian "397 млрд рупий" (row 34 of the Russian reading); a lakh crore stays
/// a lakh crore.
#[test]
fn no_amount_below_a_lakh_crore_is_written_in_lakh_crore() {
    let ru = loc(Lang::Ru, Currency::Inr);
    let big = ru.scale_for(4894.3);
    assert_eq!(ru.amount_at(397.2, big, false), "397\u{a0}млрд рупий");
    assert_eq!(ru.amount_at(-207.3, big, true), "−207\u{a0}млрд рупий");
    assert_eq!(ru.amount_at(689.6, big, false), "690\u{a0}млрд рупий");
    assert_eq!(ru.amount_at(999.4, big, false), "999\u{a0}млрд рупий");
    assert_eq!(ru.amount_at(1000.0, big, false), "1.00\u{a0}трлн рупий");
    assert_eq!(ru.amount_at(4894.3, big, false), "4.89\u{a0}трлн рупий");
    // below 100 млрд, as before: rounded as the трлн were
    assert_eq!(ru.amount_at(39.72, big, false), "40\u{a0}млрд рупий");
    let (en, hi) = (loc(Lang::En, Currency::Inr), loc(Lang::Hi, Currency::Inr));
    // the same figure as it reads alone (the exports summary's "₹39,720 crore")
    assert_eq!(en.amount_at(397.2, big, false), en.amount(397.2, false));
    assert_eq!(en.amount_at(397.2, big, false), "₹39720\u{a0}crore");
    assert_eq!(hi.amount_at(-207.3, big, true), "−\u{2060}₹20730\u{a0}करोड़");
    assert_eq!(hi.amount_at(999.4, big, false), "₹99940\u{a0}करोड़");
    assert_eq!(
        en.amount_at(1000.0, big, false),
        "₹1.00\u{a0}lakh\u{a0}crore"
    );
    assert_eq!(hi.amount_at(39.72, big, false), "₹4000\u{a0}करोड़");
    // every amount of a lakh-crore sentence from 0 to 2 lakh crore, in every language: in
    // lakh crore from one lakh crore as written up, never "0.xx lakh crore"; from ₹10,000
    // crore up, the figure as it reads alone
    for l in [en, hi, ru] {
        for i in 0..2000 {
            let v = f64::from(i) + 0.37;
            let t = l.amount_at(v, big, false);
            let large = ["lakh", "लाख", "трлн"].iter().any(|u| t.contains(u));
            assert_eq!(large, v >= 999.995, "{v}: {t}");
            assert!(!t.starts_with("₹0.") && !t.starts_with("0."), "{t}");
            if v >= 100.0 && l.lang != Lang::Ru {
                assert_eq!(t, l.amount(v, false), "{v}");
            }
        }
    }
}

#[test]
fn fiscal_years_in_each_language() {
    assert_eq!(fy_label(Lang::En, 2030), "FY2030-31");
    assert_eq!(
        fy_label(Lang::Hi, 2030),
        "वित्त\u{a0}वर्ष\u{a0}2030\u{2011}31"
    );
    assert_eq!(fy_label(Lang::Ru, 2099), "2099/00\u{a0}фин.\u{a0}г.");
    assert_eq!(fy_short(Lang::Ru, 2025), "25/26");
    assert_eq!(fy_short(Lang::Ru, 1999), "99/00");
    assert_eq!(fy_short(Lang::Hi, 2030), "30-31");
}
