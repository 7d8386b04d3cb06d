//! The settings and columns a sheet writes for another language
//! (`name (de)`, `behaviour (de)`…), and their names as problems give them.

use crate::domain::base::language::Language;

/// A heading or setting written for another language: `behaviour (de)`
/// gives `behaviour` and German.
pub(super) fn for_language(key: &str) -> Option<(&str, Language)> {
    let (base, rest) = key.rsplit_once(" (")?;
    let language = Language::from_tag(rest.strip_suffix(')')?)?;
    Some((base.trim(), language))
}

/// The heading or setting name of `base` in `language`'s column, as the
/// places of problems name it.
pub(super) fn translated_name(base: &str, language: Language) -> &'static str {
    use Language::{De, En, Es, Fr};
    match (base, language) {
        ("dimension", En) => "dimension (en)",
        ("dimension", De) => "dimension (de)",
        ("dimension", Fr) => "dimension (fr)",
        ("dimension", Es) => "dimension (es)",
        ("summary", En) => "summary (en)",
        ("summary", De) => "summary (de)",
        ("summary", Fr) => "summary (fr)",
        ("summary", Es) => "summary (es)",
        (_, En) => "behaviour (en)",
        (_, De) => "behaviour (de)",
        (_, Fr) => "behaviour (fr)",
        (_, Es) => "behaviour (es)",
    }
}
