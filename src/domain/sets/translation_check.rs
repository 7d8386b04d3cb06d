//! Checking the translations a trainer's set carries, with the set's own
//! checker: each translation is for one of the app's languages (not the
//! set's own, and once), and translates every text or none: the same
//! dimension, behaviour (or statement) and reflection ids, no other, every
//! text there. Every problem is reported by its place
//! (`translations[0].items.strategy-priorities`: "Translation 1, behaviour
//! “strategy-priorities”").

use crate::domain::base::language::Language;
use crate::domain::sets::checker::{Checker, Fault, IdKind};
use serde_json::Value;

/// What a set's translations must match.
pub(crate) struct Shape<'a> {
    /// The set's own language (a translation into it is refused).
    pub(crate) own: Option<Language>,
    /// How many scale words it has.
    pub(crate) scale: usize,
    /// Its dimension ids, and whether a dimension has a summary to translate.
    pub(crate) dimensions: Vec<&'a str>,
    pub(crate) summaries: bool,
    /// Where its questions are (`items` or `statements`) and their ids.
    pub(crate) questions: &'static str,
    pub(crate) question_ids: Vec<&'a str>,
    /// Its reflection ids (a team pulse has none).
    pub(crate) reflection_ids: Vec<&'a str>,
    /// The set-wide words besides the scale and their longest length
    /// (`not_observed`; `dont_know`, `comment_prompt`).
    pub(crate) words: &'static [(&'static str, usize)],
}

/// The ids of a list of objects (`dimensions[*].id`), where given.
pub(crate) fn ids<'a>(list: Option<&'a Value>, key: &str) -> Vec<&'a str> {
    list.and_then(Value::as_array)
        .map(|l| l.iter().filter_map(|v| v.get(key)?.as_str()).collect())
        .unwrap_or_default()
}

/// Checks `value["translations"]`, if the file has any.
pub(crate) fn check_translations(c: &mut Checker, value: &Value, shape: &Shape) {
    let Some(list) = value.get("translations") else {
        return;
    };
    let Some(list) = list.as_array() else {
        c.report("translations", Fault::MustBeList);
        return;
    };
    let mut seen: Vec<Language> = Vec::new();
    for (i, t) in list.iter().enumerate() {
        let at = format!("translations[{i}]");
        if !t.is_object() {
            c.report(&at, Fault::TranslationObject);
            continue;
        }
        if let Some(code) = c.text(t, &format!("{at}.language"), 10) {
            match Language::from_tag(code) {
                None => c.report(
                    &format!("{at}.language"),
                    Fault::NotALanguage {
                        code: code.to_string(),
                    },
                ),
                Some(l) if Some(l) == shape.own => c.report(
                    &format!("{at}.language"),
                    Fault::OwnLanguage {
                        code: code.to_string(),
                    },
                ),
                Some(l) if seen.contains(&l) => c.report(
                    &format!("{at}.language"),
                    Fault::TranslatedTwice {
                        code: code.to_string(),
                    },
                ),
                Some(l) => seen.push(l),
            }
        }
        c.text(t, &format!("{at}.name"), 80);
        for (word, max) in shape.words {
            c.text(t, &format!("{at}.{word}"), *max);
        }
        if let Some(scale) = c.list(t, &format!("{at}.scale")) {
            if scale.len() != shape.scale {
                c.report(
                    &format!("{at}.scale"),
                    Fault::TranslatedScale {
                        wanted: shape.scale,
                        found: scale.len(),
                    },
                );
            }
            for (n, word) in scale.iter().enumerate() {
                if word.as_str().is_none_or(|w| w.trim().is_empty()) {
                    c.report(&format!("{at}.scale[{n}]"), Fault::MustBeText);
                }
            }
        }
        let dims = keyed(
            c,
            t,
            &format!("{at}.dimensions"),
            &shape.dimensions,
            IdKind::Dimension,
        );
        if let Some(dims) = dims {
            for id in &shape.dimensions {
                if let Some(d) = dims.get(*id).filter(|d| d.is_object()) {
                    c.text(d, &format!("{at}.dimensions.{id}.name"), 60);
                    if shape.summaries {
                        c.text(d, &format!("{at}.dimensions.{id}.summary"), 300);
                    }
                } else if dims.get(*id).is_some() {
                    c.report(&format!("{at}.dimensions.{id}"), Fault::DimensionObject);
                }
            }
        }
        let questions = format!("{at}.{}", shape.questions);
        if let Some(texts) = keyed(c, t, &questions, &shape.question_ids, IdKind::Question) {
            for id in &shape.question_ids {
                if texts.get(*id).is_some() {
                    c.text(texts, &format!("{questions}.{id}"), 200);
                }
            }
        }
        if !shape.reflection_ids.is_empty() || t.get("reflections").is_some() {
            let field = format!("{at}.reflections");
            if let Some(texts) = keyed(c, t, &field, &shape.reflection_ids, IdKind::Reflection) {
                for id in &shape.reflection_ids {
                    if texts.get(*id).is_some() {
                        c.text(texts, &format!("{field}.{id}"), 200);
                    }
                }
            }
        }
    }
}

/// An object keyed by the set's ids: every id there (else "is missing", at
/// its place), no other.
fn keyed<'a>(
    c: &mut Checker,
    parent: &'a Value,
    field: &str,
    ids: &[&str],
    kind: IdKind,
) -> Option<&'a Value> {
    let key = field.rsplit('.').next().unwrap_or(field);
    let Some(map) = parent.get(key) else {
        c.report(field, Fault::Missing);
        return None;
    };
    let Some(object) = map.as_object() else {
        c.report(field, Fault::KeyedObject);
        return None;
    };
    for id in ids {
        if !object.contains_key(*id) {
            c.report(&format!("{field}.{id}"), Fault::Untranslated);
        }
    }
    for id in object.keys() {
        if !ids.contains(&id.as_str()) {
            c.report(
                &format!("{field}.{id}"),
                Fault::NotAnId {
                    id: id.clone(),
                    kind,
                },
            );
        }
    }
    Some(map)
}

/// The set's own language, from its `language` (English when the file does
/// not say); a language the app does not speak is a problem.
pub(crate) fn own_language(c: &mut Checker, value: &Value) -> Option<Language> {
    if value.get("language").is_none() {
        return Some(Language::En);
    }
    let code = c.text(value, "language", 10)?;
    let language = Language::from_tag(code);
    if language.is_none() {
        c.report(
            "language",
            Fault::NotALanguage {
                code: code.to_string(),
            },
        );
    }
    language
}
