//! The checker every question set file goes through (180 sets, team pulse
//! sets and their translations): it collects every problem at once, each
//! with the field it is in, and says the place in words a trainer reads.

use crate::domain::base::messages::Messages;
use crate::domain::base::text::{has_stray_format, has_visible};
use crate::domain::sets::place::place_in_words;
use serde_json::Value;

/// One thing wrong with a question set file: where, and what.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// Where, as a path from the file's top (`dimensions[2].items[0].text`;
    /// empty for the file as a whole); [`Problem::place`] says it in words.
    pub field: String,
    /// What is wrong.
    pub fault: Fault,
}

impl Problem {
    /// Where the problem is, as a trainer reads it: numbers from 1 and
    /// plain names ("Dimension 3, behaviour 1, its text").
    pub fn place(&self, words: &Messages) -> String {
        place_in_words(&self.field, words)
    }

    /// The problem as the trainer reads it: its place and what is wrong
    /// ("Dimension 2, its name: is empty"), or only what is wrong when it is
    /// the file as a whole.
    pub fn describe(&self, words: &Messages) -> String {
        let fault = self.fault.describe(words);
        if self.field.is_empty() {
            fault
        } else {
            words.checker_problem(&self.place(words), &fault)
        }
    }
}

/// What kind of id a translation names that the set does not have.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IdKind {
    /// A dimension's id.
    Dimension,
    /// A behaviour's or a statement's id.
    Question,
    /// A reflection question's id.
    Reflection,
}

/// What is wrong with a field (or the file), with the values the message
/// names.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Fault {
    /// The field is not there.
    Missing,
    /// The text has nothing visible.
    Empty,
    /// The text holds an invisible or direction-changing character.
    StrayFormat,
    /// The text is longer than `max` characters.
    TooLong { max: usize },
    /// The value is not text.
    MustBeText,
    /// An id with other characters than lowercase letters, digits, hyphens.
    IdCharacters,
    /// The value is not a whole number.
    MustBeWholeNumber,
    /// The value is not a list.
    MustBeList,
    /// The id is already used by another of its kind.
    UsedTwice { id: String },
    /// The file is not JSON: where it breaks.
    NotJson { line: usize, column: usize },
    /// The file is JSON, but not one object.
    NotAnObject,
    /// The format number is not the one this build reads.
    Format { found: u64, reads: u64 },
    /// The version is 0.
    VersionZero,
    /// A scale without one point per rating.
    ScalePoints {
        wanted: usize,
        min: u8,
        max: u8,
        found: usize,
    },
    /// A scale point whose number is not its place's.
    PointValue { value: u64 },
    /// Too few or too many dimensions.
    Dimensions {
        min: usize,
        max: usize,
        found: usize,
    },
    /// A dimension id that names a questionnaire step.
    ReservedId { id: String },
    /// Too few or too many items in a dimension.
    Items {
        min: usize,
        max: usize,
        found: usize,
    },
    /// More priorities than allowed (or than items).
    Priorities { max: usize },
    /// Too many reflection questions.
    Reflections { max: usize, found: usize },
    /// A question set value of the wrong kind, found only when read.
    WrongKind { line: usize, column: usize },
    /// The set is too large to travel in a link.
    TooLarge { chars: usize, limit: usize },
    /// A team pulse scale without its five words.
    PulseScale { found: usize },
    /// Too few or too many statements in a dimension.
    Statements {
        min: usize,
        max: usize,
        found: usize,
    },
    /// Too many statements in all.
    TooManyStatements { count: usize, max: usize },
    /// A team pulse set value of the wrong kind, found only when read.
    PulseWrongKind,
    /// A translation that is not an object.
    TranslationObject,
    /// A language code the app does not speak.
    NotALanguage { code: String },
    /// A translation into the set's own language.
    OwnLanguage { code: String },
    /// A second translation into one language.
    TranslatedTwice { code: String },
    /// A translated scale with another number of words than the set's.
    TranslatedScale { wanted: usize, found: usize },
    /// A translated dimension that is not an object.
    DimensionObject,
    /// Translated texts that are not an object keyed by ids.
    KeyedObject,
    /// A text the translation leaves out.
    Untranslated,
    /// A translated text under an id the set does not have.
    NotAnId { id: String, kind: IdKind },
}

impl Fault {
    /// What is wrong, in `words` (without the place).
    pub fn describe(&self, words: &Messages) -> String {
        match self {
            Fault::Missing => words.checker_missing().into(),
            Fault::Empty => words.checker_empty().into(),
            Fault::StrayFormat => words.checker_stray_format().into(),
            Fault::TooLong { max } => words.checker_too_long(max),
            Fault::MustBeText => words.checker_must_be_text().into(),
            Fault::IdCharacters => words.checker_id_characters().into(),
            Fault::MustBeWholeNumber => words.checker_must_be_whole_number().into(),
            Fault::MustBeList => words.checker_must_be_list().into(),
            Fault::UsedTwice { id } => words.checker_used_twice(id),
            Fault::NotJson { line, column } => words.checker_not_json(line, column),
            Fault::NotAnObject => words.checker_not_an_object().into(),
            Fault::Format { found, reads } => words.checker_format(found, reads),
            Fault::VersionZero => words.checker_version_zero().into(),
            Fault::ScalePoints {
                wanted,
                min,
                max,
                found,
            } => words.checker_scale_points(wanted, min, max, found),
            Fault::PointValue { value } => words.checker_point_value(value),
            Fault::Dimensions { min, max, found } => words.checker_dimensions(min, max, found),
            Fault::ReservedId { id } => words.checker_reserved_id(id),
            Fault::Items { min, max, found } => words.checker_items(min, max, found),
            Fault::Priorities { max } => words.checker_priorities(max),
            Fault::Reflections { max, found } => words.checker_reflections(max, found),
            Fault::WrongKind { line, column } => words.checker_wrong_kind(line, column),
            Fault::TooLarge { chars, limit } => words.checker_too_large(chars, limit),
            Fault::PulseScale { found } => words.checker_pulse_scale(found),
            Fault::Statements { min, max, found } => words.checker_statements(min, max, found),
            Fault::TooManyStatements { count, max } => {
                words.checker_too_many_statements(count, max)
            }
            Fault::PulseWrongKind => words.checker_pulse_wrong_kind().into(),
            Fault::TranslationObject => words.checker_translation_object().into(),
            Fault::NotALanguage { code } => words.checker_not_a_language(code),
            Fault::OwnLanguage { code } => words.checker_own_language(code),
            Fault::TranslatedTwice { code } => words.checker_translated_twice(code),
            Fault::TranslatedScale { wanted, found } => {
                words.checker_translated_scale(wanted, found)
            }
            Fault::DimensionObject => words.checker_dimension_object().into(),
            Fault::KeyedObject => words.checker_keyed_object().into(),
            Fault::Untranslated => words.checker_untranslated().into(),
            Fault::NotAnId { id, kind } => match kind {
                IdKind::Dimension => words.checker_not_a_dimension_id(id),
                IdKind::Question => words.checker_not_a_question_id(id),
                IdKind::Reflection => words.checker_not_a_reflection_id(id),
            },
        }
    }
}

/// Collects problems while a file is checked field by field (question sets
/// and team pulse sets share it, so both report alike).
pub(crate) struct Checker {
    pub(crate) problems: Vec<Problem>,
}

impl Checker {
    pub(crate) fn new() -> Checker {
        Checker {
            problems: Vec::new(),
        }
    }

    pub(crate) fn report(&mut self, field: &str, fault: Fault) {
        self.problems.push(Problem {
            field: field.to_string(),
            fault,
        });
    }

    pub(crate) fn text<'a>(
        &mut self,
        v: &'a Value,
        field: &str,
        max_chars: usize,
    ) -> Option<&'a str> {
        match v.get(field_name(field)) {
            None => self.report(field, Fault::Missing),
            Some(Value::String(s)) if !has_visible(s) => self.report(field, Fault::Empty),
            Some(Value::String(s)) if has_stray_format(s) => self.report(field, Fault::StrayFormat),
            Some(Value::String(s)) if s.chars().count() > max_chars => {
                self.report(field, Fault::TooLong { max: max_chars })
            }
            Some(Value::String(s)) => return Some(s),
            Some(_) => self.report(field, Fault::MustBeText),
        }
        None
    }

    pub(crate) fn id<'a>(&mut self, v: &'a Value, field: &str) -> Option<&'a str> {
        let id = self.text(v, field, 40)?;
        if id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        {
            Some(id)
        } else {
            self.report(field, Fault::IdCharacters);
            None
        }
    }

    pub(crate) fn number(&mut self, v: &Value, field: &str) -> Option<u64> {
        match v.get(field_name(field)) {
            None => self.report(field, Fault::Missing),
            Some(n) => match n.as_u64() {
                Some(n) => return Some(n),
                None => self.report(field, Fault::MustBeWholeNumber),
            },
        }
        None
    }

    pub(crate) fn list<'a>(&mut self, v: &'a Value, field: &str) -> Option<&'a Vec<Value>> {
        match v.get(field_name(field)) {
            None => self.report(field, Fault::Missing),
            Some(Value::Array(a)) => return Some(a),
            Some(_) => self.report(field, Fault::MustBeList),
        }
        None
    }

    pub(crate) fn unique(&mut self, seen: &mut Vec<String>, id: Option<&str>, field: &str) {
        if let Some(id) = id {
            if seen.iter().any(|s| s == id) {
                self.report(field, Fault::UsedTwice { id: id.to_string() });
            } else {
                seen.push(id.to_string());
            }
        }
    }
}

/// The last part of a field path, as the key in its object.
fn field_name(path: &str) -> &str {
    path.rsplit('.').next().unwrap_or(path)
}

/// Reads a file that must hold one JSON object, or says where it breaks.
pub(crate) fn json_object(text: &str) -> Result<Value, Vec<Problem>> {
    let value: Value = serde_json::from_str(text).map_err(|e| {
        vec![Problem {
            field: String::new(),
            fault: Fault::NotJson {
                line: e.line(),
                column: e.column(),
            },
        }]
    })?;
    if value.is_object() {
        Ok(value)
    } else {
        Err(vec![Problem {
            field: String::new(),
            fault: Fault::NotAnObject,
        }])
    }
}
