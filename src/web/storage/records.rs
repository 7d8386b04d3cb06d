//! The one way to keep records beside the assessments (a trainer's cohorts,
//! a leader's team pulses): one key per record, every call a `Result`, and
//! records this version cannot read reported and never overwritten.

use super::{store, write, write_new, StorageError};
use crate::domain::formats::stored::RecordProblem;

/// A kind of record kept under its own key prefix.
pub trait Record: Sized {
    /// The storage key of the record with this id.
    fn key(id: &str) -> String;
    /// The record id a key names, if it is a key of this kind.
    fn id_from_key(key: &str) -> Option<&str>;
    /// Reads stored text; never panics.
    fn decode(key: &str, raw: &str) -> Result<Self, RecordProblem>;
    /// The stored text.
    fn encode(&self) -> String;
    /// Its id.
    fn id(&self) -> &str;
    /// When it was created (ms), for listing newest first.
    fn created_at(&self) -> u64;
}

fn problem(p: RecordProblem) -> StorageError {
    match p {
        RecordProblem::NewerSchema(v) => StorageError::Newer(v),
        RecordProblem::Unreadable(reason) => StorageError::Unreadable(reason),
    }
}

/// The records of one kind in this browser, newest first, and the keys of
/// records that could not be read (with why).
pub type Listing<T> = (Vec<T>, Vec<(String, StorageError)>);

/// Every record of kind `T` in this browser (see [`Listing`]).
pub fn list<T: Record>() -> Result<Listing<T>, StorageError> {
    let store = store();
    let mut records = Vec::new();
    let mut problems = Vec::new();
    for key in store.keys()? {
        if T::id_from_key(&key).is_none() {
            continue;
        }
        let raw = store.get(&key)?.unwrap_or_default();
        match T::decode(&key, &raw) {
            Ok(r) => records.push(r),
            Err(p) => problems.push((key, problem(p))),
        }
    }
    records.sort_by(|a: &T, b: &T| {
        b.created_at()
            .cmp(&a.created_at())
            .then_with(|| a.id().cmp(b.id()))
    });
    problems.sort_by(|a, b| a.0.cmp(&b.0));
    Ok((records, problems))
}

/// Loads one record.
pub fn load<T: Record>(id: &str) -> Result<T, StorageError> {
    let key = T::key(id);
    let raw = store().get(&key)?.ok_or(StorageError::NotFound)?;
    T::decode(&key, &raw).map_err(problem)
}

/// Saves a new record; never replaces one (readable or not) under its id.
pub fn create<T: Record>(record: &T) -> Result<(), StorageError> {
    write_new(&T::key(record.id()), &record.encode())
}

/// Applies `edit` to the freshest stored copy and saves it, so codes
/// gathered meanwhile in another tab are kept; nothing is written if the
/// stored copy cannot be read, or is gone (erased or deleted elsewhere).
pub fn update<T: Record, R>(
    id: &str,
    edit: impl FnOnce(&mut T) -> R,
) -> Result<(T, R), StorageError> {
    let mut record: T = match load(id) {
        Err(StorageError::NotFound) => return Err(StorageError::Gone),
        other => other?,
    };
    let out = edit(&mut record);
    write(&T::key(record.id()), &record.encode())?;
    Ok((record, out))
}

/// Deletes a record.
pub fn delete<T: Record>(id: &str) -> Result<(), StorageError> {
    store().remove(&T::key(id))
}
