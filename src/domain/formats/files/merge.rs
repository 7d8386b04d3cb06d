//! How a backup's (or a restore link's) records join this browser's, for
//! every kind alike: never a duplicate, never over what is here, a record
//! this version cannot read never replaced, and codes gathered on two
//! devices completed rather than chosen between.

use crate::domain::formats::gathering::Gathers;
use crate::domain::formats::stored::StoredRecord;
use crate::domain::records::assessment::Assessment;
use crate::domain::records::cohort::Cohort;
use crate::domain::records::collector::Collector;
use crate::domain::records::held::Held;
use crate::domain::records::pulse::Pulse;

/// What joining one copy of a record into another did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Joined {
    /// The same record: nothing to do.
    Same,
    /// The same record with something the other lacked (gathered codes),
    /// now added; nothing removed or replaced.
    Completed,
    /// Another record under the same id: left as it was.
    Different,
}

/// A kind of record a backup carries, as a merge sees it (its id is the
/// stored record's).
pub trait Joins: StoredRecord + Clone {
    /// Joins `incoming` into this copy (see [`Joined`]).
    fn join(&mut self, incoming: &Self) -> Joined;
}

impl Joins for Assessment {
    /// An assessment is never changed by an import: it is the same or not.
    fn join(&mut self, incoming: &Self) -> Joined {
        if self == incoming {
            Joined::Same
        } else {
            Joined::Different
        }
    }
}

impl Joins for Collector {
    /// A collector is the same or not: holding codes on two devices would
    /// release them twice, so one copy is never completed from another.
    fn join(&mut self, incoming: &Self) -> Joined {
        if self == incoming {
            Joined::Same
        } else {
            Joined::Different
        }
    }
}

/// A cohort or a pulse joins a copy of the same link by gaining the codes
/// it lacks.
fn join_gathered<T: Gathers>(here: &mut T, incoming: &T) -> Joined {
    if !here.same_link(incoming) {
        Joined::Different
    } else if here.complete(incoming) > 0 {
        Joined::Completed
    } else {
        Joined::Same
    }
}

impl Joins for Cohort {
    fn join(&mut self, incoming: &Self) -> Joined {
        join_gathered(self, incoming)
    }
}

impl Joins for Pulse {
    fn join(&mut self, incoming: &Self) -> Joined {
        join_gathered(self, incoming)
    }
}

/// What merging a file's records of one kind into this browser would do.
#[derive(Clone, Debug, PartialEq)]
pub struct Merge<T> {
    /// New here: to be saved.
    pub added: Vec<T>,
    /// Here already: completed with what this browser lacked, to be saved.
    pub completed: Vec<T>,
    /// Here already, the same (or the same record twice in the file).
    pub identical: usize,
    /// Here under the same id as another record: left as it is here.
    pub kept: Vec<String>,
    /// Here as a record this version cannot read: left untouched.
    pub unreadable_here: Vec<String>,
    /// In the file twice as two different records: only the first was used.
    pub conflicting: Vec<String>,
}

impl<T> Default for Merge<T> {
    fn default() -> Self {
        Merge {
            added: Vec::new(),
            completed: Vec::new(),
            identical: 0,
            kept: Vec::new(),
            unreadable_here: Vec::new(),
            conflicting: Vec::new(),
        }
    }
}

/// Plans a merge: new records are added, records here are completed or
/// kept as they are (see [`Joins`]), and a record this version cannot read
/// is never replaced. A file holding one id twice joins its copies: two
/// different records are reported, and only the first is considered.
pub fn merge<T: Joins>(held: impl Fn(&str) -> Held<T>, incoming: Vec<T>) -> Merge<T> {
    let mut plan: Merge<T> = Merge::default();
    let mut firsts: Vec<T> = Vec::new();
    for record in incoming {
        let id = record.id().to_string();
        if let Some(first) = firsts.iter_mut().find(|f| f.id() == id) {
            match first.join(&record) {
                Joined::Same => plan.identical += 1,
                Joined::Different => plan.conflicting.push(id),
                Joined::Completed => {
                    let joined = first.clone();
                    let pending = plan
                        .added
                        .iter_mut()
                        .chain(plan.completed.iter_mut())
                        .find(|r| r.id() == id);
                    match pending {
                        Some(pending) => {
                            pending.join(&joined);
                        }
                        None => {
                            if let Held::Readable(mut here) = held(&id) {
                                if here.join(&joined) == Joined::Completed {
                                    plan.completed.push(here);
                                }
                            }
                        }
                    }
                }
            }
            continue;
        }
        firsts.push(record.clone());
        match held(&id) {
            Held::Nothing => plan.added.push(record),
            Held::Unreadable => plan.unreadable_here.push(id),
            Held::Readable(mut here) => match here.join(&record) {
                Joined::Same => plan.identical += 1,
                Joined::Completed => plan.completed.push(here),
                Joined::Different => plan.kept.push(id),
            },
        }
    }
    plan
}
