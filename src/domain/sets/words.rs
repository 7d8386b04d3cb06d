//! The words of a question set in one more language, as data keyed by the
//! set's ids (the types only; reading a set in a language is
//! [`super::translation`]).

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A dimension's words in another language.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct DimensionWords {
    /// Its name.
    pub name: String,
    /// Its one-sentence summary (a team pulse's dimensions have none).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub summary: String,
}

/// A 180 question set's words in one more language.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct InstrumentWords {
    /// The language's code (`de`).
    pub language: String,
    /// The set's name.
    pub name: String,
    /// The scale's words, lowest first.
    pub scale: Vec<String>,
    /// The words for Not observed.
    pub not_observed: String,
    /// Each dimension's words, by dimension id.
    pub dimensions: BTreeMap<String, DimensionWords>,
    /// Each behaviour's text, by item id.
    pub items: BTreeMap<String, String>,
    /// Each reflection question, by reflection id.
    #[serde(default)]
    pub reflections: BTreeMap<String, String>,
}

/// A team pulse set's words in one more language.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct PulseWords {
    /// The language's code (`de`).
    pub language: String,
    /// The set's name.
    pub name: String,
    /// The agreement words, from 1 to 5.
    pub scale: Vec<String>,
    /// The words for Don't know.
    pub dont_know: String,
    /// The comment question.
    pub comment_prompt: String,
    /// Each dimension's name, by dimension id.
    pub dimensions: BTreeMap<String, DimensionWords>,
    /// Each statement, by statement id.
    pub statements: BTreeMap<String, String>,
}

/// Reads a built-in set's translation file (empty text: none, as for the
/// set's own language).
pub fn read_words<T: serde::de::DeserializeOwned>(text: &str) -> Option<T> {
    if text.trim().is_empty() {
        return None;
    }
    crate::json::from_str(text).ok()
}

/// A set's words in one language, whichever kind of set.
pub trait SetWords {
    /// The language's code (`de`).
    fn language(&self) -> &str;
}

impl SetWords for InstrumentWords {
    fn language(&self) -> &str {
        &self.language
    }
}

impl SetWords for PulseWords {
    fn language(&self) -> &str {
        &self.language
    }
}
