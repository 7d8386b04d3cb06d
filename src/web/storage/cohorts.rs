//! A trainer's cohorts in browser storage, kept like every record
//! ([`super::records`]).

use super::records::{self, Record};
use super::StorageError;
use crate::domain::formats::cohort_stored as stored;
use crate::domain::formats::stored::RecordProblem;
use crate::domain::records::cohort::Cohort;

impl Record for Cohort {
    fn key(id: &str) -> String {
        stored::cohort_key(id)
    }
    fn id_from_key(key: &str) -> Option<&str> {
        stored::cohort_id_from_key(key)
    }
    fn decode(key: &str, raw: &str) -> Result<Self, RecordProblem> {
        stored::decode(key, raw)
    }
    fn encode(&self) -> String {
        stored::encode(self)
    }
    fn id(&self) -> &str {
        &self.id
    }
    fn created_at(&self) -> u64 {
        self.created_at
    }
}

/// The cohorts in this browser, newest first, and the keys of cohort
/// records that could not be read (with why).
pub type Listing = records::Listing<Cohort>;

/// Every cohort in this browser (see [`Listing`]).
pub fn list() -> Result<Listing, StorageError> {
    records::list()
}

/// Loads one cohort.
pub fn load(id: &str) -> Result<Cohort, StorageError> {
    records::load(id)
}

/// Saves a new cohort; never replaces a record (readable or not) under its id.
pub fn create(cohort: &Cohort) -> Result<(), StorageError> {
    records::create(cohort)
}

/// Applies `edit` to the freshest stored copy and saves it (see [`records::update`]).
pub fn update<T>(
    id: &str,
    edit: impl FnOnce(&mut Cohort) -> T,
) -> Result<(Cohort, T), StorageError> {
    records::update(id, edit)
}

/// Deletes a cohort and the codes gathered in it.
pub fn delete(id: &str) -> Result<(), StorageError> {
    records::delete::<Cohort>(id)
}
