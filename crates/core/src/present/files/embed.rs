//! The iframe snippet for newsrooms, and the height messages the embedded page sends its host.
//!
//! Height messages (sent whenever the content height changes, to `window.parent`):
//! - Datawrapper's format, `{"datawrapper-height": {"india-russia-trade": <px>}}`, which the
//!   responsive-iframe script many newsrooms already have on their pages understands;
//! - Pym.js's format, `"pymxPYMx<childId>xPYMxheightxPYMx<px>"`, when a Pym parent embeds the
//!   page (it passes `childId` in the iframe's URL).

/// Key of this page in Datawrapper-style height messages.
pub const HEIGHT_KEY: &str = "india-russia-trade";

/// The Pym.js height message.
pub fn pym_message(child_id: &str, height: u32) -> String {
    format!("pymxPYMx{child_id}xPYMxheightxPYMx{height}")
}

use crate::present::escape_html as attr;

/// First height of the iframe before the page reports its own: one chart alone, the whole
/// calculator with its levers, or without them (CSS pixels; the frame then follows the content).
pub fn initial_height(one_chart: bool, with_levers: bool) -> u32 {
    const ONE_CHART: u32 = 560;
    const WITH_LEVERS: u32 = 1400;
    const WITHOUT_LEVERS: u32 = 900;
    match (one_chart, with_levers) {
        (true, _) => ONE_CHART,
        (false, true) => WITH_LEVERS,
        (false, false) => WITHOUT_LEVERS,
    }
}

/// Ready-to-paste HTML: the iframe and a few lines of host script that apply the height messages.
pub fn snippet(src: &str, title: &str, initial_height: u32) -> String {
    format!(
        "<iframe src=\"{}\" title=\"{}\" style=\"width:100%;border:0;height:{initial_height}px\" loading=\"lazy\"></iframe>\n\
<script>\n\
window.addEventListener(\"message\", function (e) {{\n\
  var h = e.data && e.data[\"datawrapper-height\"];\n\
  if (!h || typeof h[\"{HEIGHT_KEY}\"] !== \"number\") return;\n\
  document.querySelectorAll(\"iframe\").forEach(function (f) {{\n\
    if (f.contentWindow === e.source) f.style.height = h[\"{HEIGHT_KEY}\"] + \"px\";\n\
  }});\n\
}});\n\
</script>\n",
        attr(src),
        attr(title)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn snippet_escapes_the_url_and_applies_heights() {
        let s = snippet(
            "https://example.org/?v=1&oil=-10&embed=1",
            "India–Russia \"trade\"",
            640,
        );
        assert!(s.starts_with("<iframe src=\"https://example.org/?v=1&amp;oil=-10&amp;embed=1\""));
        assert!(s.contains("title=\"India–Russia &quot;trade&quot;\""));
        assert!(s.contains("height:640px"));
        assert!(s.contains("e.data[\"datawrapper-height\"]"));
        assert!(s.contains("f.contentWindow === e.source"));
        assert_eq!(pym_message("irt", 512), "pymxPYMxirtxPYMxheightxPYMx512");
    }
}
