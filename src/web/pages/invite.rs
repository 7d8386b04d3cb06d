//! "Invite my manager": the invitation link, its QR code, and Copy.

use crate::domain::formats::exchange::invitation_for;
use crate::domain::formats::files::{file_name, invitation_file};
use crate::domain::formats::route::Route;
use crate::domain::formats::share::message;
use crate::domain::records::assessment::Assessment;
use crate::domain::records::assessment::Remote;
use crate::domain::records::response::Rater;
use crate::domain::sets::instrument::Instrument;
use crate::domain::sets::registry::QuestionSet;
use crate::web::browser::random_nonce;
use crate::web::components::share_button::ShareButton;
use crate::web::components::share_link::ShareLink;
use crate::web::files::{app_base_url, offer};
use crate::web::language::t;
use crate::web::pages::load_problem::{open_or_explain, LoadProblem};
use crate::web::state::set_title;
use crate::web::storage::{self};
use crate::web::web_share::Shareable;
use leptos::prelude::*;

/// The invitation page.
#[component]
pub fn InvitePage(id: String) -> impl IntoView {
    let (mut assessment, shown) = match open_or_explain(&id) {
        Ok(opened) => opened,
        Err(problem) => return problem,
    };
    // The invitation carries the set itself (a trainer's, with its
    // translations), never the words this reader sees.
    let instrument = Instrument::find(&assessment.instrument).unwrap_or(shown);
    set_title(t().invite_title());
    let nonce = match assessment.remote {
        Some(Remote::Inviting { nonce }) => nonce,
        Some(Remote::Answering { .. }) => {
            return view! {
                <h1 tabindex="-1" class="page-title">{t().invite_managers_copy()}</h1>
                <p>{t().invite_managers_copy_text()}</p>
                <p><a class="button" href=Route::Home.href()>{t().shell_go_to_assessments()}</a></p>
            }
            .into_any();
        }
        None => {
            // The nonce is kept, so the same invitation is shown every time
            // (and a nonce set meanwhile in another tab wins).
            let fresh = random_nonce();
            let saved = storage::records::update::<Assessment, _>(&id, |a| {
                if a.remote.is_none() {
                    a.remote = Some(Remote::Inviting { nonce: fresh });
                }
            })
            .map(|(saved, _)| saved);
            match saved {
                Ok(a) => {
                    assessment = a;
                    match assessment.remote {
                        Some(Remote::Inviting { nonce }) => nonce,
                        _ => fresh,
                    }
                }
                Err(error) => return view! { <LoadProblem error=error/> }.into_any(),
            }
        }
    };
    let manager = assessment.display_name(Rater::Manager, t());
    let leader = assessment.leader.clone();
    let body = match invitation_for(&assessment, instrument, nonce).encode() {
        Ok(code) => {
            let code_text = code.clone();
            let link = format!(
                "{}{}",
                app_base_url(),
                Route::OpenInvitation { code }.href()
            );
            let carries = match &assessment.cycle {
                Some(c) => t().invite_carries_cycle(&leader, c),
                None => t().invite_carries(&leader),
            };
            let file = invitation_file(&code_text, &assessment, t());
            let name = file_name(&["align180-invitation", &leader], "json");
            let shareable = Shareable::File {
                title: t().invite_file_title(&leader),
                text: message::invitation(t(), &leader, instrument.item_count()),
                name: name.clone(),
                mime: "application/json",
                contents: file.clone(),
            };
            let save_file = move |_| {
                offer(&name, "application/json", &file);
            };
            view! {
                <ShareLink link=link label=t().invite_link_label() carries=carries
                    message=message::invitation(t(), &leader, instrument.item_count())/>
                <div class="actions">
                    <button type="button" class="button" id="download-invitation" on:click=save_file>{t().invite_download()}</button>
                    <ShareButton what=shareable label=t().share_the_file() id="share-file"/>
                </div>
            }
            .into_any()
        }
        Err(e) => {
            view! { <p class="notice notice-error" role="alert">{e.describe(t())}</p> }.into_any()
        }
    };
    view! {
        <h1 tabindex="-1" class="page-title">{t().invite_heading(&manager)}</h1>
        <p class="lead">
            {t().invite_lead(instrument.item_count(), &manager)}
        </p>
        {body}
        <h2>{t().invite_when_heading()}</h2>
        <p>{t().invite_when_text()}</p>
        <p><a class="button" href=Route::Home.href()>{t().invite_back()}</a></p>
    }
    .into_any()
}
