//! A member's pulse code opened as a link on the leader's device (e.g.
//! scanned from a member's screen): it is added to the matching pulse in
//! this browser, or the page explains why it cannot be.

use crate::domain::formats::gathering::Outcome;
use crate::domain::formats::pulse_gather::add_code;
use crate::domain::formats::route::Route;
use crate::domain::formats::share::envelope::code_in;
use crate::domain::formats::share::pulse::PulseCode;
use crate::domain::records::pulse::Pulse;
use crate::web::state::set_title;
use crate::web::storage::records;
use leptos::prelude::*;

/// The page for `#/pulse-code/<code>`.
#[component]
pub fn OpenPulseCodePage(code: String) -> impl IntoView {
    set_title("Add a team pulse code");
    let code = code_in(&code).to_string();
    let result: Result<(String, usize, Outcome), String> = (|| {
        let decoded = PulseCode::decode(&code).map_err(|e| e.to_string())?;
        records::load::<Pulse>(&decoded.pulse_id).map_err(|_| {
            "This is a team member's anonymous pulse code, but its team pulse is not in this browser. Open it (or paste it) on the device where the leader started the pulse.".to_string()
        })?;
        let (pulse, outcome) =
            records::update(&decoded.pulse_id, |p: &mut Pulse| add_code(p, &code))
                .map_err(|e| format!("Nothing was gathered: {e}"))?;
        Ok((pulse.id, pulse.members.len(), outcome))
    })();
    match result {
        Err(message) => view! {
            <h1 tabindex="-1" class="page-title">"This code was not added"</h1>
            <p class="notice notice-error" role="alert">{message}</p>
            <p><a class="button" href=Route::Home.href()>"Go to the home page"</a></p>
        }
        .into_any(),
        Ok((id, count, outcome)) => {
            let (ok, text) = match outcome {
                Outcome::Added => (true, format!("Added to your team pulse ({count} so far).")),
                Outcome::Updated => (true, "This team member answered again: their newer answers replace the earlier ones.".to_string()),
                Outcome::Duplicate => (true, "This code is already in your team pulse; nothing changed.".to_string()),
                Outcome::Rejected(reason) => (false, format!("Not added: {reason}.")),
            };
            view! {
                <h1 tabindex="-1" class="page-title">{if ok { "Team pulse code received" } else { "This code was not added" }}</h1>
                <p class="notice" class:notice-error=!ok role="status">{text}</p>
                <p><a class="button primary" href=Route::TeamPulse { pulse: id }.href()>"Open the team pulse"</a></p>
            }
            .into_any()
        }
    }
}
