//! A trainer's question set that came inside a code (an invitation, a
//! cohort or team pulse link). Reading a code never runs the checker: a set
//! this browser does not know yet comes back from the reading as a
//! [`CarriedSet`], so the pages a link opens do not download the checker
//! (with its JSON tree and deflate) for the common case, a link that uses
//! the built-in questions. [`CarriedSet::learn`] checks and learns it; the
//! code then reads. The outcome is remembered: reading the code again finds
//! the set (even when a known copy was written differently), or says why it
//! was refused, rather than asking to check it again.

use crate::domain::sets::instrument::{Instrument, InstrumentRef};
use crate::domain::sets::pulse_set::PulseSet;
use crate::domain::sets::registry::{LearnError, QuestionSet, SetKind};
use std::sync::{Mutex, MutexGuard, PoisonError};

/// A set that travelled in a code and is not known here yet.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CarriedSet {
    /// Which kind of set the code says it is.
    pub kind: SetKind,
    /// Its JSON, exactly as it travelled.
    pub text: String,
    /// The fingerprint the code names: the set must have it.
    pub fingerprint: u32,
}

/// Why a carried set was not learned.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Refusal {
    /// Another set with its id and version, but other wording, is known.
    Conflict(InstrumentRef),
    /// Not a valid set, not the set the code names, or the built-in one.
    Invalid,
}

/// Sets checked so far, with the outcome (a panic while it was held cannot
/// leave it half-written: every change is one push).
static CHECKED: Mutex<Vec<(CarriedSet, Result<(), Refusal>)>> = Mutex::new(Vec::new());

fn checked() -> MutexGuard<'static, Vec<(CarriedSet, Result<(), Refusal>)>> {
    CHECKED.lock().unwrap_or_else(PoisonError::into_inner)
}

impl CarriedSet {
    /// What checking it gave, if it was checked (a conflict that ended,
    /// the other set being forgotten, counts as not checked). `T` is its
    /// kind, so reading a 180 code never touches the pulse sets.
    pub fn outcome<T: QuestionSet>(&self) -> Option<Result<(), Refusal>> {
        let outcome = checked()
            .iter()
            .rev()
            .find(|(carried, _)| carried == self)
            .map(|(_, outcome)| outcome.clone())?;
        match &outcome {
            Err(Refusal::Conflict(reference)) => T::find(reference).is_some().then_some(outcome),
            _ => Some(outcome),
        }
    }

    /// Checks it (this runs the checker) and learns it; the outcome is
    /// remembered.
    pub fn learn(&self) -> Result<(), Refusal> {
        let learned = match self.kind {
            SetKind::Questions => self.learn_as::<Instrument>(),
            SetKind::TeamPulse => self.learn_as::<PulseSet>(),
        };
        checked().push((self.clone(), learned.clone()));
        learned
    }

    fn learn_as<T: QuestionSet>(&self) -> Result<(), Refusal> {
        match T::learn(&self.text) {
            Ok(set)
                if set.fingerprint() == self.fingerprint && !std::ptr::eq(set, T::builtin()) =>
            {
                Ok(())
            }
            Err(LearnError::Conflict(reference)) => Err(Refusal::Conflict(reference)),
            Ok(_) | Err(_) => Err(Refusal::Invalid),
        }
    }
}
