//! A cohort link opened by a participant: names the cohort, lists any
//! assessment already started from it in this browser, and starts a new one
//! tagged with the cohort.

use crate::domain::formats::route::Route;
use crate::domain::formats::share::cohort::CohortLink;
use crate::domain::formats::share::envelope::code_in;
use crate::domain::records::assessment::Assessment;
use crate::domain::records::cohort::Membership;
use crate::domain::records::response::Rater;
use crate::domain::sets::instrument::Instrument;
use crate::web::browser::random_nonce;
use crate::web::pages::load_problem::LinkProblem;
use crate::web::pages::start::StartForm;
use crate::web::state::set_title;
use crate::web::storage;
use leptos::prelude::*;

/// The page for `#/join/<code>`.
#[component]
pub fn JoinCohortPage(code: String) -> impl IntoView {
    let link = match CohortLink::decode(code_in(&code)) {
        Ok(link) => link,
        Err(e) => {
            set_title("Cohort link not usable");
            return view! {
                <LinkProblem heading="This cohort link cannot be used" error=e
                    ask="Ask your trainer for the link again (or scan its QR code)."/>
            }
            .into_any();
        }
    };
    set_title(&format!("Join {}", link.name));
    let earlier: Vec<_> = storage::records::readable::<Assessment>()
        .into_iter()
        .filter(|a| {
            a.cohort
                .as_ref()
                .is_some_and(|c| c.cohort_id == link.cohort_id && c.nonce == link.nonce)
        })
        .collect();
    let instrument: &'static Instrument = link.instrument;
    let earlier_list = (!earlier.is_empty()).then(|| {
        let items = earlier
            .iter()
            .map(|a| {
                let (href, action) = if a.leader_response.is_submitted() {
                    (
                        Route::ShareWithCohort {
                            assessment: a.id.clone(),
                        }
                        .href(),
                        "Share it with the cohort",
                    )
                } else {
                    (
                        a.resume_route(Rater::Leader, instrument).href(),
                        "Resume it",
                    )
                };
                view! { <li>{a.leader.clone()}" · "<a href=href>{action}</a></li> }
            })
            .collect_view();
        view! {
            <div class="notice">
                <p>"You have already started from this link in this browser:"</p>
                <ul>{items}</ul>
                <p>"Or start a new one below."</p>
            </div>
        }
    });
    let membership = Membership::join(&link, random_nonce());
    view! {
        <p class="context">{format!("Cohort: {}", link.name)}</p>
        <h1 tabindex="-1" class="page-title">{format!("Welcome to “{}”", link.name)}</h1>
        // The same size as the form's own opening line below it.
        <p class="lead">
            "Your trainer has invited you to take the Align 180 self-assessment. It stays in this browser: your trainer sees nothing unless, at the end, "
            "you choose to share an anonymous code with ratings and priorities only (no name, no reflections)."
        </p>
        {earlier_list}
        <StartForm instrument=instrument cohort=Some(membership)/>
    }
    .into_any()
}
