//! What the record rules say back: a record that passed with a note for
//! each thing cleaned ([`Checked`], [`Note`]), or why it was refused
//! ([`Refusal`]), each in the reader's words. The rules themselves are
//! [`super::validate`].

use crate::domain::base::messages::Messages;
use crate::domain::base::text::MAX_LABEL_CHARS;

/// A record that passed the rules, and what had to be changed for it to.
#[derive(Clone, Debug, PartialEq)]
pub struct Checked<T> {
    /// The record as it will be kept.
    pub record: T,
    /// One note per change made, for the person importing it.
    pub notes: Vec<Note>,
}

/// Whose answers a note is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Whose {
    /// The leader's own answers.
    Leader,
    /// The manager's answers.
    Manager,
    /// A cohort participant's shared answers.
    Participant,
}

/// A name or label a note is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Label {
    /// The leader's name.
    LeaderName,
    /// The manager's name.
    ManagerName,
    /// The cycle's label.
    CycleLabel,
    /// The cohort's name.
    CohortName,
}

/// One change made to a record to keep it to the rules of the forms.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Note {
    /// A label longer than a form allows was shortened.
    Shortened(Label),
    /// A label was cleaned of spacing or invisible characters.
    Cleaned(Label),
    /// Ratings of behaviours the set does not have were left out.
    UnknownRatings {
        /// Whose.
        whose: Whose,
        /// How many.
        count: usize,
    },
    /// Priorities unknown, repeated or over the limit were left out.
    DroppedPriorities {
        /// Whose.
        whose: Whose,
        /// How many.
        count: usize,
        /// The set's limit.
        limit: usize,
    },
    /// A reflection was shortened to the limit.
    ReflectionShortened(Whose),
    /// Reflections to questions the set does not ask, or empty, were left out.
    DroppedReflections {
        /// Whose.
        whose: Whose,
        /// How many.
        count: usize,
    },
    /// Commitments without an action (or repeated) were left out.
    DroppedCommitments(usize),
    /// The cohort membership could not be recognised.
    UnknownCohort,
    /// A participant gathered twice was kept once.
    RepeatedParticipant,
    /// Team figures no code could carry were left out.
    InvalidTeamFigures,
}

/// Notes as one phrase, separated by semicolons (after "record 1: ").
pub fn describe_notes(notes: &[Note], words: &Messages) -> String {
    notes
        .iter()
        .map(|n| n.describe(words))
        .reduce(|list, item| words.semicolon_list(&list, &item))
        .unwrap_or_default()
}

impl Note {
    /// The note, as a phrase (after "record 1: ").
    pub fn describe(&self, words: &Messages) -> String {
        let label = |l: &Label| match l {
            Label::LeaderName => words.note_label_leader_name(),
            Label::ManagerName => words.note_label_manager_name(),
            Label::CycleLabel => words.note_label_cycle(),
            Label::CohortName => words.note_label_cohort_name(),
        };
        match *self {
            Note::Shortened(l) => words.note_shortened(&label(&l), &MAX_LABEL_CHARS),
            Note::Cleaned(l) => words.note_cleaned(&label(&l)),
            Note::UnknownRatings { whose, count } => match whose {
                Whose::Leader => words.note_unknown_ratings_leader(count),
                Whose::Manager => words.note_unknown_ratings_manager(count),
                Whose::Participant => words.note_unknown_ratings_participant(count),
            },
            Note::DroppedPriorities {
                whose,
                count,
                limit,
            } => match whose {
                Whose::Leader => words.note_dropped_priorities_leader(count, &limit),
                Whose::Manager => words.note_dropped_priorities_manager(count, &limit),
                Whose::Participant => words.note_dropped_priorities_participant(count, &limit),
            },
            Note::ReflectionShortened(whose) => match whose {
                Whose::Leader => words.note_reflection_shortened_leader(),
                Whose::Manager => words.note_reflection_shortened_manager(),
                Whose::Participant => words.note_reflection_shortened_participant(),
            }
            .to_string(),
            Note::DroppedReflections { whose, count } => match whose {
                Whose::Leader => words.note_dropped_reflections_leader(count),
                Whose::Manager => words.note_dropped_reflections_manager(count),
                Whose::Participant => words.note_dropped_reflections_participant(count),
            },
            Note::DroppedCommitments(count) => words.note_dropped_commitments(count),
            Note::UnknownCohort => words.note_unknown_cohort().to_string(),
            Note::RepeatedParticipant => words.note_repeated_participant().to_string(),
            Note::InvalidTeamFigures => words.note_invalid_team_figures().to_string(),
        }
    }
}

/// Why a record breaks its kind's rules beyond cleaning (it is then left
/// as it is and said to be unreadable).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Refusal {
    /// Its id is not one the app makes (and so names no key safely).
    BadId,
    /// A required name has nothing readable left.
    Missing(Required),
}

/// A name a record cannot do without.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Required {
    /// An assessment's leader's name.
    LeaderName,
    /// A cohort's name.
    CohortName,
}

impl Required {
    /// The name, as notes on what was cleaned call it.
    pub(crate) fn label(self) -> Label {
        match self {
            Required::LeaderName => Label::LeaderName,
            Required::CohortName => Label::CohortName,
        }
    }
}

impl Refusal {
    /// Why, as a phrase inside a sentence ("it has no leader's name").
    pub fn describe(&self, words: &Messages) -> &'static str {
        match self {
            Refusal::BadId => words.refusal_bad_id(),
            Refusal::Missing(Required::LeaderName) => words.refusal_no_leader_name(),
            Refusal::Missing(Required::CohortName) => words.refusal_no_cohort_name(),
        }
    }
}
