//! A whole-assessment link opened in any browser: a restore link (the
//! assessment moves to this browser, or comes back after the browser
//! deleted it), or the comparison a leader sent back to the manager. The
//! page says whose assessment it is and what it holds; Restore adds it.
//! The rules are a backup's: never a second copy, never over what is here.

use crate::domain::base::format;
use crate::domain::formats::files::{complete_managers_copy, plan_restore, RestorePlan};
use crate::domain::formats::route::Route;
use crate::domain::formats::share::envelope::code_in;
use crate::domain::formats::share::whole::AssessmentCode;
use crate::domain::records::assessment::Remote;
use crate::domain::records::assessment::{Assessment, ResponseStatus};
use crate::domain::records::held::Held;
use crate::domain::records::response::Rater;
use crate::web::browser::local_offset_minutes;
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
        ResponseStatus::Submitted => "submitted".to_string(),
        ResponseStatus::InProgress { answered, total } => {
            format!("{answered} of {total} behaviours answered")
        }
        ResponseStatus::NotStarted => "not started".to_string(),
    }
}

/// "1 commitment", "2 check-ins".
fn counted(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// The page for `#/restore/<code>`.
#[component]
pub fn RestorePage(code: String) -> impl IntoView {
    set_title("Restore an assessment");
    let decoded = match AssessmentCode::decode(code_in(&code)) {
        Ok(d) => d,
        Err(e) => {
            return view! {
                <h1 tabindex="-1" class="page-title">"This link cannot be used"</h1>
                <p class="notice notice-error" role="alert" id="restore-problem">{e.to_string()}</p>
                <p>"Nothing was changed in this browser. Copy the link again, whole, from where it was kept, or restore from a backup file on the home page."</p>
                <p><a class="button" href=Route::Home.href()>"Go to your assessments"</a></p>
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
    let manager = incoming.display_name(Rater::Manager);
    let sent_back = matches!(plan, RestorePlan::CompleteManagersCopy);
    let title = if sent_back {
        format!("{leader}'s comparison, sent back to you")
    } else {
        format!("{leader}'s assessment")
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
            <dt>"Leader"</dt><dd>{leader.clone()}</dd>
            <dt>"Manager"</dt><dd>{incoming.manager.clone().unwrap_or_else(|| "not named".into())}</dd>
            {incoming.cycle.clone().map(|c| view! { <dt>"Cycle"</dt><dd>{c}</dd> })}
            <dt>"Started"</dt><dd>{format::date(crate::web::language::t().language(), incoming.created_at, local_offset_minutes())}</dd>
            <dt>"Self-assessment"</dt><dd>{status_words(incoming.status(Rater::Leader, instrument))}</dd>
            <dt>{format!("{manager}'s rating")}</dt><dd>{status_words(incoming.status(Rater::Manager, instrument))}</dd>
            <dt>"Reflections"</dt><dd>{if reflections == 0 { "none".to_string() } else { format!("{reflections} answered") }}</dd>
            <dt>"Action plan"</dt><dd>{if plan_count == 0 {
                "none".to_string()
            } else {
                format!(
                    "{}, {}",
                    counted(plan_count, "commitment", "commitments"),
                    counted(check_ins, "check-in", "check-ins")
                )
            }}</dd>
            {incoming.previous_cycle.is_some().then(|| view! { <dt>"Previous cycle"</dt><dd>"linked (restore that cycle's link too to see progress)"</dd> })}
            {incoming.cohort.as_ref().map(|c| view! { <dt>"Cohort"</dt><dd>{c.name.clone()}</dd> })}
            <dt>"Question set"</dt><dd>{format!("{} (version {})", instrument.name, instrument.version)}</dd>
        </dl>
    };
    let error = RwSignal::new(None::<String>);
    let incoming = StoredValue::new(incoming);

    let restore = move |_| {
        let a = incoming.get_value();
        // A trainer's question set first: the record refers to it.
        if let Err(e) = storage::instruments::keep(instrument) {
            error.set(Some(format!("The question set could not be kept: {e}")));
            return;
        }
        match storage::records::create(&a) {
            Ok(()) => navigate(&opened_at(&a)),
            Err(e) => error.set(Some(e.to_string())),
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
            Err(e) => error.set(Some(e.to_string())),
        }
    };
    let open_here = here.as_ref().map(|h| match h.remote {
        Some(Remote::Answering { .. }) if !h.both_submitted() => Route::Home,
        _ => opened_at(h),
    });
    let open_label = if here.as_ref().is_some_and(Assessment::both_submitted) {
        "Open the report"
    } else {
        "Go to your assessments"
    };
    let actions = match plan {
        RestorePlan::Add => view! {
            <p>"This browser does not hold this assessment yet. Restore adds it here; nothing else is changed."</p>
            <p><button type="button" class="button primary" id="restore" on:click=restore>"Restore"</button></p>
        }
        .into_any(),
        RestorePlan::CompleteManagersCopy => view! {
            <p>{format!("{leader} has both sides and sent the comparison back. Add it to your copy to see the same report on this device; your own answers stay exactly as you sent them.")}</p>
            <p><button type="button" class="button primary" id="restore" on:click=complete>"Open the report for both of you"</button></p>
        }
        .into_any(),
        RestorePlan::AlreadyHere => view! {
            <p class="notice" role="status" id="restore-already">"This assessment is already in this browser, exactly as in the link. Nothing was changed."</p>
            <p><a class="button primary" href=open_here.unwrap_or(Route::Home).href()>{open_label}</a></p>
        }
        .into_any(),
        RestorePlan::KeptHere { difference } => view! {
            <p class="notice" role="status" id="restore-kept">
                "This browser already holds this assessment, and it differs from the link. "{difference}
                " Nothing was changed: restoring never replaces what is kept here, as when importing a backup. "
                "To use the link's copy instead, delete the one here first (download it as a file if you may need it)."
            </p>
            <p><a class="button primary" href=open_here.unwrap_or(Route::Home).href()>{open_label}</a></p>
        }
        .into_any(),
        RestorePlan::UnreadableHere => view! {
            <p class="notice notice-error" role="alert" id="restore-unreadable">
                "This browser holds a record under the same id that this version cannot read. It was left untouched, and nothing was added. "
                "Download its saved text from the home page first, then delete it there to restore this link."
            </p>
            <p><a class="button" href=Route::Home.href()>"Go to your assessments"</a></p>
        }
        .into_any(),
    };
    view! {
        <h1 tabindex="-1" class="page-title">{title}</h1>
        <p class="lead">"This link holds a whole assessment: names, both sides' answers, priorities and reflections, the action plan. Anyone who holds it can read all of that."</p>
        {facts}
        {actions}
        <p class="field-error" role="alert">{move || error.get()}</p>
    }
    .into_any()
}
