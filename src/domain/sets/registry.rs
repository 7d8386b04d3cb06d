//! The question sets a page knows, of each kind (the 180's instruments, the
//! team pulse's statement sets): the built-in one and every trainer's set
//! that passed its checker (from a file, storage, a backup or a link). The
//! only way in is through the checker, so the rest of the app reads only
//! validated sets. Known sets live as long as the page (they are small and
//! few), so the app hands out `&'static` references as for the built-in one.
//!
//! This is the one way to find a set: `Instrument::find(&reference)` and
//! `PulseSet::find(&reference)` with [`QuestionSet`] in scope.
//!
//! ```
//! use align180::domain::sets::instrument::Instrument;
//! use align180::domain::sets::registry::QuestionSet;
//! let text = include_str!("../../../tests/fixtures/instruments/pulse-3-dimensions.json");
//! let pulse = Instrument::learn(text).expect("a valid instrument");
//! assert_eq!(Instrument::find(&pulse.reference()), Some(pulse));
//! assert_eq!(pulse.dimensions.len(), 3);
//! ```

use crate::domain::base::messages::Messages;
use crate::domain::sets::check::parse_instrument;
use crate::domain::sets::checker::Problem;
use crate::domain::sets::instrument::{Instrument, InstrumentRef};
use crate::domain::sets::pulse_check::parse_pulse_set;
use crate::domain::sets::pulse_set::PulseSet;
use std::sync::{Mutex, MutexGuard, PoisonError};

/// A kind of question set the registry keeps.
pub trait QuestionSet: PartialEq + Send + Sync + Sized + 'static {
    /// Which kind it is (what a person calls one).
    const KIND: SetKind;
    /// The built-in set, always known and never replaced.
    fn builtin() -> &'static Self;
    /// The sets of this kind learned so far.
    fn learned() -> &'static Mutex<Vec<&'static Self>>;
    /// Checks a file; every problem with its field.
    fn parse(text: &str) -> Result<Self, Vec<Problem>>;
    /// Its id and version.
    fn reference(&self) -> InstrumentRef;
    /// Its 32-bit fingerprint (names it in share codes).
    fn fingerprint(&self) -> u32;

    /// Checks a file and, if it is valid, makes the set known. Learning the
    /// same set again returns the one already known.
    fn learn(text: &str) -> Result<&'static Self, LearnError> {
        let set =
            Self::parse(text).map_err(|problems| LearnError::Invalid(Self::KIND, problems))?;
        let builtin = Self::builtin();
        if set.reference().id == builtin.reference().id {
            return if set == *builtin {
                Ok(builtin)
            } else {
                Err(LearnError::BuiltinId(builtin.reference().id))
            };
        }
        let mut known = lock::<Self>();
        let fingerprint = set.fingerprint();
        if let Some(existing) = known
            .iter()
            .find(|k| k.reference() == set.reference() || k.fingerprint() == fingerprint)
        {
            return if **existing == set {
                Ok(existing)
            } else {
                Err(LearnError::Conflict(set.reference()))
            };
        }
        let leaked: &'static Self = Box::leak(Box::new(set));
        known.push(leaked);
        Ok(leaked)
    }

    /// The set a stored record refers to, if known.
    fn find(reference: &InstrumentRef) -> Option<&'static Self> {
        Self::all()
            .into_iter()
            .find(|k| k.reference() == *reference)
    }

    /// The set a share code's fingerprint names, if known.
    fn find_by_fingerprint(fingerprint: u32) -> Option<&'static Self> {
        Self::all()
            .into_iter()
            .find(|k| k.fingerprint() == fingerprint)
    }

    /// Forgets a trainer's set (the built-in one is always known). The
    /// caller checks that nothing stored still uses it.
    fn forget(reference: &InstrumentRef) {
        lock::<Self>().retain(|k| k.reference() != *reference);
    }

    /// Every known set: the built-in one first, then the others in the
    /// order they were learned.
    fn all() -> Vec<&'static Self> {
        let mut out = vec![Self::builtin()];
        out.extend(lock::<Self>().iter().copied());
        out
    }
}

/// The kinds of question set, as a person calls them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SetKind {
    /// The 180's questions: a "question set".
    Questions,
    /// A team pulse's statements: a "team pulse set".
    TeamPulse,
}

/// Why a set could not be learned.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LearnError {
    /// The file (of the kind named) has problems; each says which field
    /// and what is wrong.
    Invalid(SetKind, Vec<Problem>),
    /// Another set with the same id and version, but different wording, is
    /// already known: one of them would be misread.
    Conflict(InstrumentRef),
    /// The id of the built-in set (given), which is never replaced.
    BuiltinId(String),
}

impl LearnError {
    /// What the person reads.
    pub fn describe(&self, words: &Messages) -> String {
        match self {
            LearnError::Invalid(kind, problems) => {
                let list = problems
                    .iter()
                    .map(|p| p.describe(words))
                    .reduce(|list, item| words.semicolon_list(&list, &item))
                    .unwrap_or_default();
                match kind {
                    SetKind::Questions => words.sets_question_set_problems(&list),
                    SetKind::TeamPulse => words.sets_pulse_set_problems(&list),
                }
            }
            LearnError::Conflict(r) => words.sets_conflict(&r.id, &r.version),
            LearnError::BuiltinId(id) => words.sets_builtin_id(id),
        }
    }
}

/// A panic elsewhere while the list was held cannot leave it half-written
/// (every change is one push or one retain), so a poisoned lock is taken over.
fn lock<T: QuestionSet>() -> MutexGuard<'static, Vec<&'static T>> {
    T::learned().lock().unwrap_or_else(PoisonError::into_inner)
}

static INSTRUMENTS: Mutex<Vec<&'static Instrument>> = Mutex::new(Vec::new());

impl QuestionSet for Instrument {
    const KIND: SetKind = SetKind::Questions;
    fn builtin() -> &'static Self {
        Instrument::sparc_180()
    }
    fn learned() -> &'static Mutex<Vec<&'static Self>> {
        &INSTRUMENTS
    }
    fn parse(text: &str) -> Result<Self, Vec<Problem>> {
        parse_instrument(text)
    }
    fn reference(&self) -> InstrumentRef {
        Instrument::reference(self)
    }
    fn fingerprint(&self) -> u32 {
        Instrument::fingerprint(self)
    }
}

static PULSE_SETS: Mutex<Vec<&'static PulseSet>> = Mutex::new(Vec::new());

impl QuestionSet for PulseSet {
    const KIND: SetKind = SetKind::TeamPulse;
    fn builtin() -> &'static Self {
        PulseSet::sparc_team_pulse()
    }
    fn learned() -> &'static Mutex<Vec<&'static Self>> {
        &PULSE_SETS
    }
    fn parse(text: &str) -> Result<Self, Vec<Problem>> {
        parse_pulse_set(text)
    }
    fn reference(&self) -> InstrumentRef {
        PulseSet::reference(self)
    }
    fn fingerprint(&self) -> u32 {
        PulseSet::fingerprint(self)
    }
}
