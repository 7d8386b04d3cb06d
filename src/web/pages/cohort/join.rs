//! A cohort link opened by a participant: names the cohort, lists any
//! assessment already started from it in this browser, and starts a new one
//! tagged with the cohort. It shows under the cohort link's opening
//! ([`crate::web::pages::way_in`]), which says what the trainer sees, so
//! its headings are `<h2>`.

use crate::domain::formats::route::Route;
use crate::domain::formats::share::cohort::CohortLink;
use crate::domain::formats::share::envelope::code_in;
use crate::domain::formats::share::ShareError;
use crate::domain::records::assessment::Assessment;
use crate::domain::records::cohort::Membership;
use crate::domain::records::response::Rater;
use crate::domain::sets::instrument::Instrument;
use crate::web::browser::random_nonce;
use crate::web::handoff::after_checking;
use crate::web::language::t;
use crate::web::pages::load_problem::{AskAgain, LinkProblem};
use crate::web::pages::start::StartForm;
use crate::web::state::set_title;
use crate::web::storage;
use leptos::prelude::*;

/// The page for `#/join/<code>`.
#[component]
pub fn JoinCohortPage(code: String) -> impl IntoView {
    let link = match CohortLink::decode(code_in(&code)) {
        Ok(link) => link,
        // A trainer's set inside: checked first (the checker is not part
        // of this page's piece), then this page again.
        Err(ShareError::SetToLearn(carried)) => {
            return after_checking(carried, code, |code| {
                view! { <JoinCohortPage code=code/> }.into_any()
            });
        }
        Err(e) => {
            set_title(t().join_not_usable_title());
            return view! {
                <LinkProblem heading=t().join_not_usable() error=e ask=AskAgain::Trainer under_opening=true/>
            }
            .into_any();
        }
    };
    set_title(&t().join_title(&link.name));
    let earlier: Vec<_> = storage::records::readable::<Assessment>()
        .into_iter()
        .filter(|a| {
            a.cohort
                .as_ref()
                .is_some_and(|c| c.cohort_id == link.cohort_id && c.nonce == link.nonce)
        })
        .collect();
    // In the reader's language when the set has it (the new assessment
    // keeps only the set's id and version).
    let instrument: &'static Instrument = crate::web::shown::shown_instrument(link.instrument);
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
                        t().join_share_it(),
                    )
                } else {
                    (
                        a.resume_route(Rater::Leader, instrument).href(),
                        t().join_resume_it(),
                    )
                };
                view! { <li>{a.leader.clone()}" · "<a href=href>{action}</a></li> }
            })
            .collect_view();
        view! {
            <div class="notice">
                <p>{t().join_already_started()}</p>
                <ul>{items}</ul>
                <p>{t().join_or_new()}</p>
            </div>
        }
    });
    let membership = Membership::join(&link, random_nonce());
    view! {
        <h2>{t().join_heading(&link.name)}</h2>
        {earlier_list}
        <StartForm instrument=instrument cohort=Some(membership)/>
    }
    .into_any()
}
