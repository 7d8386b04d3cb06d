//! On the manager's device after submitting: the response to send back as a
//! link, a QR code or a file.

use crate::domain::formats::exchange::response_code_for;
use crate::domain::formats::files::{file_name, response_file};
use crate::domain::formats::route::Route;
use crate::domain::formats::share::message;
use crate::domain::records::response::Rater;
use crate::web::components::share_button::ShareButton;
use crate::web::components::share_link::ShareLink;
use crate::web::files::{app_base_url, download};
use crate::web::language::t;
use crate::web::pages::load_problem::open_or_explain;
use crate::web::state::set_title;
use crate::web::web_share::Shareable;
use leptos::prelude::*;

/// The page for `#/a/<id>/respond`.
#[component]
pub fn RespondPage(id: String) -> impl IntoView {
    let (assessment, _) = match open_or_explain(&id) {
        Ok(opened) => opened,
        Err(problem) => return problem,
    };
    set_title(t().respond_title());
    let leader = assessment.leader.clone();
    let code = match response_code_for(&assessment) {
        Ok(c) => c,
        Err(e) => {
            return view! {
                <h1 tabindex="-1" class="page-title">{t().respond_nothing_yet()}</h1>
                <p class="notice" role="status">{e.describe(t())}</p>
                <p><a class="button primary" href=Route::Home.href()>{t().shell_go_to_assessments()}</a></p>
            }
            .into_any();
        }
    };
    let text = match code.encode() {
        Ok(t) => t,
        Err(e) => {
            return view! { <p class="notice notice-error" role="alert">{e.describe(t())}</p> }
                .into_any()
        }
    };
    let link = format!(
        "{}{}",
        app_base_url(),
        Route::OpenResponse { code: text.clone() }.href()
    );
    let file = response_file(&text, &assessment, t());
    let name = file_name(
        &[
            "align180-response",
            &leader,
            assessment.cycle.as_deref().unwrap_or(""),
        ],
        "json",
    );
    let error = RwSignal::new(None::<String>);
    let shareable = Shareable::File {
        title: t().respond_file_title(&leader),
        text: message::response(t(), &assessment.display_name(Rater::Manager, t()), &leader),
        name: name.clone(),
        mime: "application/json",
        contents: file.clone(),
    };
    let save_file = move |_| error.set(download(&name, "application/json", &file).err());
    let manager = assessment.display_name(Rater::Manager, t());
    view! {
        <h1 tabindex="-1" class="page-title">{t().respond_heading(&manager, &leader)}</h1>
        <p class="lead">{t().respond_lead(&leader)}</p>
        <ShareLink link=link label=t().respond_link_label() carries=t().respond_link_carries().to_string()
            message=message::response(t(), &manager, &leader)/>
        <div class="actions">
            <button type="button" class="button" id="download-response" on:click=save_file>{t().respond_download()}</button>
            <ShareButton what=shareable label=t().share_the_file() id="share-file"/>
        </div>
        <p class="field-error" role="alert">{move || error.get()}</p>
        <p class="hint">{t().respond_copy_stays()}</p>
        <p><a class="button" href=Route::Home.href()>{t().shell_go_to_assessments()}</a></p>
    }
    .into_any()
}
