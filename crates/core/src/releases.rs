//! The data files of every release, as `build.rs` found them under `data/vintages/`: their ids,
//! newest first, and each folder's files compiled in. A leaf: `data` reads the newest file from
//! here and `vintage` (which parses them) everything else, so a new release is a new folder and
//! nothing else. The page uses only `LATEST_TEXT`, so the older files stay out of its WebAssembly.

// IDS, LATEST_TEXT, text and chapters, written by build.rs
include!(concat!(env!("OUT_DIR"), "/vintages.rs"));
