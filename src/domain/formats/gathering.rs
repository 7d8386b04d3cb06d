//! What gathering codes (a trainer's cohort codes, a leader's team pulse
//! codes) reports: one outcome per code, so one bad code never stops the
//! rest, and the counts for a one-line summary; and how a backup's records
//! of that kind merge into this browser's.

use crate::domain::base::messages::Messages;
use crate::domain::formats::share::envelope::{code_in, kind_of, Kind};
use crate::domain::formats::share::ShareError;

/// What happened to one gathered code.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// A new participant.
    Added,
    /// A participant already here shared again with different answers (for
    /// example after their manager answered): the newer answers replace theirs.
    Updated,
    /// Exactly the same answers are already here: nothing changed.
    Duplicate,
    /// Not used; the reason is for the trainer.
    Rejected(Rejection),
}

/// Why a gathered code was not used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Rejection {
    /// It cannot be read (not a code, damaged, …).
    Unreadable(ShareError),
    /// A code of another kind (`is`, when it can be told) than the one
    /// gathered here (`wanted`).
    OtherKind {
        /// What it is.
        is: Option<Kind>,
        /// What was wanted.
        wanted: Kind,
    },
    /// A cohort code made for another cohort.
    AnotherCohort,
    /// A cohort code answering another question set.
    OtherQuestions,
    /// A pulse code made for another team pulse.
    AnotherPulse,
    /// A pulse code answering other statements.
    OtherStatements,
    /// A chosen file that holds no code to gather, as the page said it.
    File(String),
}

impl Rejection {
    /// The reason, as a clause ("this code was made for another cohort").
    pub fn describe(&self, words: &Messages) -> String {
        match self {
            Rejection::Unreadable(e) => e.describe(words),
            Rejection::OtherKind {
                is: Some(is),
                wanted,
            } => words.gather_other_kind(&is.in_words(words), &wanted.in_words(words)),
            Rejection::OtherKind { is: None, wanted } => {
                words.gather_another_kind(&wanted.in_words(words))
            }
            Rejection::AnotherCohort => words.gather_another_cohort().to_string(),
            Rejection::OtherQuestions => words.gather_other_questions().to_string(),
            Rejection::AnotherPulse => words.gather_another_pulse().to_string(),
            Rejection::OtherStatements => words.gather_other_statements().to_string(),
            Rejection::File(reason) => reason.clone(),
        }
    }
}

/// Where a gathered piece came from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Source {
    /// A line of pasted text (counted from 1).
    Line(usize),
    /// A chosen or dropped file, by its name.
    File(String),
}

impl Source {
    /// "line 3", "“codes.json”".
    pub fn describe(&self, words: &Messages) -> String {
        match self {
            Source::Line(n) => words.gather_line(n),
            Source::File(name) => words.gather_file(name),
        }
    }
}

/// One gathered piece and its outcome.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Gathered {
    /// Where it came from: a line or a file.
    pub source: Source,
    /// What happened.
    pub outcome: Outcome,
}

/// The counts of a gathering, for a one-line summary.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Tally {
    /// New participants.
    pub added: usize,
    /// Participants whose answers were replaced.
    pub updated: usize,
    /// Codes already gathered.
    pub duplicates: usize,
    /// Codes not used.
    pub rejected: usize,
}

/// Counts the outcomes.
pub fn tally(results: &[Gathered]) -> Tally {
    let mut t = Tally::default();
    for r in results {
        match r.outcome {
            Outcome::Added => t.added += 1,
            Outcome::Updated => t.updated += 1,
            Outcome::Duplicate => t.duplicates += 1,
            Outcome::Rejected(_) => t.rejected += 1,
        }
    }
    t
}

/// Why a pasted or scanned code was not used, given its decoder's error:
/// a code of another kind is named ("this is a leader's invitation to their
/// manager, not a participant's cohort code"); `wanted` says what was wanted.
pub fn rejected(text: &str, error: ShareError, wanted: Kind) -> Outcome {
    Outcome::Rejected(rejection(text, error, wanted))
}

/// The reason of [`rejected`], for pages that report it on their own.
pub fn rejection(text: &str, error: ShareError, wanted: Kind) -> Rejection {
    match error {
        ShareError::WrongKind => Rejection::OtherKind {
            is: kind_of(code_in(text)),
            wanted,
        },
        other => Rejection::Unreadable(other),
    }
}

/// Adds `incoming` to `list` unless an entry with the same token is there:
/// an equal one changes nothing, a different one is replaced (the person
/// shared again). The one rule for participants and team members alike.
pub fn upsert<T: PartialEq>(
    list: &mut Vec<T>,
    incoming: T,
    same_person: impl Fn(&T, &T) -> bool,
) -> Outcome {
    match list.iter_mut().find(|here| same_person(here, &incoming)) {
        Some(here) if *here == incoming => Outcome::Duplicate,
        Some(here) => {
            *here = incoming;
            Outcome::Updated
        }
        None => {
            list.push(incoming);
            Outcome::Added
        }
    }
}

/// Adds the entries of `other` that `list` lacks (by `same_person`);
/// returns how many. Nothing is removed or replaced.
pub fn add_missing<T: Clone>(
    list: &mut Vec<T>,
    other: &[T],
    same_person: impl Fn(&T, &T) -> bool,
) -> usize {
    let before = list.len();
    for incoming in other {
        if !list.iter().any(|here| same_person(here, incoming)) {
            list.push(incoming.clone());
        }
    }
    list.len() - before
}

/// A record that gathers anonymous codes (a cohort, a team pulse): how a
/// code is added, how a code names its record, and how two copies of one
/// link complete each other (a backup's merge uses it). Pages and the gathering panel work with any kind through this.
pub trait Gathers: Sized {
    /// The kind of code gathered here (a participant's cohort code, a team
    /// member's pulse code).
    const CODE: Kind;
    /// Whether `other` is the same link (same nonce and question set), so
    /// its codes belong here.
    fn same_link(&self, other: &Self) -> bool;
    /// Adds the codes of `other` this one lacks (by token); returns how
    /// many. Nothing is removed or replaced.
    fn complete(&mut self, other: &Self) -> usize;
    /// Adds one code (or a link ending with one), with its outcome.
    fn add_code(&mut self, text: &str) -> Outcome;
    /// The id of the record a code (or a link ending with one) is for.
    fn record_of_code(text: &str) -> Result<String, ShareError>;
    /// After a gathering (of one code or many): what the record shows
    /// catches up by its own rule (a cohort's dashboard grows by at least 3).
    fn settle(&mut self) {}

    /// Adds every non-blank line of pasted text, one code or link per line,
    /// each with its own outcome.
    fn add_lines(&mut self, text: &str) -> Vec<Gathered> {
        let out = text
            .lines()
            .enumerate()
            .filter(|(_, line)| !line.trim().is_empty())
            .map(|(i, line)| Gathered {
                source: Source::Line(i + 1),
                outcome: self.add_code(line),
            })
            .collect();
        self.settle();
        out
    }
}
