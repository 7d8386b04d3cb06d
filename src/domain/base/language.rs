//! The languages Align 180 speaks, and which one a browser asks for. Every
//! participant reads the app in their own language (issue 24): a
//! [`Language`] is chosen on a first visit from the browser's list
//! (`navigator.languages`, best match first, English otherwise) and then
//! kept as the person's choice. Codes stay language-free everywhere else.

/// A language of the interface and of the built-in question sets.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Language {
    /// English (the default, and the language of trainers' sets without
    /// translations).
    #[default]
    En,
    /// German.
    De,
    /// French.
    Fr,
    /// Spanish.
    Es,
}

impl Language {
    /// Every language, in the order the choice lists them.
    pub const ALL: [Language; 4] = [Language::En, Language::De, Language::Fr, Language::Es];

    /// Its BCP 47 code, for `<html lang>` and the stored choice.
    pub fn code(self) -> &'static str {
        match self {
            Language::En => "en",
            Language::De => "de",
            Language::Fr => "fr",
            Language::Es => "es",
        }
    }

    /// Its tag for `<html lang>` and `lang` attributes: the English words
    /// are British ("behaviour", "organisation").
    pub fn tag(self) -> &'static str {
        match self {
            Language::En => "en-GB",
            other => other.code(),
        }
    }

    /// Its name in itself, as the language choice shows it, so everyone
    /// finds their own.
    pub fn own_name(self) -> &'static str {
        match self {
            Language::En => "English",
            Language::De => "Deutsch",
            Language::Fr => "Français",
            Language::Es => "Español",
        }
    }

    /// The language a tag names ("de", "de-AT", "fr_CA", "ES"), if it is one
    /// of ours: only the primary subtag counts, in any case.
    pub fn from_tag(tag: &str) -> Option<Language> {
        let primary = tag
            .trim()
            .split(['-', '_'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        Language::ALL.into_iter().find(|l| l.code() == primary)
    }

    /// The best language for a browser's list of tags, most wanted first
    /// (`navigator.languages`): the first one we speak, English otherwise.
    pub fn best_match<S: AsRef<str>>(tags: &[S]) -> Language {
        tags.iter()
            .find_map(|t| Language::from_tag(t.as_ref()))
            .unwrap_or_default()
    }

    /// Whether a count takes the singular ("1 participant") in this
    /// language. French puts 0 in the singular too ("0 participant");
    /// English, German and Spanish only 1 (CLDR's rules for whole numbers).
    pub fn is_singular(self, count: usize) -> bool {
        match self {
            Language::Fr => count <= 1,
            Language::En | Language::De | Language::Es => count == 1,
        }
    }
}
