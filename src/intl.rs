//! Numbers in the reader's conventions, by the browser's `Intl.NumberFormat`: Indian grouping for
//! English and Hindi (12,34,567.8), spaces and a decimal comma for Russian (1 234 567,8). The core
//! rounds and decides the sign; this only writes the digits of a rounded, non-negative number
//! (see `trade_core::present::format`). One formatter per language and number of decimals,
//! made once.

use std::cell::RefCell;

use js_sys::{Array, Function, Intl, Object, Reflect};
use trade_core::present::format::{Digits, Plain};
use trade_core::tr::Lang;
use wasm_bindgen::prelude::*;

/// The page's digits.
pub struct IntlDigits;

pub static INTL: IntlDigits = IntlDigits;

thread_local! {
    static FORMATTERS: RefCell<Vec<((Lang, usize), Function)>> = const { RefCell::new(Vec::new()) };
}

fn formatter(lang: Lang, decimals: usize) -> Function {
    FORMATTERS.with(|f| {
        if let Some((_, g)) = f.borrow().iter().find(|(k, _)| *k == (lang, decimals)) {
            return g.clone();
        }
        let options = Object::new();
        let d = JsValue::from_f64(decimals as f64);
        let _ = Reflect::set(&options, &"minimumFractionDigits".into(), &d);
        let _ = Reflect::set(&options, &"maximumFractionDigits".into(), &d);
        let nf = Intl::NumberFormat::new(&Array::of1(&lang.intl_tag().into()), &options);
        let g = nf.format();
        f.borrow_mut().push(((lang, decimals), g.clone()));
        g
    })
}

impl Digits for IntlDigits {
    fn digits(&self, lang: Lang, v: f64, decimals: usize) -> String {
        // below a thousand no locale of the page groups digits: the plain digits with the
        // locale's decimal mark are what Intl would write (a browser test checks it), without
        // the round trip to JavaScript for each of the page's hundreds of numbers
        if v < 1000.0 {
            let plain = Plain.digits(lang, v, decimals);
            return match lang {
                Lang::Ru => plain.replace('.', ","),
                Lang::En | Lang::Hi => plain,
            };
        }
        formatter(lang, decimals)
            .call1(&JsValue::NULL, &JsValue::from_f64(v))
            .ok()
            .and_then(|s| s.as_string())
            .unwrap_or_else(|| Plain.digits(lang, v, decimals))
    }
}

/// The page's number format, for the browser tests: `format_number("hi", -1234567.5, 1)`.
#[wasm_bindgen]
pub fn format_number(lang: &str, v: f64, decimals: usize) -> String {
    let lang = Lang::parse(lang).unwrap_or_default();
    let loc = trade_core::present::format::Loc {
        digits: &INTL,
        lang,
        ..trade_core::present::format::Loc::english()
    };
    loc.num(v, decimals)
}
