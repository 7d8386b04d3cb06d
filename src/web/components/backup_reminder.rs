//! The backup reminder: helps without nagging. Shown by the rule in
//! [`crate::domain::records::keeping::backup_reminder`] (after a comparison is
//! revealed, and when changes are a week older than the last backup), on
//! the pages that show what is kept (home, report, profile, progress) and
//! never on a question step; "Not now" puts it away for a week.

use crate::domain::base::format;
use crate::domain::records::keeping::{backup_reminder, Reminder};
use crate::web::browser::{local_offset_minutes, now_ms};
use crate::web::state::shared;
use crate::web::storage::keeping;
use leptos::prelude::*;

/// The banner (nothing when no reminder is due).
#[component]
pub fn BackupReminder(
    /// Whether the page on screen may show it (never a question step).
    shown_here: Signal<bool>,
) -> impl IntoView {
    let changes = keeping::changes();
    let due = move || {
        changes.track();
        if !shown_here.get() {
            return None;
        }
        keeping::load()
            .ok()
            .and_then(|k| backup_reminder(&k, now_ms()))
    };
    let download = move |_| {
        leptos::task::spawn_local(async move {
            let problem = match crate::web::tools::offer_backup("align180-backup".into()).await {
                Ok(Ok(())) => None,
                Ok(Err(problem)) => Some(problem.to_string()),
                Err(_) => Some("The backup could not be prepared: part of Align 180 could not be downloaded. Try again when this device is online.".to_string()),
            };
            shared().action_problem.set(problem);
        });
    };
    let not_now = move |_| {
        if let Err(e) = keeping::update(|k| k.snooze(now_ms())) {
            shared().action_problem.set(Some(e.to_string()));
        }
    };
    move || {
        due().map(|reminder| {
            let text = match reminder {
                Reminder::ComparisonNotBackedUp => "A comparison is complete, and this browser holds the only copy. Download a backup to keep it safe.".to_string(),
                Reminder::ChangesNotBackedUp { last_backup: Some(ms) } => format!(
                    "Changes since your last backup ({}) are only in this browser. Download a backup to keep them safe.",
                    format::date(crate::web::language::t().language(), ms, local_offset_minutes())
                ),
                Reminder::ChangesNotBackedUp { last_backup: None } => "What you entered is only in this browser, and there is no backup yet. Download a backup to keep it safe.".to_string(),
            };
            view! {
                <div class="notice backup-reminder" id="backup-reminder">
                    <p>{text}</p>
                    <div class="actions">
                        <button type="button" class="button small primary" id="reminder-backup" on:click=download>"Download a backup"</button>
                        <button type="button" class="button small" id="reminder-not-now" on:click=not_now>"Not now"</button>
                    </div>
                </div>
            }
        })
    }
}
