//! The language the person chose, remembered beside their records (a
//! preference, not a record: it is not in backups and does not count as a
//! change since the last one; erasing everything forgets it).

use super::{store, StorageError};
use crate::domain::base::keys::LANGUAGE_KEY;
use crate::domain::base::language::Language;

/// The remembered choice, if there is one this version speaks (anything
/// else stored there is ignored, and replaced at the next choice).
pub fn chosen() -> Option<Language> {
    store()
        .get(LANGUAGE_KEY)
        .ok()
        .flatten()
        .and_then(|code| Language::from_tag(&code))
}

/// Remembers a choice.
pub fn choose(language: Language) -> Result<(), StorageError> {
    store().set(LANGUAGE_KEY, language.code())
}
