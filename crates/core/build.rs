//! Validates every vintage's data file (`data/vintages/<id>/baseline.txt`) with the same parser
//! the program uses, so that a malformed data file fails the build (with its line number) instead
//! of reaching a visitor, and checks each sector against the HS chapters it names where the
//! vintage has a chapter table. The parser and the key table it reads are included as modules of
//! this build script.

#[allow(dead_code)]
#[path = "src/data/mod.rs"]
mod data;
#[allow(dead_code)]
#[path = "src/fy.rs"]
mod fy;
#[allow(dead_code)]
#[path = "src/tr.rs"]
mod tr;

use std::path::Path;

fn main() {
    println!("cargo:rerun-if-changed=data/vintages");
    for f in [
        "src/data/mod.rs",
        "src/data/inputs.rs",
        "src/fy.rs",
        "src/tr.rs",
    ] {
        println!("cargo:rerun-if-changed={f}");
    }
    if let Err(e) = check_all(Path::new("data/vintages")) {
        eprintln!("error: {e}");
        println!("cargo::error={e}");
        std::process::exit(1);
    }
}

/// Every vintage folder: its data file parses, names its folder as its id, and (with a chapter
/// table) each sector is the sum of its chapters.
fn check_all(dir: &Path) -> Result<(), String> {
    let entries = std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
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
        if let Ok(table) = std::fs::read_to_string(entry.path().join(data::CHAPTERS_PATH)) {
            data::check_chapters(&b, &table).map_err(at)?;
        }
    }
    Ok(())
}
