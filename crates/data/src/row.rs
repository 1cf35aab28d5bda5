//! The data file split into rows: five fields each (`key | value | unit | tag | source`), a known
//! tag, a source, no key twice; and a row's value as a number in its range.

use crate::{error, DataError, Tag};

/// A row as written, before its key is read.
pub(crate) struct Raw {
    pub(crate) key: &'static str,
    pub(crate) value: &'static str,
    pub(crate) unit: &'static str,
    pub(crate) tag: Option<Tag>,
    pub(crate) source: &'static str,
    pub(crate) line: usize,
}

/// Split the file into rows of five fields with a known tag and a source.
pub(crate) fn rows(text: &'static str) -> Result<Vec<Raw>, DataError> {
    let mut out: Vec<Raw> = Vec::new();
    for (n, raw) in text.lines().enumerate() {
        let line = n + 1;
        let content = raw.trim();
        if content.is_empty() || content.starts_with('#') {
            continue;
        }
        let fields: Vec<&'static str> = content.split('|').map(str::trim).collect();
        if fields.len() != 5 {
            return Err(error(
                line,
                format!(
                    "expected 5 fields `key | value | unit | tag | source`, found {}",
                    fields.len()
                ),
            ));
        }
        let (key, tag_text, source) = (fields[0], fields[3], fields[4]);
        if let Some(first) = out.iter().find(|r| r.key == key) {
            return Err(error(
                line,
                format!("key `{key}` appears twice (first on line {})", first.line),
            ));
        }
        let tag = match tag_text {
            "DEF" => None,
            t => Some(Tag::parse(t).ok_or_else(|| {
                error(
                    line,
                    format!(
                        "tag `{t}` of `{key}` is not one of OFF, DER, TRK, PRESS, PUB, EST, DEF"
                    ),
                )
            })?),
        };
        if source.chars().count() < 8 {
            return Err(error(
                line,
                format!("`{key}` has no source (or one too short to trace)"),
            ));
        }
        out.push(Raw {
            key,
            value: fields[1],
            unit: fields[2],
            tag,
            source,
            line,
        });
    }
    Ok(out)
}

pub(crate) fn number(r: &Raw, min: f64, max: f64) -> Result<f64, DataError> {
    let v: f64 = r.value.parse().map_err(|_| {
        error(
            r.line,
            format!("value `{}` of `{}` is not a number", r.value, r.key),
        )
    })?;
    if !(v.is_finite() && min <= v && v <= max) {
        return Err(error(
            r.line,
            format!(
                "value {} of `{}` is outside its allowed range {min} to {max}",
                r.value, r.key
            ),
        ));
    }
    Ok(v)
}
