//! What gathering codes (a trainer's cohort codes, a leader's team pulse
//! codes) reports: one outcome per code, so one bad code never stops the
//! rest, and the counts for a one-line summary; and how a backup's records
//! of that kind merge into this browser's.

use crate::domain::formats::share::envelope::{code_in, kind_of};
use crate::domain::formats::share::ShareError;
use crate::domain::records::cohort::Cohort;
use crate::domain::records::held::Held;
use crate::domain::records::pulse::Pulse;

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
    Rejected(String),
}

/// One gathered piece and its outcome.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Gathered {
    /// Where it came from, e.g. "line 3" or a file name.
    pub source: String,
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
/// manager, not a participant's cohort code"); `expected` says what was wanted.
pub fn rejected(text: &str, error: ShareError, expected: &str) -> Outcome {
    Outcome::Rejected(match error {
        ShareError::WrongKind => match kind_of(code_in(text)) {
            Some(kind) => format!("this is {}, not {expected}", kind.in_words()),
            None => format!("this is another kind of Align 180 code, not {expected}"),
        },
        other => other.to_string(),
    })
}

/// Adds every non-blank line of pasted text to `target`, one code or link
/// per line, each with its own outcome.
pub fn add_lines<T>(
    target: &mut T,
    text: &str,
    add_code: impl Fn(&mut T, &str) -> Outcome,
) -> Vec<Gathered> {
    text.lines()
        .enumerate()
        .filter(|(_, line)| !line.trim().is_empty())
        .map(|(i, line)| Gathered {
            source: format!("line {}", i + 1),
            outcome: add_code(target, line),
        })
        .collect()
}

/// A record that gathers anonymous codes (a cohort, a team pulse), as a
/// backup merge sees it.
pub trait Gathers {
    /// Its id.
    fn record_id(&self) -> &str;
    /// Whether `other` is the same link (same nonce and question set), so
    /// its codes belong here.
    fn same_link(&self, other: &Self) -> bool;
    /// Adds the codes of `other` this one lacks (by token); returns how
    /// many. Nothing is removed or replaced.
    fn complete(&mut self, other: &Self) -> usize;
}

/// What importing a backup's records of one kind would do.
#[derive(Clone, Debug, PartialEq)]
pub struct Merge<T> {
    /// New here: to be saved.
    pub added: Vec<T>,
    /// Here already: the codes this browser lacks, to be added to it.
    pub completed: Vec<T>,
    /// Here as a record this version cannot read: left untouched.
    pub unreadable_here: Vec<String>,
    /// Here with the same id but another link or question set: left alone.
    pub different: Vec<String>,
}

impl<T> Default for Merge<T> {
    fn default() -> Self {
        Merge {
            added: Vec::new(),
            completed: Vec::new(),
            unreadable_here: Vec::new(),
            different: Vec::new(),
        }
    }
}

/// Plans a merge: new records are added; a record already here (the same
/// link) gains the codes it lacks, none removed or replaced; a record this
/// version cannot read is never replaced.
pub fn merge_gathered<T: Gathers>(held: impl Fn(&str) -> Held<T>, incoming: Vec<T>) -> Merge<T> {
    let mut plan: Merge<T> = Merge::default();
    for record in incoming {
        let earlier = plan
            .added
            .iter_mut()
            .chain(plan.completed.iter_mut())
            .find(|c| c.record_id() == record.record_id());
        if let Some(earlier) = earlier {
            if earlier.same_link(&record) {
                earlier.complete(&record);
            }
            continue;
        }
        match held(record.record_id()) {
            Held::Nothing => plan.added.push(record),
            Held::Unreadable => plan.unreadable_here.push(record.record_id().to_string()),
            Held::Readable(mut here) => {
                if !here.same_link(&record) {
                    plan.different.push(record.record_id().to_string());
                } else if here.complete(&record) > 0 {
                    plan.completed.push(here);
                }
            }
        }
    }
    plan
}

/// What importing a backup's cohorts into this browser would do.
pub type CohortMerge = Merge<Cohort>;

/// Plans a cohort merge (see [`merge_gathered`]).
pub fn merge_cohorts(held: impl Fn(&str) -> Held<Cohort>, incoming: Vec<Cohort>) -> CohortMerge {
    merge_gathered(held, incoming)
}

impl Gathers for Cohort {
    fn record_id(&self) -> &str {
        &self.id
    }
    fn same_link(&self, other: &Self) -> bool {
        self.nonce == other.nonce && self.instrument == other.instrument
    }
    fn complete(&mut self, other: &Self) -> usize {
        let before = self.participants.len();
        for p in &other.participants {
            if !self.participants.iter().any(|q| q.token == p.token) {
                self.participants.push(p.clone());
            }
        }
        self.participants.len() - before
    }
}

impl Gathers for Pulse {
    fn record_id(&self) -> &str {
        &self.id
    }
    fn same_link(&self, other: &Self) -> bool {
        self.nonce == other.nonce && self.set == other.set
    }
    fn complete(&mut self, other: &Self) -> usize {
        let before = self.members.len();
        for m in &other.members {
            if !self.members.iter().any(|n| n.token == m.token) {
                self.members.push(m.clone());
            }
        }
        self.members.len() - before
    }
}
