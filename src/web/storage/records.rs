//! The one record store: assessments, a trainer's cohorts and a leader's
//! team pulses are listed, loaded, created, updated and deleted the same
//! way ([`StoredRecord`] says how each kind is keyed and read): one key per
//! record, every call a `Result`, and records this version cannot read
//! reported and never overwritten.

use super::{store, write, write_new, StorageError};
use crate::domain::formats::stored::StoredRecord;

/// The records of one kind in this browser, newest first, and the keys of
/// records that could not be read (with why).
pub type Listing<T> = (Vec<T>, Vec<(String, StorageError)>);

/// Every record of kind `T` in this browser (see [`Listing`]).
pub fn list<T: StoredRecord>() -> Result<Listing<T>, StorageError> {
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
            Err(p) => problems.push((key, StorageError::from(p))),
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

/// Every readable record of kind `T`, newest first (records that cannot be
/// read are left out here; [`list`] reports them).
pub fn readable<T: StoredRecord>() -> Vec<T> {
    list::<T>().map(|(records, _)| records).unwrap_or_default()
}

/// Loads one record.
pub fn load<T: StoredRecord>(id: &str) -> Result<T, StorageError> {
    let key = T::key_for(id);
    let raw = store().get(&key)?.ok_or(StorageError::NotFound)?;
    T::decode(&key, &raw).map_err(StorageError::from)
}

/// Saves a new record; never replaces one (readable or not) under its id.
pub fn create<T: StoredRecord>(record: &T) -> Result<(), StorageError> {
    write_new(&T::key_for(record.id()), &record.encode())
}

/// Applies `edit` to the freshest stored copy and saves it, so codes
/// gathered meanwhile in another tab are kept; nothing is written if the
/// stored copy cannot be read, or is gone (erased or deleted elsewhere).
pub fn update<T: StoredRecord, R>(
    id: &str,
    edit: impl FnOnce(&mut T) -> R,
) -> Result<(T, R), StorageError> {
    let mut record: T = match load(id) {
        Err(StorageError::NotFound) => return Err(StorageError::Gone),
        other => other?,
    };
    let out = edit(&mut record);
    write(&T::key_for(record.id()), &record.encode())?;
    Ok((record, out))
}

/// Deletes a record.
pub fn delete<T: StoredRecord>(id: &str) -> Result<(), StorageError> {
    store().remove(&T::key_for(id))
}
