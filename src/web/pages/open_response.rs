//! A response link (or file) opened on the leader's device: a preview of who
//! answered, when and for which assessment; then, on confirmation, the
//! response is attached and the report opens. Nothing is written before the
//! leader confirms, and importing the same response twice changes nothing.

use crate::domain::base::format;
use crate::domain::formats::exchange::{
    assessment_from_response, attach_response, plan_import, ImportPlan,
};
use crate::domain::formats::route::Route;
use crate::domain::formats::share::envelope::code_in;
use crate::domain::formats::share::response::ResponseCode;
use crate::domain::records::assessment::Assessment;
use crate::domain::records::response::Rater;
use crate::web::browser::now_ms;
use crate::web::language::t;
use crate::web::pages::load_problem::LoadProblem;
use crate::web::pages::load_problem::{AskAgain, LinkProblem};
use crate::web::router::navigate;
use crate::web::state::set_title;
use crate::web::storage::{self, StorageError};
use leptos::prelude::*;

/// A time as people read it, in the app's language and this device's time
/// zone: "12 March 2027, 14:05".
pub fn local_time(ms: u64) -> String {
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms as f64));
    let offset = -(date.get_timezone_offset() as i32);
    let day = format::date(t().language(), ms, offset);
    let minute = format!("{:02}", date.get_minutes());
    t().open_response_time(&day, &date.get_hours(), &minute)
}

/// Where to go once a response is attached.
fn after_import(a: &Assessment) -> Route {
    if a.both_submitted() {
        Route::Reveal {
            assessment: a.id.clone(),
        }
    } else {
        Route::Report {
            assessment: a.id.clone(),
        }
    }
}

/// The page for `#/response/<code>`.
#[component]
pub fn OpenResponsePage(code: String) -> impl IntoView {
    set_title(t().open_response_title());
    let response = match ResponseCode::decode(code_in(&code)) {
        Ok(r) => r,
        Err(e) => {
            return view! {
                <LinkProblem heading=t().open_response_not_usable() error=e ask=AskAgain::Manager/>
            }
            .into_any();
        }
    };
    let existing = match storage::records::load::<Assessment>(&response.assessment_id) {
        Ok(a) => Some(a),
        Err(StorageError::NotFound) => None,
        Err(error) => return view! { <LoadProblem error=error/> }.into_any(),
    };
    let plan = plan_import(existing.as_ref(), &response);
    let who = response
        .manager
        .clone()
        .or_else(|| {
            existing
                .as_ref()
                .map(|a| a.display_name(Rater::Manager, t()))
        })
        .unwrap_or_else(|| t().open_response_the_manager().to_string());
    let when = local_time(response.response.submitted_at.unwrap_or_default());
    let about = match &existing {
        Some(a) => match &a.cycle {
            Some(c) => t().open_response_about_cycle(&a.leader, c),
            None => t().open_response_about(&a.leader),
        },
        None => t().open_response_about_unknown().to_string(),
    };
    let rated = response.response.ratings.len();
    let error = RwSignal::new(None::<String>);
    let response = StoredValue::new(response);
    let existing = StoredValue::new(existing);

    let attach = move |_| {
        let Some(id) = existing.with_value(|a| a.as_ref().map(|a| a.id.clone())) else {
            return;
        };
        match storage::records::update::<Assessment, _>(&id, |a| {
            response.with_value(|r| attach_response(a, r))
        })
        .map(|(saved, _)| saved)
        {
            Ok(a) => navigate(&after_import(&a)),
            Err(e) => error.set(Some(e.describe(t()))),
        }
    };

    let actions = match plan {
        ImportPlan::Unknown => {
            let leader = RwSignal::new(String::new());
            let create = move |ev: leptos::ev::SubmitEvent| {
                ev.prevent_default();
                let created = response.with_value(|r| assessment_from_response(r, &leader.get_untracked(), now_ms()));
                match created {
                    Err(e) => error.set(Some(e.describe(t()))),
                    Ok(a) => match storage::records::create(&a) {
                        Ok(()) => navigate(&after_import(&a)),
                        Err(e) => error.set(Some(e.describe(t()))),
                    },
                }
            };
            view! {
                <p>{t().open_response_unknown()}</p>
                <form on:submit=create class="inline-form">
                    <div class="field">
                        <label for="new-leader-name">{t().open_response_your_name()}</label>
                        <input id="new-leader-name" type="text" maxlength="80" on:input=move |ev| leader.set(event_target_value(&ev))/>
                    </div>
                    <button type="submit" class="button primary">{t().open_response_keep_new()}</button>
                </form>
            }
            .into_any()
        }
        ImportPlan::OwnResponse => view! {
            <p>{t().open_response_own()}</p>
            <p><a class="button primary" href=Route::Respond { assessment: response.with_value(|r| r.assessment_id.clone()) }.href()>{t().open_response_show_own()}</a></p>
        }
        .into_any(),
        ImportPlan::AlreadyAttached => {
            let target = existing.with_value(|a| a.as_ref().map(after_import)).unwrap_or(Route::Home);
            view! {
                <p class="notice" role="status" id="already-imported">{t().open_response_already()}</p>
                <p><a class="button primary" href=target.href()>{t().open_response_open_report()}</a></p>
            }
            .into_any()
        }
        ImportPlan::Attach { other_invitation } => view! {
            {other_invitation.then(|| view! {
                <p class="notice">{t().open_response_other_invitation()}" "{t().open_response_attach_only_if()}</p>
            })}
            <p><button type="button" class="button primary" id="attach-response" on:click=attach>{t().open_response_add(&who)}</button></p>
        }
        .into_any(),
        ImportPlan::Replace { other_invitation } => {
            let previous = existing
                .with_value(|a| a.as_ref().and_then(|a| a.manager_response.as_ref()).and_then(|r| r.submitted_at))
                .map(local_time)
                .unwrap_or_else(|| t().open_response_earlier().to_string());
            view! {
                {other_invitation.then(|| view! {
                    <p class="notice">{t().open_response_other_invitation()}</p>
                })}
                <div class="confirm" role="alertdialog" aria-label=t().open_response_replace_label()>
                    <p>{t().open_response_replace(&previous)}</p>
                    <button type="button" class="button danger" id="replace-response" on:click=attach>{t().open_response_replace_it()}</button>
                    <a class="button" href=Route::Home.href()>{t().open_response_keep_current()}</a>
                </div>
            }
            .into_any()
        }
    };

    view! {
        <h1 tabindex="-1" class="page-title">{t().open_response_heading(&who)}</h1>
        <dl class="facts preview">
            <dt>{t().open_response_from()}</dt><dd>{who.clone()}</dd>
            <dt>{t().open_response_submitted()}</dt><dd>{when}</dd>
            <dt>{t().open_response_about_label()}</dt><dd>{about}</dd>
            <dt>{t().open_response_contents()}</dt><dd>{t().open_response_contents_text(rated)}</dd>
        </dl>
        {actions}
        <p class="field-error" role="alert">{move || error.get()}</p>
    }
    .into_any()
}
