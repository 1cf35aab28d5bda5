//! Number formatting for people: one decimal, a real minus sign, never "-0.0" or "NaN".

/// `v` with `decimals` decimals and a typographic minus; non-finite values show as "–".
pub fn num(v: f64, decimals: usize) -> String {
    if !v.is_finite() {
        return "–".into();
    }
    let text = format!("{:.*}", decimals, v.abs());
    let is_zero = text.chars().all(|c| c == '0' || c == '.');
    if v < 0.0 && !is_zero {
        format!("−{text}")
    } else {
        text
    }
}

/// "US$ 9.6 bn"
pub fn bn(v: f64) -> String {
    if v < 0.0 {
        format!("−US$ {} bn", num(-v, 1))
    } else {
        format!("US$ {} bn", num(v, 1))
    }
}

/// A change or balance with its sign: "+1.3", "−58.3", "0.0".
pub fn signed_num(v: f64, decimals: usize) -> String {
    let n = num(v, decimals);
    if n.starts_with('−') || n.chars().all(|c| c == '0' || c == '.') || n == "–" {
        n
    } else {
        format!("+{n}")
    }
}

/// A balance: "deficit of US$ 58.3 bn" style is for prose; here "−US$ 58.3 bn" / "+US$ 1.2 bn".
pub fn signed_bn(v: f64) -> String {
    let n = signed_num(v, 1);
    match n.chars().next() {
        Some('−') => format!("−US$ {} bn", &n['−'.len_utf8()..]),
        Some('+') => format!("+US$ {} bn", &n[1..]),
        _ => format!("US$ {n} bn"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats() {
        assert_eq!(num(-58.96, 1), "−59.0");
        assert_eq!(num(-0.04, 1), "0.0");
        assert_eq!(num(f64::NAN, 1), "–");
        assert_eq!(bn(9.63), "US$ 9.6 bn");
        assert_eq!(signed_bn(-58.27), "−US$ 58.3 bn");
        assert_eq!(signed_bn(1.26), "+US$ 1.3 bn");
        assert_eq!(signed_bn(-0.01), "US$ 0.0 bn");
        assert_eq!(signed_num(2.345, 1), "+2.3");
        assert_eq!(signed_num(-0.01, 1), "0.0");
    }
}
