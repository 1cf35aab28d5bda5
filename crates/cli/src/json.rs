//! The report as JSON text: `serde_json`, indented by two spaces, with numbers written as
//! JavaScript writes them (`format::ecma`), so that the bytes equal the page's download, which the
//! browser's `JSON.stringify(document, null, 2)` writes.

use serde_json::ser::{Formatter, PrettyFormatter, Serializer};
use std::io::{self, Write};
use trade_core::present::files::document::Document;
use trade_core::present::format::ecma;

/// serde_json's indented layout with JavaScript's numbers.
struct Ecma<'a>(PrettyFormatter<'a>);

/// Every layout call goes to the indented formatter; only the numbers differ.
macro_rules! layout {
    ($($name:ident($($arg:ident: $ty:ty),*)),* $(,)?) => {$(
        fn $name<W: ?Sized + Write>(&mut self, w: &mut W $(, $arg: $ty)*) -> io::Result<()> {
            self.0.$name(w $(, $arg)*)
        }
    )*};
}

impl Formatter for Ecma<'_> {
    layout!(
        begin_array(),
        end_array(),
        begin_array_value(first: bool),
        end_array_value(),
        begin_object(),
        end_object(),
        begin_object_key(first: bool),
        begin_object_value(),
        end_object_value(),
    );

    fn write_f64<W: ?Sized + Write>(&mut self, w: &mut W, v: f64) -> io::Result<()> {
        w.write_all(ecma(v).as_bytes())
    }
}

/// The document as indented JSON with a final newline.
pub fn write(doc: &Document) -> String {
    let mut out = Vec::new();
    let mut ser = Serializer::with_formatter(&mut out, Ecma(PrettyFormatter::with_indent(b"  ")));
    serde::Serialize::serialize(doc, &mut ser).expect("a report always serialises");
    out.push(b'\n');
    String::from_utf8(out).expect("serde_json writes UTF-8")
}
