//! What this browser holds under a record's id, as merges (a backup's, a
//! restore link's, gathered codes) need to know it: an unreadable record is
//! never replaced.

/// What this browser holds under an id, as far as a merge needs to know.
#[derive(Clone, Debug, PartialEq)]
pub enum Held<T> {
    /// Nothing: the record can be added.
    Nothing,
    /// A record this version reads.
    Readable(T),
    /// A record this version cannot read: it is never replaced by an import.
    Unreadable,
}
