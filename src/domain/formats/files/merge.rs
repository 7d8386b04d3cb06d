//! Planning how a backup's assessments join this browser's: never a
//! duplicate, never over what is here.

use crate::domain::records::assessment::Assessment;
use crate::domain::records::held::Held;

/// What merging imported assessments into this browser would do.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Merge {
    /// New here: to be saved.
    pub added: Vec<Assessment>,
    /// Already here, identical: nothing to do.
    pub identical: usize,
    /// Already here with different answers: left as they are here.
    pub kept: Vec<String>,
    /// Here as a record this version cannot read: left untouched.
    pub unreadable_here: Vec<String>,
    /// In the file twice with different content: only the first was used.
    pub conflicting: Vec<String>,
}

/// Plans a merge without duplicates: new ids are added, identical ones
/// skipped, and differing ones never overwrite what this browser holds,
/// readable or not. A file holding two different records under one id is
/// reported, and only its first is considered.
pub fn merge(held: impl Fn(&str) -> Held<Assessment>, incoming: Vec<Assessment>) -> Merge {
    let mut plan = Merge::default();
    let mut seen: Vec<Assessment> = Vec::new();
    for a in incoming {
        if let Some(earlier) = seen.iter().find(|e| e.id == a.id) {
            if *earlier == a {
                plan.identical += 1;
            } else {
                plan.conflicting.push(a.id);
            }
            continue;
        }
        seen.push(a.clone());
        match held(&a.id) {
            Held::Nothing => plan.added.push(a),
            Held::Readable(here) if here == a => plan.identical += 1,
            Held::Readable(_) => plan.kept.push(a.id),
            Held::Unreadable => plan.unreadable_here.push(a.id),
        }
    }
    plan
}
