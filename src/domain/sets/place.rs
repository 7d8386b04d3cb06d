//! Where a problem in a question set file is, in the words a trainer reads:
//! a field path (`dimensions[2].items[0].text`,
//! `translations[0].items.strategy-context`) as "Dimension 3, behaviour 1,
//! its text" or "Translation 1, behaviour “strategy-context”".

use crate::domain::base::messages::Messages;

/// The position `[n]` of a path segment like `items[3]`, counted from 1.
fn numbered(segment: &str) -> Option<(&str, usize)> {
    let (name, rest) = segment.split_once('[')?;
    let n: usize = rest.strip_suffix(']')?.parse().ok()?;
    Some((name, n + 1))
}

/// One part of a place, as a trainer names it.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Part<'a> {
    Translation(usize),
    Dimension(usize),
    Behaviour(usize),
    ScalePoint(usize),
    Reflection(usize),
    Statement(usize),
    ScaleWord(usize),
    /// A numbered field this list does not name: its name and number.
    OtherNumbered(&'a str, usize),
    /// A translation's texts, by id: `items.strategy-priorities`.
    BehaviourId(&'a str),
    StatementId(&'a str),
    DimensionId(&'a str),
    ReflectionId(&'a str),
    /// `scale` at the top.
    TheScale,
    /// A translation's `scale`.
    Scale,
    Points,
    NotObserved,
    DontKnow,
    CommentPrompt,
    Statements,
    PrioritiesLimit,
    Dimensions,
    Reflections,
    Format,
    Items,
    Text,
    Prompt,
    Summary,
    Label,
    Value,
    SetId,
    SetName,
    Version,
    SetLanguage,
    Language,
    Translations,
    Id,
    Name,
    /// A field this list does not name (its name is the file format's).
    Other(&'a str),
}

/// A field path (`dimensions[2].items[0].text`) as the parts a trainer
/// names.
fn parts(field: &str) -> Vec<Part<'_>> {
    let mut parts: Vec<Part> = Vec::new();
    let mut previous = "";
    for segment in field.split('.') {
        // A translation's texts are keyed by id: `items.strategy-priorities`.
        let keyed = match previous {
            "items" => Some(Part::BehaviourId(segment)),
            "statements" => Some(Part::StatementId(segment)),
            "dimensions" => Some(Part::DimensionId(segment)),
            "reflections" => Some(Part::ReflectionId(segment)),
            _ => None,
        };
        if let (Some(part), true) = (keyed, parts.len() > 1) {
            parts.pop();
            parts.push(part);
            // An id is not a list's name: the segment after it is a field.
            previous = "";
            continue;
        }
        previous = segment;
        let first = parts.is_empty();
        let part = match (numbered(segment), segment) {
            (Some(("translations", n)), _) => Part::Translation(n),
            (Some(("dimensions", n)), _) => Part::Dimension(n),
            (Some(("items", n)), _) => Part::Behaviour(n),
            (Some(("points", n)), _) => Part::ScalePoint(n),
            (Some(("reflections", n)), _) => Part::Reflection(n),
            (Some(("statements", n)), _) => Part::Statement(n),
            (Some(("scale", n)), _) => Part::ScaleWord(n),
            (Some((other, n)), _) => Part::OtherNumbered(other, n),
            (None, "scale") if first => Part::TheScale,
            (None, "scale") => Part::Scale,
            (None, "points") => Part::Points,
            (None, "not_observed") => Part::NotObserved,
            (None, "dont_know") => Part::DontKnow,
            (None, "comment_prompt") => Part::CommentPrompt,
            (None, "statements") => Part::Statements,
            (None, "priorities_limit") => Part::PrioritiesLimit,
            (None, "dimensions") => Part::Dimensions,
            (None, "reflections") => Part::Reflections,
            (None, "format") => Part::Format,
            (None, "items") => Part::Items,
            (None, "text") => Part::Text,
            (None, "prompt") => Part::Prompt,
            (None, "summary") => Part::Summary,
            (None, "label") => Part::Label,
            (None, "value") => Part::Value,
            (None, "id") if first => Part::SetId,
            (None, "name") if first => Part::SetName,
            (None, "version") => Part::Version,
            (None, "language") if first => Part::SetLanguage,
            (None, "language") => Part::Language,
            (None, "translations") => Part::Translations,
            (None, "id") => Part::Id,
            (None, "name") => Part::Name,
            (None, other) => Part::Other(other),
        };
        parts.push(part);
    }
    parts
}

impl Part<'_> {
    /// The part in `words`.
    fn words(&self, words: &Messages) -> String {
        match self {
            Part::Translation(n) => words.checker_place_translation(n),
            Part::Dimension(n) => words.checker_place_dimension(n),
            Part::Behaviour(n) => words.checker_place_behaviour(n),
            Part::ScalePoint(n) => words.checker_place_scale_point(n),
            Part::Reflection(n) => words.checker_place_reflection(n),
            Part::Statement(n) => words.checker_place_statement(n),
            Part::ScaleWord(n) => words.checker_place_scale_word(n),
            Part::OtherNumbered(name, n) => words.checker_place_numbered(name, n),
            Part::BehaviourId(id) => words.checker_place_behaviour_id(id),
            Part::StatementId(id) => words.checker_place_statement_id(id),
            Part::DimensionId(id) => words.checker_place_dimension_id(id),
            Part::ReflectionId(id) => words.checker_place_reflection_id(id),
            Part::TheScale => words.checker_place_the_scale().into(),
            Part::Scale => words.checker_place_scale().into(),
            Part::Points => words.checker_place_points().into(),
            Part::NotObserved => words.checker_place_not_observed().into(),
            Part::DontKnow => words.checker_place_dont_know().into(),
            Part::CommentPrompt => words.checker_place_comment_prompt().into(),
            Part::Statements => words.checker_place_statements().into(),
            Part::PrioritiesLimit => words.checker_place_priorities_limit().into(),
            Part::Dimensions => words.checker_place_dimensions().into(),
            Part::Reflections => words.checker_place_reflections().into(),
            Part::Format => words.checker_place_format().into(),
            Part::Items => words.checker_place_items().into(),
            Part::Text => words.checker_place_text().into(),
            Part::Prompt => words.checker_place_prompt().into(),
            Part::Summary => words.checker_place_summary().into(),
            Part::Label => words.checker_place_label().into(),
            Part::Value => words.checker_place_value().into(),
            Part::SetId => words.checker_place_set_id().into(),
            Part::SetName => words.checker_place_set_name().into(),
            Part::Version => words.checker_place_version().into(),
            Part::SetLanguage => words.checker_place_set_language().into(),
            Part::Language => words.checker_place_language().into(),
            Part::Translations => words.checker_place_translations().into(),
            Part::Id => words.checker_place_id().into(),
            Part::Name => words.checker_place_name().into(),
            Part::Other(name) => name.replace('_', " "),
        }
    }
}

/// A field path (`dimensions[2].items[0].text`) in words
/// ("Dimension 3, behaviour 1, its text"); the empty path is the file.
pub fn place_in_words(field: &str, words: &Messages) -> String {
    if field.is_empty() {
        return words.checker_place_file().into();
    }
    let mut text: Option<String> = None;
    for part in parts(field) {
        let part = part.words(words);
        text = Some(match text {
            None => part,
            Some(place) => words.checker_place_more(&place, &part),
        });
    }
    let text = text.unwrap_or_default();
    // "Dimension 3, behaviour 1" reads as one place, from a capital.
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => text,
    }
}
