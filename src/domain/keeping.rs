//! Keeping the only copy safe. The browser that took an assessment holds
//! the only copy, and browsers delete data (Safari after 7 days without a
//! visit, others under storage pressure). This module holds the rules, as
//! pure functions: what the app remembers about keeping (the browser's
//! answer to "keep this site's data", the last backup, changes since),
//! when a backup reminder is due, and what restoring a whole assessment
//! would do to what this browser holds.

use crate::domain::assessment::Assessment;
use crate::domain::exchange::Remote;
use crate::domain::files::{merge, Held};
use crate::domain::thresholds::BACKUP_REMINDER_DAYS;
use serde::{Deserialize, Serialize};

/// One day in milliseconds.
pub const DAY_MS: u64 = 24 * 60 * 60 * 1000;

/// The storage key of [`Keeping`] (under the app's prefix, so it is erased
/// with everything).
pub const KEEPING_KEY: &str = "align180.keeping";

/// What the browser answered when asked to keep this site's data.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PersistAnswer {
    /// Whether the browser agreed.
    pub granted: bool,
    /// Whether the app was running installed (Home Screen) when it asked.
    pub installed: bool,
    /// When it asked (ms since the Unix epoch).
    pub at: u64,
}

/// What the app remembers about keeping data safe.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Keeping {
    /// The browser's last answer to "keep this site's data"; `None` until asked.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub persist: Option<PersistAnswer>,
    /// When a backup of everything was last downloaded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_backup: Option<u64>,
    /// When stored data first changed after the last backup (`None`: nothing
    /// changed since).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub changed_since_backup: Option<u64>,
    /// When a comparison was last revealed for the first time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_reveal: Option<u64>,
    /// The assessments whose comparison has been revealed here.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub revealed: Vec<String>,
    /// "Not now" puts the reminder away until then.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub snoozed_until: Option<u64>,
    /// The Safari notice was dismissed (it stays in "Your data").
    #[serde(default, skip_serializing_if = "is_false")]
    pub safari_notice_dismissed: bool,
}

fn is_false(b: &bool) -> bool {
    !*b
}

/// Whether the browser should be asked (again) to keep this site's data:
/// once, and once more when the app runs installed, where browsers grant it.
pub fn should_ask_to_keep(keeping: &Keeping, installed: bool) -> bool {
    match keeping.persist {
        None => true,
        Some(answer) => !answer.granted && installed && !answer.installed,
    }
}

/// Whether the browser will keep this site's data, as far as it says.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KeepStatus {
    /// The browser agreed to keep it.
    Kept,
    /// Asked, and the browser did not agree.
    Refused,
    /// Not asked yet (it is asked after the first answer).
    NotAsked,
    /// The browser does not say.
    Unknown,
}

/// The status from what the browser says now (`persisted()`, `None` where
/// it cannot say) and what it answered when asked.
pub fn keep_status(persisted: Option<bool>, remembered: Option<PersistAnswer>) -> KeepStatus {
    match (persisted, remembered) {
        (Some(true), _) => KeepStatus::Kept,
        (Some(false), None) => KeepStatus::NotAsked,
        (Some(false), Some(_)) => KeepStatus::Refused,
        (None, Some(a)) if a.granted => KeepStatus::Kept,
        (None, Some(_)) => KeepStatus::Refused,
        (None, None) => KeepStatus::Unknown,
    }
}

impl Keeping {
    /// Notes that stored data changed at `now`.
    pub fn note_change(&mut self, now: u64) {
        if self.changed_since_backup.is_none() {
            self.changed_since_backup = Some(now);
        }
    }

    /// Notes a downloaded backup of everything.
    pub fn note_backup(&mut self, now: u64) {
        self.last_backup = Some(now);
        self.changed_since_backup = None;
    }

    /// Notes that the comparison of `assessment` is on screen; returns
    /// whether this is its first reveal here.
    pub fn note_reveal(&mut self, assessment: &str, now: u64) -> bool {
        if self.revealed.iter().any(|id| id == assessment) {
            return false;
        }
        self.revealed.push(assessment.to_string());
        self.last_reveal = Some(now);
        true
    }

    /// "Not now": the reminder comes back after [`BACKUP_REMINDER_DAYS`].
    pub fn snooze(&mut self, now: u64) {
        self.snoozed_until = Some(now.saturating_add(BACKUP_REMINDER_DAYS * DAY_MS));
    }

    /// Takes what a backup file remembered: its own date counts as a
    /// backup (the records it holds are in it).
    pub fn merge_from_backup(&mut self, other: &Keeping) {
        self.last_backup = self.last_backup.max(other.last_backup);
    }
}

/// Why a backup reminder is shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reminder {
    /// A comparison was revealed and nothing has been backed up since.
    ComparisonNotBackedUp,
    /// Data changed, and the last backup (if any) is older than the threshold.
    ChangesNotBackedUp {
        /// The last backup, if there was one.
        last_backup: Option<u64>,
    },
}

/// Whether a backup reminder is due now, and why: once a comparison has
/// been revealed and nothing was backed up since; and whenever data changed
/// and the last backup (or, with none, the first change) is more than
/// [`BACKUP_REMINDER_DAYS`] old. "Not now" hides it until its date.
pub fn backup_reminder(keeping: &Keeping, now: u64) -> Option<Reminder> {
    if keeping.snoozed_until.is_some_and(|until| now < until) {
        return None;
    }
    let backed_up_after = |t: u64| keeping.last_backup.is_some_and(|b| b >= t);
    if keeping.last_reveal.is_some_and(|r| !backed_up_after(r)) {
        return Some(Reminder::ComparisonNotBackedUp);
    }
    let changed = keeping.changed_since_backup?;
    let since = keeping.last_backup.unwrap_or(changed);
    (now.saturating_sub(since) > BACKUP_REMINDER_DAYS * DAY_MS).then_some(
        Reminder::ChangesNotBackedUp {
            last_backup: keeping.last_backup,
        },
    )
}

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
        /// How the copy here differs, in plain words.
        difference: String,
    },
    /// Here as a record this version cannot read: left untouched.
    UnreadableHere,
    /// The manager's own copy: it takes the leader's side and the report.
    CompleteManagersCopy,
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
            difference: here.map_or_else(String::new, |h| difference(&h, incoming)),
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

/// How a stored copy differs from an incoming one, in words: who has
/// answered more, or that their answers differ.
fn difference(here: &Assessment, incoming: &Assessment) -> String {
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
        "The copy in this browser is further along than the link (more answers or submissions)."
            .to_string()
    } else if h < i {
        "The link is further along than the copy in this browser.".to_string()
    } else {
        "The two copies hold different answers, plans or names.".to_string()
    }
}

#[derive(Serialize)]
struct Envelope<'a> {
    schema: u32,
    keeping: &'a Keeping,
}

#[derive(Deserialize)]
struct EnvelopeOwned {
    keeping: Keeping,
}

/// The text stored for [`Keeping`] (versioned like every record).
pub fn encode(keeping: &Keeping) -> String {
    // Plain structs with string keys always serialise.
    serde_json::to_string(&Envelope {
        schema: crate::domain::stored::SCHEMA_VERSION,
        keeping,
    })
    .unwrap_or_default()
}

/// Reads the stored [`Keeping`]; never panics.
pub fn decode(raw: &str) -> Result<Keeping, crate::domain::stored::RecordProblem> {
    crate::domain::stored::read_versioned::<EnvelopeOwned>(raw).map(|e| e.keeping)
}
