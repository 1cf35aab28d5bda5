//! A text in every language the page speaks. Items described once in a table (a lever, a sector, a
//! preset, an input) carry their words as a `Tr`, so a missing translation is a compile error.

/// A language of the page.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    #[default]
    En,
}

impl Lang {
    pub const ALL: [Lang; 1] = [Lang::En];
}

/// One text, in every language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Tr {
    pub en: &'static str,
}

impl Tr {
    pub const fn new(en: &'static str) -> Tr {
        Tr { en }
    }

    pub fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => self.en,
        }
    }
}
