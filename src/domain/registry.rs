//! The question sets a page knows, of one kind (the 180's instruments, the
//! team pulse's statement sets): the built-in one and every trainer's set
//! that passed its checker (from a file, storage, a backup or a link). The
//! only way in is through the checker, so the rest of the app reads only
//! validated sets. Known sets live as long as the page (they are small and
//! few), so the app hands out `&'static` references as for the built-in one.

use crate::domain::instrument::InstrumentRef;
use crate::domain::instrument_check::Problem;
use std::sync::{Mutex, MutexGuard, PoisonError};

/// A kind of question set the registry keeps.
pub trait QuestionSet: PartialEq + Send + Sync + Sized + 'static {
    /// What a person calls one ("question set", "team pulse set").
    const WHAT: &'static str;
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
}

/// Why a set could not be learned.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LearnError {
    /// The file (of the kind named) has problems; each says which field
    /// and what is wrong.
    Invalid(&'static str, Vec<Problem>),
    /// Another set with the same id and version, but different wording, is
    /// already known: one of them would be misread.
    Conflict(InstrumentRef),
    /// The id of the built-in set (given), which is never replaced.
    BuiltinId(String),
}

impl std::fmt::Display for LearnError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            LearnError::Invalid(what, problems) => {
                let list: Vec<String> = problems.iter().map(ToString::to_string).collect();
                write!(f, "The {what} has problems: {}", list.join("; "))
            }
            LearnError::Conflict(r) => write!(
                f,
                "A different set with the same id and version (“{}”, version {}) is already in this browser. \
                 Give the changed set a new version number.",
                r.id, r.version
            ),
            LearnError::BuiltinId(id) => write!(
                f,
                "“{id}” is the id of a built-in set, which cannot be replaced; give yours its own id."
            ),
        }
    }
}

/// A panic elsewhere while the list was held cannot leave it half-written
/// (every change is one push or one retain), so a poisoned lock is taken over.
fn lock<T: QuestionSet>() -> MutexGuard<'static, Vec<&'static T>> {
    T::learned().lock().unwrap_or_else(PoisonError::into_inner)
}

/// Checks a file and, if it is valid, makes the set known. Learning the
/// same set again returns the one already known.
pub fn learn<T: QuestionSet>(text: &str) -> Result<&'static T, LearnError> {
    let set = T::parse(text).map_err(|problems| LearnError::Invalid(T::WHAT, problems))?;
    let builtin = T::builtin();
    if set.reference().id == builtin.reference().id {
        return if set == *builtin {
            Ok(builtin)
        } else {
            Err(LearnError::BuiltinId(builtin.reference().id))
        };
    }
    let mut known = lock::<T>();
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
    let leaked: &'static T = Box::leak(Box::new(set));
    known.push(leaked);
    Ok(leaked)
}

/// The set a stored record refers to, if known.
pub fn find<T: QuestionSet>(reference: &InstrumentRef) -> Option<&'static T> {
    all::<T>().into_iter().find(|k| k.reference() == *reference)
}

/// The set a share code's fingerprint names, if known.
pub fn find_by_fingerprint<T: QuestionSet>(fingerprint: u32) -> Option<&'static T> {
    all::<T>()
        .into_iter()
        .find(|k| k.fingerprint() == fingerprint)
}

/// Forgets a trainer's set (the built-in one is always known). The caller
/// checks that nothing stored still uses it.
pub fn forget<T: QuestionSet>(reference: &InstrumentRef) {
    lock::<T>().retain(|k| k.reference() != *reference);
}

/// Every known set: the built-in one first, then the others in the order
/// they were learned.
pub fn all<T: QuestionSet>() -> Vec<&'static T> {
    let mut out = vec![T::builtin()];
    out.extend(lock::<T>().iter().copied());
    out
}
