//! The backup reminder: helps without nagging. Shown by the rule in
//! [`crate::domain::records::keeping::backup_reminder`] (after a comparison is
//! revealed, and when changes are a week older than the last backup), on
//! the pages that show what is kept (home, report, profile, progress) and
//! never on a question step; "Not now" puts it away for a week.

use crate::domain::base::format;
use crate::domain::records::keeping::{backup_reminder, Reminder};
use crate::web::browser::{local_offset_minutes, now_ms};
use crate::web::language::t;
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
                Ok(Err(problem)) => Some(problem.describe(t())),
                Err(_) => Some(t().reminder_piece_missing().to_string()),
            };
            shared().action_problem.set(problem);
        });
    };
    let not_now = move |_| {
        if let Err(e) = keeping::update(|k| k.snooze(now_ms())) {
            shared().action_problem.set(Some(e.describe(t())));
        }
    };
    move || {
        due().map(|reminder| {
            let text = match reminder {
                Reminder::ComparisonNotBackedUp => t().reminder_comparison().to_string(),
                Reminder::ChangesNotBackedUp { last_backup: Some(ms) } => t().reminder_changes(
                    &format::date(t().language(), ms, local_offset_minutes()),
                ),
                Reminder::ChangesNotBackedUp { last_backup: None } => t().reminder_no_backup().to_string(),
            };
            view! {
                <div class="notice backup-reminder" id="backup-reminder">
                    <p>{text}</p>
                    <div class="actions">
                        <button type="button" class="button small primary" id="reminder-backup" on:click=download>{t().data_download_backup()}</button>
                        <button type="button" class="button small" id="reminder-not-now" on:click=not_now>{t().reminder_not_now()}</button>
                    </div>
                </div>
            }
        })
    }
}
