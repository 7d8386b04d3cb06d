//! The interface's words in every language, as typed tables generated at
//! build time from `src/i18n/<language>/` (see `src/i18n/generate.rs`).
//! Pages and domain code that writes sentences take a [`Messages`] and call
//! one method per message (`words.start_title()`), so a key that does not
//! exist, or a placeholder left out, does not compile.
//!
//! In the browser, a table fills section by section as the parts of the
//! app that show them download (only English's core is always there); a
//! message of a section not yet here reads "…". Natively every table is
//! complete ([`Messages::complete`]).

use crate::domain::base::language::Language;

include!(concat!(env!("OUT_DIR"), "/messages.rs"));

/// Every message in one language.
#[derive(Clone, Debug, PartialEq)]
pub struct Messages {
    language: Language,
    texts: [&'static str; COUNT],
}

/// What ends each message in a section's string (the unit separator).
pub const SEPARATOR: char = '\u{1f}';

/// What a message of a section not yet downloaded reads.
const NOT_HERE: &str = "…";

impl Messages {
    /// A table with no section yet (each message reads "…").
    pub fn empty(language: Language) -> Messages {
        Messages {
            language,
            texts: [NOT_HERE; COUNT],
        }
    }

    /// Every section of a language at once (natively and in tests).
    pub fn complete(language: Language) -> Messages {
        let mut messages = Messages::empty(language);
        for section in Section::ALL {
            messages.add(section, table(language, section));
        }
        messages
    }

    /// Puts a section's texts in place, from its string (each message
    /// ended by U+001F, as the generator writes it); a string of the wrong
    /// count, which the generator never makes, changes nothing.
    pub fn add(&mut self, section: Section, texts: &'static str) {
        let range = section.range();
        let Some(place) = self.texts.get_mut(range) else {
            return;
        };
        let Some(texts) = texts.strip_suffix(SEPARATOR) else {
            return;
        };
        if texts.split(SEPARATOR).count() == place.len() {
            for (slot, text) in place.iter_mut().zip(texts.split(SEPARATOR)) {
                *slot = text;
            }
        }
    }

    /// The language its words are in (the singular rule, the number
    /// format).
    pub fn language(&self) -> Language {
        self.language
    }
}

/// A message with its `{name}`s filled in; a name not given stays as it
/// is, so a mistake shows instead of vanishing.
pub fn fill(message: &str, values: &[(&str, &dyn core::fmt::Display)]) -> String {
    let mut out = String::with_capacity(message.len() + 16);
    let mut rest = message;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) => {
                let name = &after[..close];
                match values.iter().find(|(n, _)| *n == name) {
                    Some((_, value)) => {
                        use core::fmt::Write as _;
                        let _ = write!(out, "{value}");
                    }
                    None => {
                        out.push('{');
                        out.push_str(name);
                        out.push('}');
                    }
                }
                rest = &after[close + 1..];
            }
            None => {
                out.push_str(&rest[open..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}
