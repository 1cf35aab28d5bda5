//! Validates every vintage's data file (`data/vintages/<id>/baseline.txt`) with the same parser
//! the program uses, so that a malformed data file fails the build (with its line number) instead
//! of reaching a visitor, and checks each sector against the HS chapters it names where the
//! vintage has a chapter table. The parser is the data crate's (`trade-data`, a build-dependency),
//! the one the core itself runs.

use std::path::Path;
use trade_data as data;

fn main() {
    println!("cargo:rerun-if-changed=data/vintages");
    let ids = match check_all(Path::new("data/vintages")) {
        Ok(ids) => ids,
        Err(e) => {
            eprintln!("error: {e}");
            println!("cargo::error={e}");
            std::process::exit(1);
        }
    };
    if let Err(e) = write_registry(&ids) {
        println!("cargo::error=writing the vintages' registry: {e}");
        std::process::exit(1);
    }
}

/// `$OUT_DIR/vintages.rs`, included by `src/releases.rs`: the ids of the folders, newest first,
/// and each folder's files compiled in, so that a new release is a new folder and nothing else
/// (`trade-balance update --out data/vintages/<id>` writes one).
fn write_registry(ids: &[(String, bool)]) -> std::io::Result<()> {
    let root = std::env::var("CARGO_MANIFEST_DIR").map_err(std::io::Error::other)?;
    let file = |id: &str, name: &str| format!("{root}/data/vintages/{id}/{name}");
    let mut out = String::from(
        "/// Every vintage's id, newest first (the folders under `data/vintages/`).\n",
    );
    let list: Vec<String> = ids.iter().map(|(id, _)| format!("{id:?}")).collect();
    out += &format!("pub const IDS: &[&str] = &[{}];\n", list.join(", "));
    out += &format!(
        "/// The newest vintage's data file.\npub const LATEST_TEXT: &str = include_str!({:?});\n",
        file(&ids[0].0, data::BASELINE_PATH)
    );
    out += "/// A release's data file.\n";
    out += "pub fn text(id: &str) -> Option<&'static str> {\n    match id {\n";
    for (id, _) in ids {
        out += &format!(
            "        {id:?} => Some(include_str!({:?})),\n",
            file(id, data::BASELINE_PATH)
        );
    }
    out += "        _ => None,\n    }\n}\n/// A release's HS-chapter table, when it has one.\n";
    out += "pub fn chapters(id: &str) -> Option<&'static str> {\n    match id {\n";
    for (id, has) in ids {
        if *has {
            out += &format!(
                "        {id:?} => Some(include_str!({:?})),\n",
                file(id, data::CHAPTERS_PATH)
            );
        }
    }
    out += "        _ => None,\n    }\n}\n";
    let dir = std::env::var("OUT_DIR").map_err(std::io::Error::other)?;
    std::fs::write(Path::new(&dir).join("vintages.rs"), out)
}

/// Every vintage folder: its data file parses, names its folder as its id, and (with a chapter
/// table) each sector is the sum of its chapters. Returns the ids, newest first, each with
/// whether it has a chapter table.
fn check_all(dir: &Path) -> Result<Vec<(String, bool)>, String> {
    let entries = std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let mut ids = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|e| e.to_string())?;
        let id = entry.file_name().to_string_lossy().into_owned();
        let path = entry.path().join(data::BASELINE_PATH);
        let text =
            std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        let text: &'static str = Box::leak(text.into_boxed_str());
        let at = |e: data::DataError| format!("data/vintages/{id}/{e}");
        let b = data::parse(text).map_err(at)?;
        if b.vintage.id != id {
            return Err(format!(
                "data/vintages/{id}/{}: vintage.id is {}, not its folder's name",
                data::BASELINE_PATH,
                b.vintage.id
            ));
        }
        let table = std::fs::read_to_string(entry.path().join(data::CHAPTERS_PATH)).ok();
        if let Some(table) = &table {
            data::check_chapters(&b, table).map_err(at)?;
        }
        ids.push((id, table.is_some()));
    }
    if ids.is_empty() {
        return Err(format!("{}: no vintage folder", dir.display()));
    }
    // ids are the release's year and month (checked by the parser): newest first as text
    ids.sort_by(|a, b| b.0.cmp(&a.0));
    Ok(ids)
}
