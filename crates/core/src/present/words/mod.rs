//! Every sentence and label, in each language: the headline and chart summaries, the insight
//! sentences, a data row's words, a lever's value and range, a link's notices.

pub mod band;
pub mod goal;
pub mod insight;
pub mod labels;
pub mod levers;
pub mod narrative;
pub mod notices;
pub mod parts;
pub mod running;
pub mod summaries;
