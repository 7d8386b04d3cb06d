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
    set_title("Send your response");
    let leader = assessment.leader.clone();
    let code = match response_code_for(&assessment) {
        Ok(c) => c,
        Err(e) => {
            return view! {
                <h1 tabindex="-1" class="page-title">"No response to send yet"</h1>
                <p class="notice" role="status">{e.to_string()}</p>
                <p><a class="button primary" href=Route::Home.href()>"Go to your assessments"</a></p>
            }
            .into_any();
        }
    };
    let text = match code.encode() {
        Ok(t) => t,
        Err(e) => {
            return view! { <p class="notice notice-error" role="alert">{e.to_string()}</p> }
                .into_any()
        }
    };
    let link = format!(
        "{}{}",
        app_base_url(),
        Route::OpenResponse { code: text.clone() }.href()
    );
    let file = response_file(&text, &assessment);
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
        title: format!("Align 180: response for {leader}"),
        text: message::response(&assessment.display_name(Rater::Manager), &leader),
        name: name.clone(),
        mime: "application/json",
        contents: file.clone(),
    };
    let save_file = move |_| error.set(download(&name, "application/json", &file).err());
    let manager = assessment.display_name(Rater::Manager);
    view! {
        <h1 tabindex="-1" class="page-title">{format!("Thank you, {manager}: send your response to {leader}")}</h1>
        <p class="lead">{format!("Send {leader} this link, or the file below. When {leader} opens it, your answers are placed beside theirs and the report opens on their device; then they send you the comparison back, and it opens here too.")}</p>
        <ShareLink link=link label="Response link" carries="your ratings, priorities and reflections about the leader".to_string()
            message=message::response(&manager, &leader)/>
        <div class="actions">
            <button type="button" class="button" id="download-response" on:click=save_file>"Download the response file"</button>
            <ShareButton what=shareable label="Share the file…" id="share-file"/>
        </div>
        <p class="field-error" role="alert">{move || error.get()}</p>
        <p class="hint">"A copy of your answers stays in this browser; you can come back to this page from the home page."</p>
        <p><a class="button" href=Route::Home.href()>"Go to your assessments"</a></p>
    }
    .into_any()
}
