//! A whole-assessment link opened in any browser: a restore link (the
//! assessment moves to this browser, or comes back after the browser
//! deleted it), or the comparison a leader sent back to the manager. The
//! page says whose assessment it is and what it holds; Restore adds it.
//! The rules are a backup's: never a second copy, never over what is here.

use crate::domain::base::format;
use crate::domain::formats::files::{complete_managers_copy, plan_restore, RestorePlan};
use crate::domain::formats::route::Route;
use crate::domain::formats::share::envelope::{code_in, learning};
use crate::domain::formats::share::whole::AssessmentCode;
use crate::domain::records::assessment::Remote;
use crate::domain::records::assessment::{Assessment, ResponseStatus};
use crate::domain::records::held::Held;
use crate::domain::records::response::Rater;
use crate::web::browser::local_offset_minutes;
use crate::web::language::t;
use crate::web::router::navigate;
use crate::web::state::set_title;
use crate::web::storage::{self, StorageError};
use leptos::prelude::*;

/// Where a restored assessment opens.
fn opened_at(a: &Assessment) -> Route {
    if a.both_submitted() {
        Route::Report {
            assessment: a.id.clone(),
        }
    } else {
        Route::Home
    }
}

/// A rater's status in words.
fn status_words(status: ResponseStatus) -> String {
    match status {
        ResponseStatus::Submitted => t().restore_submitted().to_string(),
        ResponseStatus::InProgress { answered, total } => t().restore_in_progress(total, &answered),
        ResponseStatus::NotStarted => t().restore_not_started().to_string(),
    }
}

/// The page for `#/restore/<code>`.
#[component]
pub fn RestorePage(code: String) -> impl IntoView {
    set_title(t().restore_title());
    let decoded = match learning(|| AssessmentCode::decode(code_in(&code))) {
        Ok(d) => d,
        Err(e) => {
            return view! {
                <h1 tabindex="-1" class="page-title">{t().restore_not_usable()}</h1>
                <p class="notice notice-error" role="alert" id="restore-problem">{e.describe(t())}</p>
                <p>{t().restore_not_usable_text()}</p>
                <p><a class="button" href=Route::Home.href()>{t().shell_go_to_assessments()}</a></p>
            }
            .into_any();
        }
    };
    let AssessmentCode {
        instrument,
        assessment: incoming,
    } = decoded;
    let held = match storage::records::load::<Assessment>(&incoming.id) {
        Ok(a) => Held::Readable(a),
        Err(StorageError::NotFound) => Held::Nothing,
        Err(_) => Held::Unreadable,
    };
    let here = match &held {
        Held::Readable(a) => Some(a.clone()),
        _ => None,
    };
    let plan = plan_restore(held, &incoming);
    let leader = incoming.leader.clone();
    let manager = incoming.display_name(Rater::Manager, t());
    let sent_back = matches!(plan, RestorePlan::CompleteManagersCopy);
    let title = if sent_back {
        t().restore_sent_back_heading(&leader)
    } else {
        t().restore_heading(&leader)
    };
    let plan_count = incoming.commitments.len();
    let check_ins: usize = incoming.commitments.iter().map(|c| c.check_ins.len()).sum();
    let reflections = incoming.leader_response.reflections.len()
        + incoming
            .manager_response
            .as_ref()
            .map_or(0, |m| m.reflections.len());
    let facts = view! {
        <dl class="facts preview" id="restore-facts">
            <dt>{t().restore_leader()}</dt><dd>{leader.clone()}</dd>
            <dt>{t().restore_manager()}</dt><dd>{incoming.manager.clone().unwrap_or_else(|| t().restore_not_named().into())}</dd>
            {incoming.cycle.clone().map(|c| view! { <dt>{t().restore_cycle()}</dt><dd>{c}</dd> })}
            <dt>{t().restore_started()}</dt><dd>{format::date(t().language(), incoming.created_at, local_offset_minutes())}</dd>
            <dt>{t().restore_self_assessment()}</dt><dd>{status_words(incoming.status(Rater::Leader, instrument))}</dd>
            <dt>{t().restore_managers_rating(&manager)}</dt><dd>{status_words(incoming.status(Rater::Manager, instrument))}</dd>
            <dt>{t().restore_reflections()}</dt><dd>{if reflections == 0 { t().restore_none().to_string() } else { t().restore_reflections_answered(reflections) }}</dd>
            <dt>{t().restore_plan()}</dt><dd>{if plan_count == 0 {
                t().restore_none().to_string()
            } else {
                t().restore_plan_counts(
                    &t().restore_commitments(plan_count),
                    &t().restore_check_ins(check_ins),
                )
            }}</dd>
            {incoming.previous_cycle.is_some().then(|| view! { <dt>{t().restore_previous_cycle()}</dt><dd>{t().restore_previous_linked()}</dd> })}
            {incoming.cohort.as_ref().map(|c| view! { <dt>{t().restore_cohort()}</dt><dd>{c.name.clone()}</dd> })}
            <dt>{t().restore_question_set()}</dt><dd>{t().restore_set_version(&instrument.name, &instrument.version)}</dd>
        </dl>
    };
    let error = RwSignal::new(None::<String>);
    let incoming = StoredValue::new(incoming);

    let restore = move |_| {
        let a = incoming.get_value();
        // A trainer's question set first: the record refers to it.
        if let Err(e) = storage::instruments::keep(instrument) {
            error.set(Some(t().restore_set_not_kept(&e.describe(t()))));
            return;
        }
        match storage::records::create(&a) {
            Ok(()) => navigate(&opened_at(&a)),
            Err(e) => error.set(Some(e.describe(t()))),
        }
    };
    let complete = move |_| {
        let a = incoming.get_value();
        match storage::records::update::<Assessment, _>(&a.id, |here| {
            *here = complete_managers_copy(here, &a)
        })
        .map(|(saved, _)| saved)
        {
            Ok(done) => navigate(&opened_at(&done)),
            Err(e) => error.set(Some(e.describe(t()))),
        }
    };
    let open_here = here.as_ref().map(|h| match h.remote {
        Some(Remote::Answering { .. }) if !h.both_submitted() => Route::Home,
        _ => opened_at(h),
    });
    let open_label = if here.as_ref().is_some_and(Assessment::both_submitted) {
        t().restore_open_report()
    } else {
        t().shell_go_to_assessments()
    };
    let actions = match plan {
        RestorePlan::Add => view! {
            <p>{t().restore_add_text()}</p>
            <p><button type="button" class="button primary" id="restore" on:click=restore>{t().restore_button()}</button></p>
        }
        .into_any(),
        RestorePlan::CompleteManagersCopy => view! {
            <p>{t().restore_complete_text(&leader)}</p>
            <p><button type="button" class="button primary" id="restore" on:click=complete>{t().restore_complete_button()}</button></p>
        }
        .into_any(),
        RestorePlan::AlreadyHere => view! {
            <p class="notice" role="status" id="restore-already">{t().restore_already()}</p>
            <p><a class="button primary" href=open_here.unwrap_or(Route::Home).href()>{open_label}</a></p>
        }
        .into_any(),
        RestorePlan::KeptHere { difference } => view! {
            <p class="notice" role="status" id="restore-kept">
                {t().restore_kept_differs()}" "{difference.describe(t())}" "{t().restore_kept_nothing_changed()}
            </p>
            <p><a class="button primary" href=open_here.unwrap_or(Route::Home).href()>{open_label}</a></p>
        }
        .into_any(),
        RestorePlan::UnreadableHere => view! {
            <p class="notice notice-error" role="alert" id="restore-unreadable">
                {t().restore_unreadable_here()}
            </p>
            <p><a class="button" href=Route::Home.href()>{t().shell_go_to_assessments()}</a></p>
        }
        .into_any(),
    };
    view! {
        <h1 tabindex="-1" class="page-title">{title}</h1>
        <p class="lead">{t().restore_lead()}</p>
        {facts}
        {actions}
        <p class="field-error" role="alert">{move || error.get()}</p>
    }
    .into_any()
}
