//! A question set's words in more languages: data beside the set, keyed by
//! its ids, never a new set. The ids, the version and every code stay
//! language-free, so an English leader and a German manager answer the same
//! set and compare on it, each reading it in their own language.
//!
//! The built-in sets' translations are files beside them
//! (`instruments/sparc-180.de.json`, `sparc-team-pulse.de.json`), downloaded
//! with the words of that language; a trainer's set carries its own in
//! `translations` (checked like the rest of the file: every text translated
//! or none, the same ids).

use crate::domain::base::language::Language;
use crate::domain::sets::instrument::Instrument;
use crate::domain::sets::pulse_set::PulseSet;
use crate::domain::sets::words::{InstrumentWords, PulseWords, SetWords};

/// The words a reader of `language` needs: `Some(None)` when the set is
/// already in it, `Some(Some(words))` for its translation (its own, or
/// `extra`, a built-in set's file), `None` when it has none.
fn translation_for<'a, W: SetWords>(
    own: Language,
    language: Language,
    list: &'a [W],
    extra: Option<&'a W>,
) -> Option<Option<&'a W>> {
    if language == own {
        return Some(None);
    }
    list.iter()
        .chain(extra)
        .find(|w| Language::from_tag(w.language()) == Some(language))
        .map(Some)
}

impl Instrument {
    /// The language the set's own words are in.
    pub fn own_language(&self) -> Language {
        Language::from_tag(&self.language).unwrap_or_default()
    }

    /// The set as a reader of `language` sees it: in their language when
    /// it is the set's own or it has a translation (its own, or `extra`,
    /// the built-in set's file), otherwise `None` (shown in its own
    /// language, with a note).
    pub fn in_language(
        &self,
        language: Language,
        extra: Option<&InstrumentWords>,
    ) -> Option<Instrument> {
        let Some(words) =
            translation_for(self.own_language(), language, &self.translations, extra)?
        else {
            return Some(self.clone());
        };
        let mut shown = self.clone();
        shown.name = words.name.clone();
        for (point, word) in shown.scale.points.iter_mut().zip(&words.scale) {
            point.label = word.clone();
        }
        shown.scale.not_observed = words.not_observed.clone();
        for d in &mut shown.dimensions {
            if let Some(w) = words.dimensions.get(&d.id) {
                d.name = w.name.clone();
                d.summary = w.summary.clone();
            }
            for item in &mut d.items {
                if let Some(text) = words.items.get(&item.id) {
                    item.text = text.clone();
                }
            }
        }
        for r in &mut shown.reflections {
            if let Some(prompt) = words.reflections.get(&r.id) {
                r.prompt = prompt.clone();
            }
        }
        shown.translations = Vec::new();
        shown.language = language.code().to_string();
        Some(shown)
    }
}

impl PulseSet {
    /// The language the set's own words are in.
    pub fn own_language(&self) -> Language {
        Language::from_tag(&self.language).unwrap_or_default()
    }

    /// The set as a reader of `language` sees it, as
    /// [`Instrument::in_language`].
    pub fn in_language(&self, language: Language, extra: Option<&PulseWords>) -> Option<PulseSet> {
        let Some(words) =
            translation_for(self.own_language(), language, &self.translations, extra)?
        else {
            return Some(self.clone());
        };
        let mut shown = self.clone();
        shown.name = words.name.clone();
        for (point, word) in shown.scale.iter_mut().zip(&words.scale) {
            *point = word.clone();
        }
        shown.dont_know = words.dont_know.clone();
        shown.comment_prompt = words.comment_prompt.clone();
        for d in &mut shown.dimensions {
            if let Some(w) = words.dimensions.get(&d.id) {
                d.name = w.name.clone();
            }
            for s in &mut d.statements {
                if let Some(text) = words.statements.get(&s.id) {
                    s.text = text.clone();
                }
            }
        }
        shown.translations = Vec::new();
        shown.language = language.code().to_string();
        Some(shown)
    }
}
