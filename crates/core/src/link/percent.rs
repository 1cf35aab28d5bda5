//! The small text rules of links: `%XX` escapes, numbers as people type them, and shortening
//! quoted input for messages.

/// Decode `%XX` escapes and `+`; invalid escapes are kept literally, invalid UTF-8 replaced.
pub fn decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => {
                let hex = |b: u8| (b as char).to_digit(16);
                match (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                    (Some(h), Some(l)) => {
                        out.push((h * 16 + l) as u8);
                        i += 2;
                    }
                    _ => out.push(b'%'),
                }
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Escape a value for a query string: everything but ASCII letters, digits and `-._~` becomes
/// `%XX` (UTF-8 bytes).
pub fn encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// A finite number as a person or this program writes it: ASCII or typographic minus (U+2212,
/// which the page and the command line print), surrounding spaces ignored; −0 reads as 0.
pub fn number(s: &str) -> Option<f64> {
    let s = s.trim();
    let ascii;
    let s = if s.contains('\u{2212}') {
        ascii = s.replace('\u{2212}', "-");
        ascii.as_str()
    } else {
        s
    };
    let v: f64 = s.parse().ok()?;
    if !v.is_finite() {
        return None;
    }
    Some(if v == 0.0 { 0.0 } else { v })
}

/// Shorten and clean text quoted back to the reader: no control characters, at most 24 of them.
pub fn quote(s: &str) -> String {
    let clean: String = s.chars().filter(|c| !c.is_control()).take(24).collect();
    if s.chars().count() > 24 {
        format!("{clean}…")
    } else {
        clean
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_as_people_write_them() {
        assert_eq!(number("-10"), Some(-10.0));
        assert_eq!(number("\u{2212}10"), Some(-10.0));
        assert_eq!(number(" 12.5 "), Some(12.5));
        let z = number("-0").unwrap();
        assert!(z == 0.0 && z.is_sign_positive());
        for bad in ["", "abc", "NaN", "inf", "-inf", "1e999", "1,5", "--1"] {
            assert_eq!(number(bad), None, "{bad}");
        }
    }

    #[test]
    fn escapes() {
        assert_eq!(decode("%2D10"), "-10");
        assert_eq!(decode("a+b"), "a b");
        assert_eq!(decode("%ZZ%"), "%ZZ%");
        assert_eq!(decode("%E2%88%9210"), "\u{2212}10");
        assert_eq!(quote(&"x".repeat(30)), format!("{}…", "x".repeat(24)));
        assert_eq!(encode("oil=-10&g=1.5 %"), "oil%3D-10%26g%3D1.5%20%25");
        assert_eq!(decode(&encode("a=\u{2212}1&b")), "a=\u{2212}1&b");
    }
}
