//! "Your data": where it lives (this browser on this device, nowhere else),
//! whether the browser agreed to keep it, what is stored, the last backup,
//! and the ways to keep a copy (a backup of everything, a restore link per
//! assessment) and to come back (restore); a private session for shared
//! computers, and erasing everything (after asking).

use crate::domain::base::format;
use crate::domain::base::messages::Messages;
use crate::domain::formats::files::{export, export_backup, file_name};
use crate::domain::formats::route::Route;
use crate::domain::records::assessment::Assessment;
use crate::domain::records::cohort::Cohort;
use crate::domain::records::collector::Collector;
use crate::domain::records::keeping::{keep_status, KeepStatus};
use crate::domain::records::pulse::Pulse;
use crate::web::browser::{local_offset_minutes, now_ms};
use crate::web::components::safari_notice::SafariNotice;
use crate::web::files::{copy_text, download};
use crate::web::language::t;
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

impl BackupProblem {
    /// What went wrong, in `words`.
    pub fn describe(&self, words: &Messages) -> String {
        match self {
            BackupProblem::NotMade(e) => words.data_backup_not_made(&e.describe(words)),
            BackupProblem::NotDownloaded(e) => e.clone(),
            BackupProblem::NotNoted(e) => words.data_backup_not_noted(&e.describe(words)),
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
        let collectors = storage::records::list::<Collector>()?.0;
        Ok((assessments, cohorts, pulses, collectors))
    });
    let (assessments, cohorts, pulses, collectors) = listed.map_err(BackupProblem::NotMade)?;
    // The file remembers itself as the last backup.
    let mut keeping = storage::keeping::load().unwrap_or_default();
    keeping.note_backup(now);
    download(
        &name,
        "application/json",
        &export_backup(
            &assessments,
            &cohorts,
            &pulses,
            &collectors,
            Some(&keeping),
            now,
        ),
    )
    .map_err(BackupProblem::NotDownloaded)?;
    storage::keeping::update(|k| k.note_backup(now))
        .map(|_| ())
        .map_err(BackupProblem::NotNoted)
}

/// The browser's answer to "keep this data", in plain words.
fn status_words(status: KeepStatus) -> &'static str {
    match status {
        KeepStatus::Kept => t().data_keep_kept(),
        KeepStatus::Refused => t().data_keep_refused(),
        KeepStatus::NotAsked => t().data_keep_not_asked(),
        KeepStatus::Unknown => t().data_keep_unknown(),
    }
}

/// "no cohorts", "1 cohort", "3 cohorts".
fn count(n: usize, none: &str, some: impl Fn(usize) -> String) -> String {
    if n == 0 {
        none.to_string()
    } else {
        some(n)
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
            Some(ms) => {
                t().data_last_backup(&format::date(t().language(), ms, local_offset_minutes()))
            }
            None => t().data_no_backup_yet().to_string(),
        },
        Err(e) => t().data_last_backup_unreadable(&e.describe(t())),
    };

    let backup = move |_| {
        message.set(
            offer_backup("align180-backup")
                .err()
                .map(|e| e.describe(t())),
        );
    };
    let toggle_private = move |ev: leptos::ev::Event| {
        let on = event_target_checked(&ev);
        match storage::set_private(on) {
            Ok(()) => {
                private.set(on);
                message.set(Some(if on {
                    t().data_private_on().into()
                } else {
                    t().data_private_off().into()
                }));
                refreshed.update(|n| *n += 1);
                on_changed.run(());
            }
            Err(e) => message.set(Some(e.describe(t()))),
        }
    };
    let erase = move |_| {
        confirming.set(false);
        match storage::erase_everything() {
            Ok(n) => message.set(Some(t().data_erased(n))),
            Err(e) => message.set(Some(e.describe(t()))),
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
                                Ok(()) => t().data_link_copied(&link.len()),
                                Err(()) => t().data_copy_blocked().to_string(),
                            },
                            Err(e) => e.describe(t()),
                        }));
                    });
                };
                view! {
                    <li class="restore-row" data-assessment=id.clone()>
                        <span class="restore-name">{label.clone()}</span>
                        <button type="button" class="button small copy-restore" on:click=copy
                            aria-label=t().data_copy_link_label(&label)>{t().data_copy_link()}</button>
                        <a class="button small" href=keep_href
                            aria-label=t().data_show_link_label(&label)>{t().data_show_link()}</a>
                    </li>
                }
            })
            .collect_view()
    };

    view! {
        <section class="data-panel" id="your-data" aria-labelledby="data-heading">
            <h2 id="data-heading">{t().data_title()}</h2>
            <p id="data-where">
                {move || if private.get() {
                    t().data_where_private()
                } else {
                    t().data_where()
                }}
            </p>
            <p id="keep-status" role="status"
                class:warn=move || matches!(kept.get(), Some(KeepStatus::Refused | KeepStatus::Unknown))>{status}</p>
            <SafariNotice dismissible=false/>
            <p id="data-stored">{move || {
                let (assessments, cohorts, pulses) = stored.get();
                let words = t();
                words.data_stored(
                    &count(assessments.len(), words.data_no_assessments(), |n| words.data_assessments(n)),
                    &count(cohorts, words.data_no_cohorts(), |n| words.data_cohorts(n)),
                    &count(pulses, words.data_no_pulses(), |n| words.data_pulses(n)),
                )
            }}</p>
            <p id="last-backup" class:warn=move || {
                keeping.with(|k| k.as_ref().is_ok_and(|k| k.last_backup.is_none())) && !stored.with(|s| s.0.is_empty())
            }><strong>{last_backup}</strong></p>
            <h3>{t().data_keep_copy()}</h3>
            <div class="actions">
                <button type="button" class="button primary" id="download-backup" on:click=backup>{t().data_download_backup()}</button>
            </div>
            <p class="hint">{t().data_backup_hint()}</p>
            <Show when=move || !stored.with(|s| s.0.is_empty())>
                <p>{t().data_restore_links()}</p>
                <ul class="restore-list">{restore_rows}</ul>
                <p class="copy-status" role="status">{move || copy_status.get()}</p>
            </Show>
            <h3>{t().data_restore_title()}</h3>
            <p>{t().data_restore_how()}</p>
            <h3>{t().data_shared_computer()}</h3>
            <div class="field-check">
                <input type="checkbox" id="private-session" prop:checked=move || private.get() on:change=toggle_private/>
                <label for="private-session">
                    {t().data_private_label()}
                </label>
            </div>
            <div class="actions">
                <Show when=move || !confirming.get()>
                    <button type="button" class="button danger-quiet" on:click=move |_| confirming.set(true)>{t().data_erase()}</button>
                </Show>
            </div>
            <Show when=move || confirming.get()>
                <div class="confirm" role="alertdialog" aria-label=t().data_erase_label()>
                    <p>{t().data_erase_question()}</p>
                    <button type="button" class="button danger" on:click=erase>{t().data_erase_confirm()}</button>
                    <button type="button" class="button" on:click=move |_| confirming.set(false)>{t().data_keep_everything()}</button>
                </div>
            </Show>
            <p class="data-message" role="status">{move || message.get()}</p>
        </section>
    }
}
