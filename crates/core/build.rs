//! Validates `data/baseline.txt` with the same parser the program uses, so that a malformed data
//! file fails the build (with its line number) instead of reaching a visitor. The parser and the
//! key table it reads are included as modules of this build script.

#[allow(dead_code)]
#[path = "src/data.rs"]
mod data;
#[allow(dead_code)]
#[path = "src/inputs.rs"]
mod inputs;
#[allow(dead_code)]
#[path = "src/tr.rs"]
mod tr;

fn main() {
    println!("cargo:rerun-if-changed=data/baseline.txt");
    for f in ["src/data.rs", "src/inputs.rs", "src/tr.rs"] {
        println!("cargo:rerun-if-changed={f}");
    }
    if let Err(e) = data::parse(data::BASELINE_TEXT) {
        eprintln!("error: {e}");
        println!("cargo::error={e}");
        std::process::exit(1);
    }
}
