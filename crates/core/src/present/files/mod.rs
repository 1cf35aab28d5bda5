//! What the page and the command line write out: the JSON, the CSVs and the text table, the JSON
//! report as data, the embed snippet and the first view's HTML.

pub mod document;
pub mod embed;
pub mod first_view;
pub mod report;
