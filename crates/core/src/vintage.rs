//! The data's vintages: every official release the calculator has shipped, newest first, each a
//! data file under `data/vintages/<id>/` (and, when it has one, its HS-chapter table). A link's
//! `data=<id>` names the vintage its figures were computed on, so that a link keeps its numbers
//! when a newer release comes; without `data=` a link reads the newest.
//!
//! The newest vintage's file is the one compiled into the page (`data::BASELINE_TEXT`); the page
//! fetches an older one only when a link asks for it (the build copies the folder beside the
//! app). The command line and the tests have every file compiled in through [`text`], which the
//! page never calls (so the older files are not in its WebAssembly). `build.rs` parses and
//! checks every vintage's folder; a test checks this list is the folders there.

use crate::data::{self, Baseline, DataError};
use std::sync::OnceLock;

pub use crate::releases::IDS;

/// The newest vintage's id.
pub const LATEST: &str = IDS[0];

/// Where a vintage's data file is, beside the app (relative to the page) and in the repository
/// (under `crates/core/`).
pub fn file_path(id: &str) -> String {
    format!("vintages/{id}/{}", data::BASELINE_PATH)
}

/// The known id a link's `data=` value names, if any.
pub fn known(id: &str) -> Option<&'static str> {
    IDS.iter().copied().find(|k| *k == id)
}

/// A vintage's data file, compiled in (the command line and the tests; not the page).
pub fn text(id: &str) -> Option<&'static str> {
    crate::releases::text(id)
}

/// A vintage's HS-chapter table, when it has one (the build and the tests).
pub fn chapters(id: &str) -> Option<&'static str> {
    crate::releases::chapters(id)
}

/// A vintage's data, parsed once (from the compiled-in files: the command line and the tests).
/// The newest is `crate::baseline()` itself.
pub fn baseline(id: &str) -> Option<Result<&'static Baseline, &'static DataError>> {
    static PARSED: OnceLock<Vec<Result<Baseline, DataError>>> = OnceLock::new();
    let i = IDS.iter().position(|k| *k == id)?;
    if i == 0 {
        return Some(crate::baseline());
    }
    let all = PARSED.get_or_init(|| {
        IDS.iter()
            .map(|id| data::parse(text(id).unwrap_or_default()))
            .collect()
    });
    Some(all[i].as_ref())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn folder() -> std::path::PathBuf {
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data/vintages")
    }

    #[test]
    fn the_list_is_the_folders_newest_first_and_each_file_is_the_one_compiled_in() {
        let mut dirs: Vec<String> = std::fs::read_dir(folder())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        dirs.sort();
        dirs.reverse();
        assert_eq!(
            dirs, IDS,
            "every folder under data/vintages is listed, newest first"
        );
        for id in IDS {
            let on_disk = std::fs::read_to_string(folder().join(id).join("baseline.txt")).unwrap();
            assert_eq!(text(id), Some(on_disk.as_str()), "{id}");
            let table = std::fs::read_to_string(folder().join(id).join(data::CHAPTERS_PATH)).ok();
            assert_eq!(chapters(id), table.as_deref(), "{id}'s chapter table");
        }
        assert_eq!(
            text(LATEST),
            Some(data::BASELINE_TEXT),
            "the page builds in the newest"
        );
    }

    #[test]
    fn every_vintage_parses_passes_every_check_and_names_itself() {
        for id in IDS {
            let b = baseline(id)
                .unwrap()
                .unwrap_or_else(|e| panic!("{id}: {e}"));
            assert_eq!(b.vintage.id, *id, "the file's vintage.id is its folder");
            if let Some(t) = chapters(id) {
                data::check_chapters(b, t).unwrap_or_else(|e| panic!("{id}: {e}"));
            }
            assert!(b.vintage.date.starts_with(id) && !b.vintage.covers.is_empty());
        }
        // newest first: by the release's year and month
        let months: Vec<(i32, u32)> = IDS
            .iter()
            .map(|id| baseline(id).unwrap().unwrap().vintage.year_month())
            .collect();
        assert!(months.windows(2).all(|w| w[0] > w[1]), "{months:?}");
        assert_eq!(baseline("2030-01"), None);
    }

    #[test]
    fn the_older_vintage_is_the_fy2024_25_data_as_shipped() {
        let b = baseline("2025-08").unwrap().unwrap();
        assert_eq!(b.params.base_year, 2024);
        assert_eq!(
            (b.params.total_exports, b.params.total_imports),
            (4.88, 63.84)
        );
        assert_eq!(
            b.history.len(),
            1,
            "the file as shipped held no earlier years"
        );
        // the crude lever's default then: the base year's volume held
        assert_eq!(b.params.crude_outlook, b.params.crude_volume);
    }
}
