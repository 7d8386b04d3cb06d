//! An invitation link opened on the manager's device: who is asking and why,
//! then the manager's own copy of the assessment to rate. It shows under the
//! invitation's opening ([`crate::web::pages::way_in`]), so its headings are
//! `<h2>`.

use crate::domain::formats::exchange::assessment_from_invitation;
use crate::domain::formats::route::Route;
use crate::domain::formats::share::envelope::code_in;
use crate::domain::formats::share::invitation::Invitation;
use crate::domain::formats::share::ShareError;
use crate::domain::records::assessment::Assessment;
use crate::domain::records::assessment::Remote;
use crate::domain::records::response::Rater;
use crate::domain::rules::questionnaire::Step;
use crate::web::browser::{focus_in_place, now_ms};
use crate::web::handoff::after_checking;
use crate::web::language::t;
use crate::web::pages::load_problem::{AskAgain, LinkProblem};
use crate::web::router::navigate;
use crate::web::state::{set_title, shared};
use crate::web::storage::{self, StorageError};
use leptos::prelude::*;

/// The page for `#/invite/<code>`.
#[component]
pub fn OpenInvitationPage(code: String) -> impl IntoView {
    set_title(t().invitation_title());
    let invitation = match Invitation::decode(code_in(&code)) {
        Ok(i) => i,
        // A trainer's set inside: checked first (the checker is not part
        // of this page's piece), then this page again.
        Err(ShareError::SetToLearn(carried)) => {
            return after_checking(carried, code, |code| {
                view! { <OpenInvitationPage code=code/> }.into_any()
            });
        }
        Err(e) => {
            return view! {
                <LinkProblem heading=t().invitation_not_usable() error=e ask=AskAgain::Leader under_opening=true/>
            }
            .into_any();
        }
    };
    let leader = invitation.leader.clone();
    let instrument = invitation.instrument;
    let existing = match storage::records::load::<Assessment>(&invitation.assessment_id) {
        Ok(a) => Some(a),
        Err(StorageError::NotFound) => None,
        Err(error) => {
            return view! { <crate::web::pages::load_problem::LoadProblem error=error/> }
                .into_any();
        }
    };
    if let Some(a) = &existing {
        if !matches!(a.remote, Some(Remote::Answering { .. })) {
            return view! {
                <h2>{t().invitation_own_heading()}</h2>
                <p>{t().invitation_own_text(&a.leader)}</p>
                <p><a class="button primary" href=Route::Invite { assessment: a.id.clone() }.href()>{t().invitation_show_again()}</a></p>
            }
            .into_any();
        }
    }
    let continuing = existing.is_some();
    let items = instrument.item_count();
    let asked = match (&invitation.manager, &invitation.cycle) {
        (Some(manager), Some(cycle)) => {
            t().invitation_asked_named_cycle(items, &manager, &leader, &cycle)
        }
        (Some(manager), None) => t().invitation_asked_named(items, &manager, &leader),
        (None, Some(cycle)) => t().invitation_asked_cycle(items, &leader, &cycle),
        (None, None) => t().invitation_asked(items, &leader),
    };
    let start = move |_| {
        let target = match &existing {
            Some(a) => a.resume_route(Rater::Manager, instrument),
            None => {
                let copy = assessment_from_invitation(&invitation, now_ms());
                // A trainer's question set came with the link: keep it, so
                // this assessment opens after a reload.
                // A second click, or another tab, may have made it already: then
                // it is simply resumed.
                match storage::instruments::keep(instrument)
                    .and_then(|()| storage::records::create(&copy))
                {
                    Ok(()) | Err(StorageError::Taken) => {}
                    Err(e) => {
                        shared().save_problem.set(Some(e));
                        return;
                    }
                }
                Route::Questionnaire {
                    assessment: copy.id.clone(),
                    rater: Rater::Manager,
                    step: Step::first().slug(instrument),
                }
            }
        };
        navigate(&target);
    };
    request_animation_frame(|| {
        focus_in_place("#start-rating");
    });
    view! {
        <h2>{t().invitation_heading(&leader)}</h2>
        <p>{asked}" "{t().invitation_not_seen()}</p>
        <ul class="facts-list">
            <li>{t().invitation_saved_here()}</li>
            <li>{t().invitation_send_back(&leader)}</li>
            <li>{t().invitation_private()}</li>
        </ul>
        <p><button type="button" class="button primary" id="start-rating" on:click=start>
            {if continuing { t().invitation_continue(&leader) } else { t().invitation_start(&leader) }}
        </button></p>
    }
    .into_any()
}
