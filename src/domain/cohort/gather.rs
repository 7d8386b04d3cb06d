//! Gathering codes into a cohort: from pasted text (one code or link per
//! line), from links opened one by one, or from files. Every piece gets its
//! own outcome, so one bad code never stops the rest.

use super::{Cohort, Participant};
use crate::domain::share::cohort::CohortCode;
use crate::domain::share::envelope::{code_in, kind_of};
use crate::domain::share::ShareError;

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

/// Checks that a decoded code belongs to this cohort.
fn belongs(cohort: &Cohort, code: &CohortCode) -> Result<(), String> {
    if code.cohort_id != cohort.id || code.cohort_nonce != cohort.nonce {
        return Err("this code was made for another cohort".into());
    }
    if code.instrument.reference() != cohort.instrument {
        return Err("this code answers different questions from this cohort's".into());
    }
    Ok(())
}

/// Adds one code (or a link ending with one) to the cohort.
pub fn add_code(cohort: &mut Cohort, text: &str) -> Outcome {
    let code = match CohortCode::decode(code_in(text)) {
        Ok(code) => code,
        Err(ShareError::WrongKind) => {
            return Outcome::Rejected(match kind_of(code_in(text)) {
                Some(kind) => format!(
                    "this is {}, not a participant's cohort code",
                    kind.in_words()
                ),
                None => {
                    "this is another kind of Align 180 code, not a participant's cohort code".into()
                }
            })
        }
        Err(e) => return Outcome::Rejected(e.to_string()),
    };
    if let Err(reason) = belongs(cohort, &code) {
        return Outcome::Rejected(reason);
    }
    let participant = Participant {
        token: code.participant,
        leader: code.leader,
        manager: code.manager,
    };
    match cohort
        .participants
        .iter_mut()
        .find(|p| p.token == participant.token)
    {
        Some(existing) if *existing == participant => Outcome::Duplicate,
        Some(existing) => {
            *existing = participant;
            Outcome::Updated
        }
        None => {
            cohort.participants.push(participant);
            Outcome::Added
        }
    }
}

/// Adds every non-blank line of pasted text, one code or link per line.
pub fn add_lines(cohort: &mut Cohort, text: &str) -> Vec<Gathered> {
    text.lines()
        .enumerate()
        .filter(|(_, line)| !line.trim().is_empty())
        .map(|(i, line)| Gathered {
            source: format!("line {}", i + 1),
            outcome: add_code(cohort, line),
        })
        .collect()
}
