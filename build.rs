//! Validates `data/baseline.txt` with the same parser the program uses, so that a malformed data
//! file fails the build (with its line number) instead of reaching a visitor.

#[allow(dead_code)]
#[path = "src/data.rs"]
mod data;

fn main() {
    println!("cargo:rerun-if-changed=data/baseline.txt");
    println!("cargo:rerun-if-changed=src/data.rs");
    if let Err(e) = data::parse(data::BASELINE_TEXT) {
        eprintln!("error: {e}");
        println!("cargo::error={e}");
        std::process::exit(1);
    }
}
