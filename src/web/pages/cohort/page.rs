//! The trainer's page of one cohort: the cohort link with its QR code for a
//! slide, gathering codes, the dashboard, the CSV and full-screen mode.

use super::dashboard::Dashboard;
use crate::domain::formats::files::file_name;
use crate::domain::formats::gathering::Outcome;
use crate::domain::formats::route::Route;
use crate::domain::records::cohort::Cohort;
use crate::domain::rules::cohort::aggregate::cohort_picture;
use crate::domain::rules::cohort::table::cohort_csv;
use crate::web::browser::document;
use crate::web::components::gather_panel::{GatherPanel, GatherWords};
use crate::web::components::share_link::ShareLink;
use crate::web::files::{app_base_url, download};
use crate::web::pages::open_code::CodeWords;
use crate::web::router::navigate;
use crate::web::state::{set_title, shared};
use crate::web::storage::{records, StorageError};
use leptos::prelude::*;

/// Explains why a cohort could not be opened.
#[component]
pub fn CohortProblem(error: StorageError) -> impl IntoView {
    set_title("Cohort not available");
    let message = match error {
        StorageError::NotFound => "There is no cohort at this address in this browser. Cohorts live in the browser that created them.".to_string(),
        other => other.to_string(),
    };
    view! {
        <h1 tabindex="-1" class="page-title">"This cohort cannot be opened"</h1>
        <p class="notice notice-error" role="alert">{message}</p>
        <p><a class="button" href="#/">"Go to the home page"</a></p>
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
    set_title(&format!("Cohort: {}", loaded.name));
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
        if let Some((_, picture)) = cohort_picture(&c) {
            let file = file_name(&["align180-cohort", &c.name], "csv");
            error.set(
                download(
                    &file,
                    "text/csv",
                    &cohort_csv(crate::web::language::t(), &c.name, &picture),
                )
                .err(),
            );
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
        Err(e) => error.set(Some(e.to_string())),
    };
    let dashboard = move || {
        let c = cohort.get();
        match cohort_picture(&c) {
            Some((instrument, picture)) => view! { <Dashboard instrument=instrument picture=picture/> }.into_any(),
            None => view! { <p class="notice notice-error">"This cohort's questions are not known to this version."</p> }.into_any(),
        }
    };
    view! {
        <p class="context">"Cohort"</p>
        <h1 tabindex="-1" class="page-title">{name.clone()}</h1>
        <section class="report-section" aria-labelledby="cohort-link-heading">
            <h2 id="cohort-link-heading">"The cohort link"</h2>
            <p>"Put this link or its QR code on a slide. Each participant who opens it starts an assessment tagged with this cohort, in their own browser; at the end they can choose to share an anonymous code with you."</p>
            {match link {
                Ok(link) => view! {
                    <ShareLink link=link label="Cohort link" for_whom="the cohort's participants" carries=format!("the cohort's name (“{name}”) and which questions to answer; no answers")
                        message=crate::domain::formats::share::message::cohort_link(&name, items)/>
                }.into_any(),
                Err(e) => view! { <p class="notice notice-error" role="alert">{e.to_string()}</p> }.into_any(),
            }}
        </section>
        <GatherPanel record=cohort
            count=|c: &Cohort| c.participants.len() words=GATHER_WORDS/>
        <section class="cohort-dashboard" aria-labelledby="dashboard-heading">
            <div class="section-head">
                <h2 id="dashboard-heading">"The cohort's picture"</h2>
                <div class="actions">
                    <button type="button" class="button primary" id="present" on:click=present>"Present full screen"</button>
                    <button type="button" class="button" id="download-cohort-csv" on:click=save_csv>"Download the cohort table (CSV)"</button>
                </div>
            </div>
            {dashboard}
        </section>
        <p class="field-error" role="alert">{move || error.get()}</p>
        <section class="report-section" aria-labelledby="cohort-delete-heading">
            <h2 id="cohort-delete-heading">"Delete this cohort"</h2>
            <Show when=move || !confirming.get()>
                <button type="button" class="button danger-quiet" on:click=move |_| confirming.set(true)>"Delete this cohort and its gathered codes"</button>
            </Show>
            <Show when=move || confirming.get()>
                <div class="confirm" role="alertdialog" aria-label="Confirm deletion">
                    <p>"Delete this cohort and every code gathered in it from this browser? Participants keep their own assessments. This cannot be undone."</p>
                    <button type="button" class="button danger" on:click=do_delete.clone()>"Delete for good"</button>
                    <button type="button" class="button" on:click=move |_| confirming.set(false)>"Keep it"</button>
                </div>
            </Show>
        </section>
        <p><a class="button" href=Route::Home.href()>"Back to the home page"</a></p>
    }
    .into_any()
}

/// What a trainer gathers.
const GATHER_WORDS: GatherWords = GatherWords {
    heading: "Gather participants' codes",
    one: "participant",
    many: "participants",
    scan_hint: "Ask each participant to hold up the QR code on their “Share with your cohort” page. Each new code is added with a tone; codes already counted are ignored.",
    file: |content| match content {
        crate::domain::formats::files::FileContent::CohortCode(code) => Some(code),
        _ => None,
    },
    what: "a cohort code",
};

/// What the page for a participant's code opened on the trainer's device says.
pub fn cohort_code_words() -> CodeWords<Cohort> {
    CodeWords {
    title: "Add a cohort code",
    received: "Cohort code received",
    not_here: "This is a participant's anonymous cohort code, but its cohort is not in this browser. Open it (or paste it) on the device where the trainer created the cohort.",
    outcome: |cohort, outcome| {
        let name = &cohort.name;
        match outcome {
            Outcome::Added => format!("Added to “{name}”."),
            Outcome::Updated => format!("This participant shared again: their newer answers replace the earlier ones in “{name}”."),
            Outcome::Duplicate => format!("This code is already in “{name}”; nothing changed."),
            Outcome::Rejected(reason) => format!("Not added to “{name}”: {reason}."),
        }
    },
    open: "Open the cohort",
    route: |cohort| Route::Cohort { cohort: cohort.id.clone() },
}
}
