//! Prints the page's first view (static HTML for the default scenario, in English) after the
//! script that decides whether it may show, for the build to write into index.html:
//! `cargo run --release -p trade-cli --bin first-view`; with `--meta`, the page's description
//! and its link preview's, a line each, for the build to write into the document's head.

use std::process::ExitCode;

fn main() -> ExitCode {
    match trade_core::baseline() {
        Ok(b) if std::env::args().any(|a| a == "--meta") => {
            use trade_core::present::files::first_view;
            println!("{}", first_view::description(b));
            println!("{}", first_view::preview_description(b));
            ExitCode::SUCCESS
        }
        Ok(b) => {
            use trade_core::present::files::first_view;
            print!(
                "{}\n{}\n{}\n{}",
                first_view::fault_html(),
                first_view::decide_script(),
                first_view::html(b),
                first_view::hide_waiting_script()
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: the built-in data file is broken: {e}");
            ExitCode::from(3)
        }
    }
}
