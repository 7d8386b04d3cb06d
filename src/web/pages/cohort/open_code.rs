//! A participant's code opened as a link on the trainer's device (e.g.
//! scanned from the participant's screen): it is added to the matching
//! cohort in this browser, or the page explains why it cannot be.

use crate::domain::formats::cohort_gather::{add_code, Outcome};
use crate::domain::formats::route::Route;
use crate::domain::formats::share::cohort::CohortCode;
use crate::domain::formats::share::envelope::code_in;
use crate::domain::records::cohort::Cohort;
use crate::web::state::set_title;
use crate::web::storage::records;
use leptos::prelude::*;

/// The page for `#/cohort-code/<code>`.
#[component]
pub fn OpenCohortCodePage(code: String) -> impl IntoView {
    set_title("Add a cohort code");
    let code = code_in(&code).to_string();
    let result: Result<(String, String, Outcome), String> = (|| {
        let decoded = CohortCode::decode(&code).map_err(|e| e.to_string())?;
        let here = records::load::<Cohort>(&decoded.cohort_id).map_err(|_| {
            "This is a participant's anonymous cohort code, but its cohort is not in this browser. Open it (or paste it) on the device where the trainer created the cohort.".to_string()
        })?;
        let (cohort, outcome) = records::update::<Cohort, _>(&here.id, |c| add_code(c, &code))
            .map_err(|e| format!("Nothing was gathered: {e}"))?;
        Ok((cohort.id, cohort.name, outcome))
    })();
    match result {
        Err(message) => view! {
            <h1 tabindex="-1" class="page-title">"This code was not added"</h1>
            <p class="notice notice-error" role="alert">{message}</p>
            <p><a class="button" href=Route::Home.href()>"Go to the home page"</a></p>
        }
        .into_any(),
        Ok((id, name, outcome)) => {
            let (ok, text) = match outcome {
                Outcome::Added => (true, format!("Added to “{name}”.")),
                Outcome::Updated => (true, format!("This participant shared again: their newer answers replace the earlier ones in “{name}”.")),
                Outcome::Duplicate => (true, format!("This code is already in “{name}”; nothing changed.")),
                Outcome::Rejected(reason) => (false, format!("Not added to “{name}”: {reason}.")),
            };
            view! {
                <h1 tabindex="-1" class="page-title">{if ok { "Cohort code received" } else { "This code was not added" }}</h1>
                <p class="notice" class:notice-error=!ok role="status">{text}</p>
                <p><a class="button primary" href=Route::Cohort { cohort: id }.href()>"Open the cohort"</a></p>
            }
            .into_any()
        }
    }
}
