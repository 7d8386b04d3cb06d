//! One rater's answers: ratings, priorities and reflections.

use crate::domain::base::messages::Messages;
use crate::domain::base::rating::Rating;
use crate::domain::base::text::clean_reflection;
use crate::domain::sets::instrument::{Instrument, Item};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Who is rating the leader. The same items are asked of both.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Rater {
    /// The leader rating themself.
    Leader,
    /// The leader's manager rating the leader.
    Manager,
}

/// Everything one rater has answered so far. Saved after every change, so a
/// reload resumes exactly here.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Response {
    /// Item id → answer. Items not in the map are unanswered.
    #[serde(default)]
    pub ratings: BTreeMap<String, Rating>,
    /// Item ids chosen as priorities, in the order chosen.
    #[serde(default)]
    pub priorities: Vec<String>,
    /// Reflection id → free text.
    #[serde(default)]
    pub reflections: BTreeMap<String, String>,
    /// The questionnaire step last shown, so "resume" returns to it.
    #[serde(default)]
    pub last_step: Option<String>,
    /// When the rater submitted (ms since the Unix epoch); `None` while open.
    #[serde(default)]
    pub submitted_at: Option<u64>,
}

/// Why a priority could not be added.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PriorityError {
    /// The rater already chose the instrument's maximum.
    LimitReached(usize),
    /// The id names no item of the instrument.
    UnknownItem,
}

impl PriorityError {
    /// Why the priority was not added, in `words`.
    pub fn describe(&self, words: &Messages) -> String {
        match self {
            PriorityError::LimitReached(limit) => words.priorities_limit_error(limit),
            PriorityError::UnknownItem => words.priorities_unknown_item().to_string(),
        }
    }
}

impl Response {
    /// Records an answer, replacing any earlier one for the same item.
    pub fn rate(&mut self, item_id: &str, rating: Rating) {
        self.ratings.insert(item_id.to_string(), rating);
    }

    /// The answer given for an item, if any.
    pub fn rating(&self, item_id: &str) -> Option<Rating> {
        self.ratings.get(item_id).copied()
    }

    /// How many of the instrument's items have an answer (Not observed counts
    /// as answered: the rater made a choice).
    pub fn answered_count(&self, instrument: &Instrument) -> usize {
        instrument
            .items()
            .filter(|(_, item)| self.ratings.contains_key(&item.id))
            .count()
    }

    /// The items still without an answer, in the order asked.
    pub fn unanswered<'a>(&self, instrument: &'a Instrument) -> Vec<&'a Item> {
        instrument
            .items()
            .filter(|(_, item)| !self.ratings.contains_key(&item.id))
            .map(|(_, item)| item)
            .collect()
    }

    /// Marks or unmarks a behaviour as a priority, within the instrument's limit.
    pub fn toggle_priority(
        &mut self,
        instrument: &Instrument,
        item_id: &str,
    ) -> Result<(), PriorityError> {
        if let Some(pos) = self.priorities.iter().position(|p| p == item_id) {
            self.priorities.remove(pos);
            return Ok(());
        }
        if instrument.item(item_id).is_none() {
            return Err(PriorityError::UnknownItem);
        }
        if self.priorities.len() >= instrument.priorities_limit {
            return Err(PriorityError::LimitReached(instrument.priorities_limit));
        }
        self.priorities.push(item_id.to_string());
        Ok(())
    }

    /// Whether a behaviour is currently a priority.
    pub fn is_priority(&self, item_id: &str) -> bool {
        self.priorities.iter().any(|p| p == item_id)
    }

    /// Stores a reflection answer; an empty answer removes it.
    pub fn set_reflection(&mut self, reflection_id: &str, text: &str) {
        let text = clean_reflection(text);
        if text.trim().is_empty() {
            self.reflections.remove(reflection_id);
        } else {
            self.reflections.insert(reflection_id.to_string(), text);
        }
    }

    /// Whether the rater has finished.
    pub fn is_submitted(&self) -> bool {
        self.submitted_at.is_some()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn priorities_respect_the_limit_and_toggle_off() {
        let instrument = Instrument::sparc_180();
        let ids: Vec<String> = instrument.items().map(|(_, i)| i.id.clone()).collect();
        let mut response = Response::default();
        for id in &ids[..3] {
            assert_eq!(response.toggle_priority(instrument, id), Ok(()));
        }
        assert_eq!(
            response.toggle_priority(instrument, &ids[3]),
            Err(PriorityError::LimitReached(3))
        );
        assert_eq!(response.toggle_priority(instrument, &ids[0]), Ok(()));
        assert!(!response.is_priority(&ids[0]));
        assert_eq!(response.toggle_priority(instrument, &ids[3]), Ok(()));
        assert_eq!(
            response.priorities,
            vec![ids[1].clone(), ids[2].clone(), ids[3].clone()]
        );
        assert_eq!(
            response.toggle_priority(instrument, "no-such-item"),
            Err(PriorityError::UnknownItem)
        );
    }

    #[test]
    fn blank_reflections_are_removed() {
        let mut response = Response::default();
        response.set_reflection("success", "Clear goals");
        assert_eq!(
            response.reflections.get("success").map(String::as_str),
            Some("Clear goals")
        );
        response.set_reflection("success", "   ");
        assert!(response.reflections.is_empty());
    }

    #[test]
    fn answered_counts_only_instrument_items() {
        let instrument = Instrument::sparc_180();
        let mut response = Response::default();
        response.rate("strategy-priorities", Rating::Score(4));
        response.rate("purpose-values", Rating::NotObserved);
        response.rate("not-an-item", Rating::Score(2));
        assert_eq!(response.answered_count(instrument), 2);
        assert_eq!(response.unanswered(instrument).len(), 23);
    }
}
