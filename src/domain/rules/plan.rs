//! The action plan: commitments the leader and manager agree from the
//! report, with short dated check-ins, carried into the next cycle until
//! they are done.

use crate::domain::base::messages::Messages;
use crate::domain::base::text::{clean_label, clean_reflection};
use crate::domain::records::assessment::Assessment;
use crate::domain::records::commitment::{CheckIn, Commitment, CommitmentStatus};
use crate::domain::records::response::{Rater, Response};

/// Why a commitment or check-in was not accepted.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PlanError {
    /// The action is empty.
    MissingAction,
    /// A date is not `YYYY-MM-DD`.
    BadDate,
    /// A check-in note is empty.
    MissingNote,
    /// The next cycle needs a label that differs from this one.
    SameCycle,
}

impl PlanError {
    /// What to do about it, in `words`.
    pub fn describe(&self, words: &Messages) -> &'static str {
        match self {
            PlanError::MissingAction => words.plan_error_action(),
            PlanError::BadDate => words.plan_error_date(),
            PlanError::MissingNote => words.plan_error_note(),
            PlanError::SameCycle => words.plan_error_cycle(),
        }
    }
}

/// Whether `date` is a real calendar date written `YYYY-MM-DD`.
pub fn valid_date(date: &str) -> bool {
    let parts: Vec<&str> = date.split('-').collect();
    let [y, m, d] = parts.as_slice() else {
        return false;
    };
    if y.len() != 4 || m.len() != 2 || d.len() != 2 {
        return false;
    }
    let (Ok(y), Ok(m), Ok(d)) = (y.parse::<u32>(), m.parse::<u32>(), d.parse::<u32>()) else {
        return false;
    };
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1900..=2999).contains(&y) && (1..=days).contains(&d)
}

/// What a person typed for a commitment.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CommitmentDraft {
    /// The behaviour it works on, if any.
    pub item_id: Option<String>,
    /// The action.
    pub action: String,
    /// Who owns it.
    pub owner: Option<Rater>,
    /// Due date, `YYYY-MM-DD`, or empty.
    pub due: String,
    /// The status.
    pub status: Option<CommitmentStatus>,
}

impl CommitmentDraft {
    /// Checks the draft and turns it into a commitment with `id`.
    pub fn into_commitment(self, id: String) -> Result<Commitment, PlanError> {
        let action = clean_reflection(self.action.trim());
        if action.is_empty() {
            return Err(PlanError::MissingAction);
        }
        let due = Some(self.due.trim().to_string()).filter(|d| !d.is_empty());
        if due.as_deref().is_some_and(|d| !valid_date(d)) {
            return Err(PlanError::BadDate);
        }
        Ok(Commitment {
            id,
            item_id: self.item_id.filter(|i| !i.is_empty()),
            action,
            owner: self.owner.unwrap_or(Rater::Leader),
            due,
            status: self.status.unwrap_or(CommitmentStatus::Planned),
            check_ins: Vec::new(),
            carried_from: None,
        })
    }
}

/// Checks what was typed for a check-in before anything is written, and
/// gives the check-in to add.
pub fn validate_check_in(date: &str, note: &str) -> Result<CheckIn, PlanError> {
    if !valid_date(date.trim()) {
        return Err(PlanError::BadDate);
    }
    if note.trim().is_empty() {
        return Err(PlanError::MissingNote);
    }
    Ok(CheckIn {
        date: date.trim().to_string(),
        note: clean_reflection(note.trim()),
    })
}

impl Commitment {
    /// Adds a dated check-in.
    pub fn check_in(&mut self, date: &str, note: &str) -> Result<(), PlanError> {
        self.record(validate_check_in(date, note)?);
        Ok(())
    }

    /// Adds a checked check-in, in date order.
    pub fn record(&mut self, check_in: CheckIn) {
        self.check_ins.push(check_in);
        self.check_ins.sort_by(|a, b| a.date.cmp(&b.date));
    }
}

/// The next cycle for the same leader and manager: a new assessment linked
/// to `previous`, with its open commitments carried over for review.
pub fn next_cycle(
    previous: &Assessment,
    id: String,
    cycle: &str,
    now_ms: u64,
) -> Result<Assessment, PlanError> {
    let cycle = clean_label(cycle);
    if cycle.is_empty() || previous.cycle.as_deref() == Some(cycle.as_str()) {
        return Err(PlanError::SameCycle);
    }
    let carried = previous
        .commitments
        .iter()
        .filter(|c| c.status != CommitmentStatus::Done)
        .map(|c| Commitment {
            carried_from: Some(previous.id.clone()),
            ..c.clone()
        })
        .collect();
    Ok(Assessment {
        id,
        instrument: previous.instrument.clone(),
        leader: previous.leader.clone(),
        manager: previous.manager.clone(),
        cycle: Some(cycle),
        created_at: now_ms,
        leader_response: Response::default(),
        manager_response: None,
        remote: None,
        commitments: carried,
        previous_cycle: Some(previous.id.clone()),
        cohort: None,
    })
}
