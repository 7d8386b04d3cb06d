//! The trainer's page of one cohort: the cohort link with its QR code for a
//! slide, gathering codes, the dashboard, the CSV and full-screen mode.

use super::dashboard::Dashboard;
use crate::domain::formats::files::file_name;
use crate::domain::formats::gathering::Outcome;
use crate::domain::formats::route::Route;
use crate::domain::records::cohort::Cohort;
use crate::domain::rules::cohort::table::cohort_csv;
use crate::web::browser::document;
use crate::web::components::gather_panel::{GatherPanel, GatherWords};
use crate::web::components::share_link::ShareLink;
use crate::web::files::{app_base_url, download};
use crate::web::language::t;
use crate::web::pages::open_code::CodeWords;
use crate::web::router::navigate;
use crate::web::state::{set_title, shared};
use crate::web::storage::{records, StorageError};
use leptos::prelude::*;

/// Explains why a cohort could not be opened.
#[component]
pub fn CohortProblem(error: StorageError) -> impl IntoView {
    set_title(t().cohort_unavailable_title());
    let message = match error {
        StorageError::NotFound => t().cohort_not_here().to_string(),
        other => other.describe(crate::web::language::t()),
    };
    view! {
        <h1 tabindex="-1" class="page-title">{t().cohort_unavailable_heading()}</h1>
        <p class="notice notice-error" role="alert">{message}</p>
        <p><a class="button" href="#/">{t().cohort_go_home()}</a></p>
    }
}

/// Asks the browser to show the whole page full screen (needs a click).
pub fn enter_full_screen() {
    if let Some(root) = document().and_then(|d| d.document_element()) {
        let _ = root.request_fullscreen();
    }
}

/// The page for `#/cohort/<id>`.
#[component]
pub fn CohortPage(id: String) -> impl IntoView {
    let loaded = match records::load::<Cohort>(&id) {
        Ok(c) => c,
        Err(error) => return view! { <CohortProblem error=error/> }.into_any(),
    };
    // A cohort restored from an edited backup may have an id no link can
    // carry: its gathered codes still show, and the page says why there is no link.
    let link = loaded
        .link()
        .and_then(|l| l.encode())
        .map(|code| format!("{}{}", app_base_url(), Route::JoinCohort { code }.href()));
    set_title(&t().cohort_context(&loaded.name));
    let cohort = RwSignal::new(loaded);
    // Codes gathered in another tab show here too.
    let changes = shared().storage_events;
    let watched = id.clone();
    Effect::new(move |previous: Option<u64>| {
        let now = changes.get();
        if previous.is_some_and(|p| p != now) {
            if let Ok(fresh) = records::load::<Cohort>(&watched) {
                cohort.set(fresh);
            }
        }
        now
    });
    let name = cohort.with_untracked(|c| c.name.clone());
    let items = cohort.with_untracked(|c| c.questions().map_or(0, |i| i.item_count()));
    let error = RwSignal::new(None::<String>);
    let save_csv = move |_| {
        let c = cohort.get_untracked();
        if let Some((_, picture)) = crate::web::shown::shown_cohort_picture(&c) {
            let file = file_name(&["align180-cohort", &c.name], "csv");
            error.set(download(&file, "text/csv", &cohort_csv(t(), &c.name, &picture)).err());
        }
    };
    let present_route = Route::PresentCohort { cohort: id.clone() };
    let present = move |_| {
        enter_full_screen();
        navigate(&present_route);
    };
    let confirming = RwSignal::new(false);
    let delete_id = id.clone();
    let do_delete = move |_| match records::delete::<Cohort>(&delete_id) {
        Ok(()) => navigate(&Route::Home),
        Err(e) => error.set(Some(e.describe(crate::web::language::t()))),
    };
    let dashboard = move || {
        let c = cohort.get();
        match crate::web::shown::shown_cohort_picture(&c) {
            Some((instrument, picture)) => {
                view! { <Dashboard instrument=instrument picture=picture/> }.into_any()
            }
            None => view! { <p class="notice notice-error">{t().cohort_questions_unknown()}</p> }
                .into_any(),
        }
    };
    view! {
        <p class="context">{t().cohort_kicker()}</p>
        <h1 tabindex="-1" class="page-title">{name.clone()}</h1>
        <section class="report-section" aria-labelledby="cohort-link-heading">
            <h2 id="cohort-link-heading">{t().cohort_link_heading()}</h2>
            <p>{t().cohort_link_text()}</p>
            {match link {
                Ok(link) => view! {
                    <ShareLink link=link label=t().cohort_link_label() for_whom=t().cohort_link_for() carries=t().cohort_link_carries(&name)
                        message=crate::domain::formats::share::message::cohort_link(t(), &name, items)/>
                }.into_any(),
                Err(e) => view! { <p class="notice notice-error" role="alert">{e.describe(t())}</p> }.into_any(),
            }}
        </section>
        <GatherPanel record=cohort
            count=|c: &Cohort| c.participants.len() words=gather_words()/>
        {move || Some(cohort.with(|c| c.waiting())).filter(|w| *w > 0).map(|waiting| view! {
            <p class="notice" role="status" id="cohort-waiting">{t().cohort_waiting(waiting, &crate::domain::base::thresholds::MIN_GROUP)}</p>
        })}
        <section class="cohort-dashboard" aria-labelledby="dashboard-heading">
            <div class="section-head">
                <h2 id="dashboard-heading">{t().cohort_picture_heading()}</h2>
                <div class="actions">
                    <button type="button" class="button primary" id="present" on:click=present>{t().cohort_present()}</button>
                    <button type="button" class="button" id="download-cohort-csv" on:click=save_csv>{t().cohort_download_csv()}</button>
                </div>
            </div>
            {dashboard}
        </section>
        <p class="field-error" role="alert">{move || error.get()}</p>
        <section class="report-section" aria-labelledby="cohort-delete-heading">
            <h2 id="cohort-delete-heading">{t().cohort_delete_heading()}</h2>
            <Show when=move || !confirming.get()>
                <button type="button" class="button danger-quiet" on:click=move |_| confirming.set(true)>{t().cohort_delete()}</button>
            </Show>
            <Show when=move || confirming.get()>
                <div class="confirm" role="alertdialog" aria-label=t().cohort_delete_confirm_label()>
                    <p>{t().cohort_delete_confirm()}</p>
                    <button type="button" class="button danger" on:click=do_delete.clone()>{t().cohort_delete_for_good()}</button>
                    <button type="button" class="button" on:click=move |_| confirming.set(false)>{t().cohort_keep()}</button>
                </div>
            </Show>
        </section>
        <p><a class="button" href=Route::Home.href()>{t().cohort_back_home()}</a></p>
    }
    .into_any()
}

/// What a trainer gathers.
fn gather_words() -> GatherWords {
    GatherWords {
        heading: t().cohort_gather_heading(),
        scan_hint: t().cohort_gather_scan_hint(),
        file: |content| match content {
            crate::domain::formats::files::FileContent::CohortCode(code) => Some(code),
            _ => None,
        },
        what: t().cohort_gather_what(),
    }
}

/// What the page for a participant's code opened on the trainer's device says.
pub fn cohort_code_words() -> CodeWords<Cohort> {
    CodeWords {
        title: t().cohort_code_title(),
        received: t().cohort_code_received(),
        not_here: t().cohort_code_not_here(),
        outcome: |cohort, outcome| {
            let name = &cohort.name;
            match outcome {
                Outcome::Added => t().cohort_code_added(name),
                Outcome::Updated => t().cohort_code_updated(name),
                Outcome::Duplicate => t().cohort_code_duplicate(name),
                Outcome::Rejected(reason) => t().cohort_code_rejected(name, &reason.describe(t())),
            }
        },
        open: t().cohort_code_open(),
        route: |cohort| Route::Cohort {
            cohort: cohort.id.clone(),
        },
    }
}
