//! Language data only: tables the passes look things up in. Adding a language is adding rows.

pub mod dates;
pub mod headings;
pub mod radicals;
pub mod surnames;
pub mod words;
