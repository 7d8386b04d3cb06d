//! "Your data": where it lives (this browser on this device, nowhere else),
//! whether the browser agreed to keep it, what is stored, the last backup,
//! and the ways to keep a copy (a backup of everything, a restore link per
//! assessment) and to come back (restore); a private session for shared
//! computers, and erasing everything (after asking).

use crate::domain::base::format;
use crate::domain::formats::files::{export, export_backup, file_name};
use crate::domain::formats::route::Route;
use crate::domain::records::assessment::Assessment;
use crate::domain::records::cohort::Cohort;
use crate::domain::records::keeping::{keep_status, KeepStatus};
use crate::domain::records::pulse::Pulse;
use crate::web::browser::{local_offset_minutes, now_ms};
use crate::web::components::safari_notice::SafariNotice;
use crate::web::files::{copy_text, download};
use crate::web::state::shared;
use crate::web::storage::{self, StorageError};
use leptos::prelude::*;

/// Offers one assessment as a file named from `stem`, its leader and cycle.
pub fn offer_assessment_file(a: &Assessment, stem: &str) {
    let name = file_name(&[stem, &a.leader, a.cycle.as_deref().unwrap_or("")], "json");
    crate::web::files::offer(
        &name,
        "application/json",
        &export(std::slice::from_ref(a), now_ms()),
    );
}

/// Why a backup was not made, or made but not noted.
#[derive(Clone, Debug, PartialEq)]
pub enum BackupProblem {
    /// The store could not be listed: no file that looks complete is made.
    NotMade(StorageError),
    /// The browser refused the download.
    NotDownloaded(String),
    /// Downloaded, but its date could not be kept.
    NotNoted(StorageError),
}

impl std::fmt::Display for BackupProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            BackupProblem::NotMade(e) => write!(f, "No backup was made: {e}"),
            BackupProblem::NotDownloaded(e) => f.write_str(e),
            BackupProblem::NotNoted(e) => write!(
                f,
                "The backup was downloaded, but its date could not be noted: {e}"
            ),
        }
    }
}

/// Downloads a backup of everything as `<stem>-<today>.json` and notes its
/// date; a store that cannot be listed gives no file that looks complete.
pub fn offer_backup(stem: &str) -> Result<(), BackupProblem> {
    let now = now_ms();
    let today: String = String::from(js_sys::Date::new_0().to_iso_string())
        .chars()
        .take(10)
        .collect();
    let name = file_name(&[stem, &today], "json");
    let listed = storage::records::list::<Assessment>().and_then(|(assessments, _)| {
        let cohorts = storage::records::list::<Cohort>()?.0;
        let pulses = storage::records::list::<Pulse>()?.0;
        Ok((assessments, cohorts, pulses))
    });
    let (assessments, cohorts, pulses) = listed.map_err(BackupProblem::NotMade)?;
    // The file remembers itself as the last backup.
    let mut keeping = storage::keeping::load().unwrap_or_default();
    keeping.note_backup(now);
    download(
        &name,
        "application/json",
        &export_backup(&assessments, &cohorts, &pulses, Some(&keeping), now),
    )
    .map_err(BackupProblem::NotDownloaded)?;
    storage::keeping::update(|k| k.note_backup(now))
        .map(|_| ())
        .map_err(BackupProblem::NotNoted)
}

/// The browser's answer to "keep this data", in plain words.
fn status_words(status: KeepStatus) -> &'static str {
    match status {
        KeepStatus::Kept => "This browser has agreed to keep Align 180's data: it will not delete it to free space.",
        KeepStatus::Refused => "This browser has not agreed to keep it: it may delete it to free space, or after a while without a visit. Keep a backup.",
        KeepStatus::NotAsked => "Align 180 asks this browser to keep its data once you answer your first question.",
        KeepStatus::Unknown => "This browser does not say whether it will keep this data. Keep a backup.",
    }
}

fn count(n: usize, one: &str, many: &str) -> String {
    match n {
        0 => format!("no {many}"),
        1 => format!("1 {one}"),
        n => format!("{n} {many}"),
    }
}

/// The data panel on the home page.
#[component]
pub fn DataPanel(
    /// Called after the stored data changed (erased, or the session switched).
    on_changed: Callback<()>,
) -> impl IntoView {
    let private = shared().private;
    let confirming = RwSignal::new(false);
    let message = RwSignal::new(None::<String>);
    let keeping_changes = storage::keeping::changes();
    let refreshed = RwSignal::new(0_u32);
    // Read once per change, however many lines of the panel show it.
    let keeping = Memo::new(move |_| {
        keeping_changes.track();
        refreshed.track();
        storage::keeping::load()
    });
    // What the browser says now; filled in once it has answered.
    let persisted = RwSignal::new(None::<Option<bool>>);
    leptos::task::spawn_local(async move {
        persisted.set(Some(crate::web::persist::persisted().await));
    });
    let kept = Memo::new(move |_| {
        let remembered = keeping.with(|k| k.as_ref().ok().and_then(|k| k.persist));
        persisted.get().map(|now| keep_status(now, remembered))
    });
    let status = move || kept.get().map(status_words);
    let stored = Memo::new(move |_| {
        keeping_changes.track();
        refreshed.track();
        let assessments = storage::records::readable::<Assessment>();
        let cohorts = storage::records::list::<Cohort>().map_or(0, |l| l.0.len());
        let pulses = storage::records::list::<crate::domain::records::pulse::Pulse>()
            .map_or(0, |l| l.0.len());
        (assessments, cohorts, pulses)
    });
    let last_backup = move || match keeping.get() {
        Ok(k) => match k.last_backup {
            Some(ms) => format!(
                "Last backup: {}",
                format::date(
                    crate::web::language::t().language(),
                    ms,
                    local_offset_minutes()
                )
            ),
            None => "No backup yet".to_string(),
        },
        Err(e) => format!("The date of the last backup could not be read: {e}"),
    };

    let backup = move |_| {
        message.set(offer_backup("align180-backup").err().map(|e| e.to_string()));
    };
    let toggle_private = move |ev: leptos::ev::Event| {
        let on = event_target_checked(&ev);
        match storage::set_private(on) {
            Ok(()) => {
                private.set(on);
                message.set(Some(if on {
                    "Private session on: from now on, nothing you enter is kept after this tab closes.".into()
                } else {
                    "Private session ended; what was entered in it has been erased.".into()
                }));
                refreshed.update(|n| *n += 1);
                on_changed.run(());
            }
            Err(e) => message.set(Some(e.to_string())),
        }
    };
    let erase = move |_| {
        confirming.set(false);
        match storage::erase_everything() {
            Ok(n) => message.set(Some(format!(
                "Erased {n} saved records. Align 180 holds nothing in this browser now."
            ))),
            Err(e) => message.set(Some(e.to_string())),
        }
        refreshed.update(|n| *n += 1);
        on_changed.run(());
    };
    let copy_status = RwSignal::new(None::<String>);
    let restore_rows = move || {
        let (assessments, _, _) = stored.get();
        assessments
            .into_iter()
            .map(|a| {
                let label = match &a.cycle {
                    Some(c) => format!("{} · {c}", a.leader),
                    None => a.leader.clone(),
                };
                let id = a.id.clone();
                let keep_href = Route::KeepCopy { assessment: id.clone() }.href();
                let copy = move |_| {
                    // Written when asked for, from the record as listed.
                    let link = crate::web::pages::keep_copy::restore_link(&a);
                    leptos::task::spawn_local(async move {
                        copy_status.set(Some(match link {
                            Ok(link) => match copy_text(&link).await {
                                Ok(()) => format!("Restore link copied ({} characters). Keep it where only you can read it.", link.len()),
                                Err(()) => "Copying is blocked here: open “Show the link” and copy it from there.".to_string(),
                            },
                            Err(e) => e.to_string(),
                        }));
                    });
                };
                view! {
                    <li class="restore-row" data-assessment=id.clone()>
                        <span class="restore-name">{label.clone()}</span>
                        <button type="button" class="button small copy-restore" on:click=copy
                            aria-label=format!("Copy restore link: {label}")>"Copy restore link"</button>
                        <a class="button small" href=keep_href
                            aria-label=format!("Show the link and its QR code: {label}")>"Show the link"</a>
                    </li>
                }
            })
            .collect_view()
    };

    view! {
        <section class="data-panel" id="your-data" aria-labelledby="data-heading">
            <h2 id="data-heading">"Your data"</h2>
            <p id="data-where">
                {move || if private.get() {
                    "Everything Align 180 keeps is in this browser on this device, nowhere else, and only in this tab: it is gone when the tab closes."
                } else {
                    "Everything Align 180 keeps is in this browser on this device, nowhere else. No server holds a copy."
                }}
            </p>
            <p id="keep-status" role="status"
                class:warn=move || matches!(kept.get(), Some(KeepStatus::Refused | KeepStatus::Unknown))>{status}</p>
            <SafariNotice dismissible=false/>
            <p id="data-stored">{move || {
                let (assessments, cohorts, pulses) = stored.get();
                format!(
                    "Stored here: {}, {}, {}.",
                    count(assessments.len(), "assessment", "assessments"),
                    count(cohorts, "cohort", "cohorts"),
                    count(pulses, "team pulse", "team pulses")
                )
            }}</p>
            <p id="last-backup" class:warn=move || {
                keeping.with(|k| k.as_ref().is_ok_and(|k| k.last_backup.is_none())) && !stored.with(|s| s.0.is_empty())
            }><strong>{last_backup}</strong></p>
            <h3>"Keep a copy"</h3>
            <div class="actions">
                <button type="button" class="button primary" id="download-backup" on:click=backup>"Download a backup"</button>
            </div>
            <p class="hint">"A backup is one file with every assessment, cohort and team pulse. Keep it somewhere safe; import it here or in another browser to restore."</p>
            <Show when=move || !stored.with(|s| s.0.is_empty())>
                <p>"Or keep one assessment as a link: a restore link holds all of it, and opens in any browser."</p>
                <ul class="restore-list">{restore_rows}</ul>
                <p class="copy-status" role="status">{move || copy_status.get()}</p>
            </Show>
            <h3>"Restore from a backup or a restore link"</h3>
            <p>"Choose or drop the backup file, or paste the restore link, under “Open a link, code or file”. Restoring never makes a second copy and never replaces answers kept here."</p>
            <h3>"On a shared computer"</h3>
            <div class="field-check">
                <input type="checkbox" id="private-session" prop:checked=move || private.get() on:change=toggle_private/>
                <label for="private-session">
                    "Private session for a shared or training-room computer: keep everything only in this tab, gone when it closes."
                </label>
            </div>
            <div class="actions">
                <Show when=move || !confirming.get()>
                    <button type="button" class="button danger-quiet" on:click=move |_| confirming.set(true)>"Erase everything in this browser"</button>
                </Show>
            </div>
            <Show when=move || confirming.get()>
                <div class="confirm" role="alertdialog" aria-label="Erase everything?">
                    <p>"Erase every assessment, response and record Align 180 keeps in this browser? This cannot be undone; download a backup first if you may need them."</p>
                    <button type="button" class="button danger" on:click=erase>"Erase everything"</button>
                    <button type="button" class="button" on:click=move |_| confirming.set(false)>"Keep everything"</button>
                </div>
            </Show>
            <p class="data-message" role="status">{move || message.get()}</p>
        </section>
    }
}
