//! Date words: month names and the words for an ongoing end ("Present", "至今").
//! Keys are lower case.

/// Month names and abbreviations (English, plus the common Spanish/French/German forms
/// that appear in otherwise English résumés), with the month number.
pub const MONTHS: &[(&str, u8)] = &[
    ("january", 1), ("jan", 1), ("february", 2), ("feb", 2), ("march", 3), ("mar", 3),
    ("april", 4), ("apr", 4), ("may", 5), ("june", 6), ("jun", 6), ("july", 7), ("jul", 7),
    ("august", 8), ("aug", 8), ("september", 9), ("sept", 9), ("sep", 9), ("october", 10),
    ("oct", 10), ("november", 11), ("nov", 11), ("december", 12), ("dec", 12),
    ("enero", 1), ("febrero", 2), ("marzo", 3), ("abril", 4), ("mayo", 5), ("junio", 6),
    ("julio", 7), ("agosto", 8), ("septiembre", 9), ("octubre", 10), ("noviembre", 11), ("diciembre", 12),
    ("janvier", 1), ("février", 2), ("mars", 3), ("avril", 4), ("mai", 5), ("juin", 6),
    ("juillet", 7), ("août", 8), ("septembre", 9), ("octobre", 10), ("novembre", 11), ("décembre", 12),
    ("januar", 1), ("februar", 2), ("märz", 3), ("juni", 6), ("juli", 7), ("oktober", 10), ("dezember", 12),
];

/// Seasons: JSON Resume dates cannot say "Summer 2021", so these keep only the year.
pub const SEASONS: &[&str] = &["spring", "summer", "fall", "autumn", "winter"];

/// Words for an open end. Longest first where one is a prefix of another.
pub const PRESENT_WORDS: &[&str] = &[
    "present", "current", "currently", "now", "today", "ongoing",
    "aujourd'hui", "actualidad", "presente", "heute",
    "至今", "现在", "目前", "今", "现今", "当前",
];

/// Words and marks that join the two ends of a range.
pub const RANGE_JOINERS: &[&str] = &["-", "–", "—", "−", "~", "～", "〜", "to", "until", "till", "至", "到", "→", "—", "－", "⁓"];
