//! Keeping the only copy safe. The browser that took an assessment holds
//! the only copy, and browsers delete data (Safari after 7 days without a
//! visit, others under storage pressure). This module holds the rules, as
//! pure functions: what the app remembers about keeping (the browser's
//! answer to "keep this site's data", the last backup, changes since),
//! and when a backup reminder is due. (What restoring a whole assessment
//! would do is a merge rule: [`crate::domain::formats::files::plan_restore`].)

use crate::domain::base::thresholds::BACKUP_REMINDER_DAYS;
use serde::{Deserialize, Serialize};

/// One day in milliseconds.
pub const DAY_MS: u64 = 24 * 60 * 60 * 1000;

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
