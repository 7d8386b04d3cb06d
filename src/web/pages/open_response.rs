//! A response link (or file) opened on the leader's device: a preview of who
//! answered, when and for which assessment; then, on confirmation, the
//! response is attached and the report opens. Nothing is written before the
//! leader confirms, and importing the same response twice changes nothing.

use crate::domain::formats::exchange::{
    assessment_from_response, attach_response, plan_import, ImportPlan,
};
use crate::domain::formats::route::Route;
use crate::domain::formats::share::envelope::code_in;
use crate::domain::formats::share::response::ResponseCode;
use crate::domain::records::assessment::Assessment;
use crate::domain::records::response::Rater;
use crate::web::browser::now_ms;
use crate::web::pages::load_problem::LinkProblem;
use crate::web::pages::load_problem::LoadProblem;
use crate::web::router::navigate;
use crate::web::state::set_title;
use crate::web::storage::{self, StorageError};
use leptos::prelude::*;

/// A time as people read it, in the browser's locale.
pub fn local_time(ms: u64) -> String {
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms as f64));
    String::from(date.to_locale_string("default", &wasm_bindgen::JsValue::UNDEFINED))
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
    set_title("Response from the manager");
    let response = match ResponseCode::decode(code_in(&code)) {
        Ok(r) => r,
        Err(e) => {
            return view! {
                <LinkProblem heading="This response cannot be used" error=e
                    ask="Ask the manager to send the link again, copied whole, or to send the response file."/>
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
        .or_else(|| existing.as_ref().map(|a| a.display_name(Rater::Manager)))
        .unwrap_or_else(|| "The manager".to_string());
    let when = local_time(response.response.submitted_at.unwrap_or_default());
    let about = match &existing {
        Some(a) => match &a.cycle {
            Some(c) => format!("for {}'s assessment ({c})", a.leader),
            None => format!("for {}'s assessment", a.leader),
        },
        None => "for an assessment this browser does not have".to_string(),
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
            Err(e) => error.set(Some(e.to_string())),
        }
    };

    let actions = match plan {
        ImportPlan::Unknown => {
            let leader = RwSignal::new(String::new());
            let create = move |ev: leptos::ev::SubmitEvent| {
                ev.prevent_default();
                let created = response.with_value(|r| assessment_from_response(r, &leader.get_untracked(), now_ms()));
                match created {
                    Err(e) => error.set(Some(e.to_string())),
                    Ok(a) => match storage::records::create(&a) {
                        Ok(()) => navigate(&after_import(&a)),
                        Err(e) => error.set(Some(e.to_string())),
                    },
                }
            };
            view! {
                <p>"This browser has no assessment for this response: it may have been made in another browser, or deleted here. You can still keep it as a new assessment, take your self-assessment, and compare."</p>
                <form on:submit=create class="inline-form">
                    <div class="field">
                        <label for="new-leader-name">"Your name (the leader)"</label>
                        <input id="new-leader-name" type="text" maxlength="80" on:input=move |ev| leader.set(event_target_value(&ev))/>
                    </div>
                    <button type="submit" class="button primary">"Keep it as a new assessment"</button>
                </form>
            }
            .into_any()
        }
        ImportPlan::OwnResponse => view! {
            <p>"This browser is where this response was made. Send the link or file to the leader; they open it in their own browser."</p>
            <p><a class="button primary" href=Route::Respond { assessment: response.with_value(|r| r.assessment_id.clone()) }.href()>"Show the response to send"</a></p>
        }
        .into_any(),
        ImportPlan::AlreadyAttached => {
            let target = existing.with_value(|a| a.as_ref().map(after_import)).unwrap_or(Route::Home);
            view! {
                <p class="notice" role="status" id="already-imported">"This response is already in this browser. Nothing was changed."</p>
                <p><a class="button primary" href=target.href()>"Open the report"</a></p>
            }
            .into_any()
        }
        ImportPlan::Attach { other_invitation } => view! {
            {other_invitation.then(|| view! {
                <p class="notice">"This response answers an earlier or different invitation for this assessment. Attach it only if it is the one you expect."</p>
            })}
            <p><button type="button" class="button primary" id="attach-response" on:click=attach>{format!("Add {who}'s response")}</button></p>
        }
        .into_any(),
        ImportPlan::Replace { other_invitation } => {
            let previous = existing
                .with_value(|a| a.as_ref().and_then(|a| a.manager_response.as_ref()).and_then(|r| r.submitted_at))
                .map(local_time)
                .unwrap_or_else(|| "earlier".into());
            view! {
                {other_invitation.then(|| view! {
                    <p class="notice">"This response answers an earlier or different invitation for this assessment."</p>
                })}
                <div class="confirm" role="alertdialog" aria-label="Replace the manager's response?">
                    <p>{format!("This assessment already has a different response from the manager (submitted {previous}). Replace it with this one? The earlier one will be gone.")}</p>
                    <button type="button" class="button danger" id="replace-response" on:click=attach>"Replace it"</button>
                    <a class="button" href=Route::Home.href()>"Keep the current one"</a>
                </div>
            }
            .into_any()
        }
    };

    view! {
        <h1 tabindex="-1" class="page-title">{format!("Response from {who}")}</h1>
        <dl class="facts preview">
            <dt>"From"</dt><dd>{who.clone()}</dd>
            <dt>"Submitted"</dt><dd>{when}</dd>
            <dt>"About"</dt><dd>{about}</dd>
            <dt>"Contents"</dt><dd>{format!("{rated} behaviours answered, priorities and reflections")}</dd>
        </dl>
        {actions}
        <p class="field-error" role="alert">{move || error.get()}</p>
    }
    .into_any()
}
