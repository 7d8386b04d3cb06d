//! A participant shares their answers anonymously with their cohort: the
//! page says exactly what the code holds, then offers it as a link, a QR
//! code and a file.

use crate::domain::formats::cohort_code::code_for;
use crate::domain::formats::files::{cohort_code_file, file_name};
use crate::domain::formats::route::Route;
use crate::web::components::share_button::ShareButton;
use crate::web::components::share_link::ShareLink;
use crate::web::files::{app_base_url, download};
use crate::web::pages::load_problem::open_or_explain;
use crate::web::state::set_title;
use crate::web::web_share::Shareable;
use leptos::prelude::*;

/// The page for `#/a/<id>/cohort`.
#[component]
pub fn ShareWithCohortPage(id: String) -> impl IntoView {
    let (assessment, _) = match open_or_explain(&id) {
        Ok(opened) => opened,
        Err(problem) => return problem,
    };
    set_title("Share with your cohort");
    // The team pulse beside this assessment, if one reached the minimum group.
    let team_picture =
        crate::web::storage::pulses::beside_assessment(&id).and_then(|p| p.picture());
    let code = match code_for(&assessment, team_picture.as_ref())
        .map_err(|e| e.to_string())
        .and_then(|c| {
            c.encode()
                .map(|text| {
                    (
                        c.manager.is_some(),
                        c.team.as_ref().map(|t| t.responses),
                        text,
                    )
                })
                .map_err(|e| e.to_string())
        }) {
        Ok(c) => c,
        Err(message) => {
            return view! {
                <h1 tabindex="-1" class="page-title">"Nothing to share yet"</h1>
                <p class="notice" role="status">{message}</p>
                <p><a class="button" href=Route::Home.href()>"Go to your assessments"</a></p>
            }
            .into_any()
        }
    };
    let (with_manager, team_responses, text) = code;
    let team_line = match team_responses {
        Some(n) => format!("your team pulse's figures: the team's mean agreement per dimension and how many answered ({n}), never a single team member's answer or comment"),
        None => "nothing from a team pulse (one with at least 3 answers is added when you share again)".to_string(),
    };
    let cohort = assessment
        .cohort
        .as_ref()
        .map(|c| c.name.clone())
        .unwrap_or_default();
    let link = format!(
        "{}{}",
        app_base_url(),
        Route::OpenCohortCode { code: text.clone() }.href()
    );
    let file = cohort_code_file(&text, &cohort);
    let name = file_name(&["align180-cohort-code", &cohort], "json");
    let error = RwSignal::new(None::<String>);
    let shareable = Shareable::File {
        title: format!("Align 180: anonymous code for {cohort}"),
        text: crate::domain::formats::share::message::cohort_code(&cohort),
        name: name.clone(),
        mime: "application/json",
        contents: file.clone(),
    };
    let save_file = move |_| error.set(download(&name, "application/json", &file).err());
    let manager_line = if with_manager {
        "your manager's ratings of you (1–5 or Not observed) and the priorities they chose"
    } else {
        "nothing from your manager: they have not rated you in this assessment (if they do later, you can share again and the new code replaces this one)"
    };
    view! {
        <p class="context">{format!("Cohort: {cohort}")}</p>
        <h1 tabindex="-1" class="page-title">"Share your answers anonymously with your cohort"</h1>
        <p class="lead">"Sharing is your choice. If you share, your trainer adds your code to the cohort's anonymous picture: the dashboard shows the group, never a person, and no behaviour-level detail for fewer than three people."</p>
        <section class="report-section code-contents" aria-labelledby="contains-heading">
            <h2 id="contains-heading">"Exactly what the code contains"</h2>
            <ul id="code-contains">
                <li>"your rating of each behaviour (1–5 or Not observed), with no name attached"</li>
                <li>"the behaviours you chose as priorities"</li>
                <li>{manager_line}</li>
                <li id="code-team">{team_line}</li>
                <li>"which cohort it is for, and a random number so that sharing again replaces your earlier code instead of counting you twice"</li>
            </ul>
            <p><strong>"It does not contain"</strong>" your name, your manager's name, your reflections, your action plan or any dates."</p>
        </section>
        <ShareLink link=link label="Anonymous cohort code" for_whom="your trainer" carries="your ratings and priorities (no names, no reflections)".to_string()
            message=crate::domain::formats::share::message::cohort_code(&cohort)/>
        <div class="actions">
            <button type="button" class="button" id="download-cohort-code" on:click=save_file>"Download the code as a file"</button>
            <ShareButton what=shareable label="Share the file…" id="share-file"/>
        </div>
        <p class="field-error" role="alert">{move || error.get()}</p>
        <p><a class="button" href=Route::Profile { assessment: id.clone() }.href()>"Back to your profile"</a></p>
    }
    .into_any()
}
