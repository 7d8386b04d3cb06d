//! A trainer's cohorts in browser storage, beside the assessments and with
//! the same rules: every call returns a `Result`, records this version
//! cannot read are reported and never overwritten.

use super::{store, write, write_new, StorageError};
use crate::domain::cohort::stored::{self, cohort_id_from_key};
use crate::domain::cohort::Cohort;
use crate::domain::stored::RecordProblem;

fn problem(p: RecordProblem) -> StorageError {
    match p {
        RecordProblem::NewerSchema(v) => StorageError::Newer(v),
        RecordProblem::Unreadable(reason) => StorageError::Unreadable(reason),
    }
}

/// The cohorts in this browser, newest first, and the keys of cohort
/// records that could not be read (with why).
pub type Listing = (Vec<Cohort>, Vec<(String, StorageError)>);

/// Every cohort in this browser (see [`Listing`]).
pub fn list() -> Result<Listing, StorageError> {
    let store = store();
    let mut cohorts = Vec::new();
    let mut problems = Vec::new();
    for key in store.keys()? {
        if cohort_id_from_key(&key).is_none() {
            continue;
        }
        let raw = store.get(&key)?.unwrap_or_default();
        match stored::decode(&key, &raw) {
            Ok(c) => cohorts.push(c),
            Err(p) => problems.push((key, problem(p))),
        }
    }
    cohorts.sort_by(|a, b| {
        b.created_at
            .cmp(&a.created_at)
            .then_with(|| a.id.cmp(&b.id))
    });
    problems.sort_by(|a, b| a.0.cmp(&b.0));
    Ok((cohorts, problems))
}

/// Loads one cohort.
pub fn load(id: &str) -> Result<Cohort, StorageError> {
    let key = stored::cohort_key(id);
    let raw = store().get(&key)?.ok_or(StorageError::NotFound)?;
    stored::decode(&key, &raw).map_err(problem)
}

/// Saves a new cohort; never replaces a record (readable or not) under its id.
pub fn create(cohort: &Cohort) -> Result<(), StorageError> {
    write_new(&stored::cohort_key(&cohort.id), &stored::encode(cohort))
}

/// Applies `edit` to the freshest stored copy and saves it, so codes
/// gathered meanwhile in another tab are kept; nothing is written if the
/// stored copy cannot be read, or is gone (erased or deleted elsewhere).
pub fn update<T>(
    id: &str,
    edit: impl FnOnce(&mut Cohort) -> T,
) -> Result<(Cohort, T), StorageError> {
    let mut cohort = match load(id) {
        Err(StorageError::NotFound) => return Err(StorageError::Gone),
        other => other?,
    };
    let out = edit(&mut cohort);
    write(&stored::cohort_key(&cohort.id), &stored::encode(&cohort))?;
    Ok((cohort, out))
}

/// Deletes a cohort and the codes gathered in it.
pub fn delete(id: &str) -> Result<(), StorageError> {
    store().remove(&stored::cohort_key(id))
}
