//! What opening a whole-assessment code (a restore link, or the comparison
//! sent back) would do to what this browser holds: a backup's merge rules,
//! plus the manager's own copy taking the comparison its leader sent back.

use crate::domain::base::messages::Messages;
use crate::domain::formats::files::merge::merge;
use crate::domain::records::assessment::Assessment;
use crate::domain::records::assessment::Remote;
use crate::domain::records::held::Held;

/// What opening a whole-assessment code (a restore link, or a comparison
/// sent back) would do here. The rules are a backup's: never a second copy,
/// never over what is here; the one addition is the manager's own copy,
/// which takes the comparison its leader sent back.
#[derive(Clone, Debug, PartialEq)]
pub enum RestorePlan {
    /// Not here: Restore adds it.
    Add,
    /// Exactly this is already here: nothing to do.
    AlreadyHere,
    /// Here with other content: left as it is, nothing changed.
    KeptHere {
        /// How the copy here differs.
        difference: Difference,
    },
    /// Here as a record this version cannot read: left untouched.
    UnreadableHere,
    /// The manager's own copy: it takes the leader's side and the report.
    CompleteManagersCopy,
}

/// How the copy here differs from a restore link's.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Difference {
    /// The copy here has more answers or submissions.
    HereFurther,
    /// The link has more answers or submissions.
    LinkFurther,
    /// As far along, with other answers, plans or names.
    Different,
}

impl Difference {
    /// The difference in `words`.
    pub fn describe(self, words: &Messages) -> &'static str {
        match self {
            Difference::HereFurther => words.restore_plan_here_further(),
            Difference::LinkFurther => words.restore_plan_link_further(),
            Difference::Different => words.restore_plan_different(),
        }
    }
}

/// Decides what restoring `incoming` would do, given what this browser holds.
pub fn plan_restore(held: Held<Assessment>, incoming: &Assessment) -> RestorePlan {
    if let Held::Readable(here) = &held {
        if comparison_for_managers_copy(here, incoming) {
            return RestorePlan::CompleteManagersCopy;
        }
    }
    let here = match &held {
        Held::Readable(a) => Some(a.clone()),
        _ => None,
    };
    let plan = merge(move |_| held.clone(), vec![incoming.clone()]);
    if !plan.added.is_empty() {
        RestorePlan::Add
    } else if plan.identical > 0 {
        RestorePlan::AlreadyHere
    } else if !plan.unreadable_here.is_empty() {
        RestorePlan::UnreadableHere
    } else {
        RestorePlan::KeptHere {
            difference: here.map_or(Difference::Different, |h| difference(&h, incoming)),
        }
    }
}

/// Whether `incoming` is the comparison for the manager's copy `here`: the
/// same assessment, both sides submitted, and the manager's answers exactly
/// the ones this device sent (ratings, priorities, reflections).
fn comparison_for_managers_copy(here: &Assessment, incoming: &Assessment) -> bool {
    matches!(here.remote, Some(Remote::Answering { .. }))
        && here.id == incoming.id
        && here.instrument == incoming.instrument
        && incoming.both_submitted()
        && match (&here.manager_response, &incoming.manager_response) {
            // The answers sent; their times travel in whole minutes, and
            // the step last shown stays on this device.
            (Some(mine), Some(theirs)) => {
                mine.is_submitted()
                    && mine.ratings == theirs.ratings
                    && mine.priorities == theirs.priorities
                    && mine.reflections == theirs.reflections
            }
            _ => false,
        }
        // Something to take (the leader's side, or a plan sent again).
        && complete_managers_copy(here, incoming) != *here
}

/// The manager's copy completed with the comparison: the leader's side,
/// the plan and the labels from the leader; this device stays the
/// manager's (it never offers the leader's steps).
pub fn complete_managers_copy(here: &Assessment, incoming: &Assessment) -> Assessment {
    Assessment {
        leader: incoming.leader.clone(),
        manager: incoming.manager.clone().or_else(|| here.manager.clone()),
        cycle: incoming.cycle.clone(),
        leader_response: incoming.leader_response.clone(),
        commitments: incoming.commitments.clone(),
        ..here.clone()
    }
}

/// How a stored copy differs from an incoming one: who has answered more,
/// or that their answers differ.
fn difference(here: &Assessment, incoming: &Assessment) -> Difference {
    let answered = |a: &Assessment| {
        a.leader_response.ratings.len() + a.manager_response.as_ref().map_or(0, |m| m.ratings.len())
    };
    let submitted = |a: &Assessment| {
        usize::from(a.leader_response.is_submitted())
            + usize::from(
                a.manager_response
                    .as_ref()
                    .is_some_and(|m| m.is_submitted()),
            )
    };
    let (h, i) = (
        (submitted(here), answered(here)),
        (submitted(incoming), answered(incoming)),
    );
    if h > i {
        Difference::HereFurther
    } else if h < i {
        Difference::LinkFurther
    } else {
        Difference::Different
    }
}
