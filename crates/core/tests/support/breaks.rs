// Where a line could break that the press never breaks, found independently of
// `tr::keep_together` (included by the line-break tests and `text`'s tests).

/// The places in `s` where a line could end that a newspaper never ends one: after a Russian
/// one-letter word (в, с, к, у, и, а, о, я), before a year's "г." or "гг." (after a number or
/// "фин."), between a sign and its
/// amount. Each is given with the text around it.
#[allow(dead_code)]
pub fn misbreaks(s: &str) -> Vec<String> {
    let c: Vec<char> = s.chars().collect();
    let around = |i: usize| -> String {
        c[i.saturating_sub(15)..(i + 15).min(c.len())]
            .iter()
            .collect()
    };
    let letter = |i: usize| c[i].is_alphanumeric() || "-\u{2011}.".contains(c[i]);
    let mut out = Vec::new();
    for i in 0..c.len() {
        // a sign straight before a currency sign: a line may break between them
        if "−+±".contains(c[i]) && i + 1 < c.len() && "₹$€£".contains(c[i + 1]) {
            out.push(format!("sign|currency: {}", around(i)));
        }
        if c[i] != ' ' {
            continue;
        }
        // the word before the space: letters back to a non-letter
        let start = (0..i).rev().take_while(|&j| c[j].is_alphabetic()).last();
        if let Some(start) = start {
            let lone = i - start == 1 && "вскуиаояВСКУИАОЯ".contains(c[start]);
            if lone && (start == 0 || !letter(start - 1)) {
                out.push(format!("one-letter word: {}", around(i)));
            }
        }
        // a sign alone before a number
        let next_amount = c
            .get(i + 1)
            .is_some_and(|n| n.is_ascii_digit() || "₹$".contains(*n));
        if i >= 1 && "−+±".contains(c[i - 1]) && (i == 1 || !letter(i - 2)) && next_amount {
            out.push(format!("sign|amount: {}", around(i)));
        }
        // the year's abbreviation after the space
        let after: String = c[i + 1..].iter().take(4).collect();
        let after_year = i >= 1 && (c[i - 1].is_ascii_digit() || c[i - 1] == '.');
        for abbr in ["г.", "гг."] {
            if after_year
                && after.starts_with(abbr)
                && !after[abbr.len()..]
                    .chars()
                    .next()
                    .is_some_and(char::is_alphabetic)
            {
                out.push(format!("year|г.: {}", around(i)));
            }
        }
    }
    out
}
