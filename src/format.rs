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

/// A balance: "deficit of US$ 58.3 bn" style is for prose; here "−US$ 58.3 bn" / "+US$ 1.2 bn".
pub fn signed_bn(v: f64) -> String {
    if num(v, 1).starts_with('−') {
        bn(v)
    } else if num(v, 1) == "0.0" {
        "US$ 0.0 bn".into()
    } else {
        format!("+{}", bn(v))
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
    }
}
