//! Validates `data/baseline.txt` with the same parser the program uses, so that a malformed data
//! file fails the build (with its line number) instead of reaching a visitor, and checks each
//! sector against the HS chapters it names. The parser and the key table it reads are included
//! as modules of this build script.

#[allow(dead_code)]
#[path = "src/data/mod.rs"]
mod data;
#[allow(dead_code)]
#[path = "src/fy.rs"]
mod fy;
#[allow(dead_code)]
#[path = "src/tr.rs"]
mod tr;

fn main() {
    println!("cargo:rerun-if-changed=data/baseline.txt");
    println!("cargo:rerun-if-changed=data/tradestat-russia-hs2.txt");
    for f in [
        "src/data/mod.rs",
        "src/data/inputs.rs",
        "src/fy.rs",
        "src/tr.rs",
    ] {
        println!("cargo:rerun-if-changed={f}");
    }
    let checked = data::parse(data::BASELINE_TEXT)
        .and_then(|b| data::check_chapters(&b, include_str!("data/tradestat-russia-hs2.txt")));
    if let Err(e) = checked {
        eprintln!("error: {e}");
        println!("cargo::error={e}");
        std::process::exit(1);
    }
}
