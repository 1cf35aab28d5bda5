//! Everything that turns numbers into something to read: chart data, sentences, number formats,
//! the downloadable SVG, JSON/CSV/table reports and the embed snippet.

pub mod chart;
pub mod embed;
pub mod first_view;
pub mod format;
pub mod insight;
pub mod json;
pub mod labels;
pub mod narrative;
pub mod report;
pub mod svg;
pub mod timeline;

/// Escape text for HTML or SVG content and attribute values.
pub fn escape_html(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
    out
}
