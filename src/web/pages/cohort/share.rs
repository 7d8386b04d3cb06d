//! A participant shares their answers anonymously with their cohort: the
//! page says exactly what the code holds, then offers it as a link, a QR
//! code and a file.

use crate::domain::base::thresholds::MIN_GROUP;
use crate::domain::formats::cohort_code::code_for;
use crate::domain::formats::files::{cohort_code_file, file_name};
use crate::domain::formats::route::Route;
use crate::web::components::share_button::ShareButton;
use crate::web::components::share_link::ShareLink;
use crate::web::files::{app_base_url, download};
use crate::web::language::t;
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
    set_title(t().cohort_share_title());
    // The team pulse beside this assessment, if one reached the minimum group.
    let team_picture =
        crate::web::storage::pulses::beside_assessment(&id).and_then(|p| p.picture());
    let code = match code_for(&assessment, team_picture.as_ref())
        .map_err(|e| e.describe(t()).to_string())
        .and_then(|c| {
            c.encode()
                .map(|text| {
                    (
                        c.manager.is_some(),
                        c.team.as_ref().map(|t| t.responses),
                        text,
                    )
                })
                .map_err(|e| e.describe(t()))
        }) {
        Ok(c) => c,
        Err(message) => {
            return view! {
                <h1 tabindex="-1" class="page-title">{t().cohort_share_nothing()}</h1>
                <p class="notice" role="status">{message}</p>
                <p><a class="button" href=Route::Home.href()>{t().cohort_share_go_to_assessments()}</a></p>
            }
            .into_any()
        }
    };
    let (with_manager, team_responses, text) = code;
    let team_line = match team_responses {
        Some(n) => t().cohort_share_contains_team(&n),
        None => t().cohort_share_contains_no_team(&MIN_GROUP),
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
    let file = cohort_code_file(&text, &cohort, crate::web::language::t());
    let name = file_name(&["align180-cohort-code", &cohort], "json");
    let error = RwSignal::new(None::<String>);
    let shareable = Shareable::File {
        title: t().cohort_share_file_title(&cohort),
        text: crate::domain::formats::share::message::cohort_code(t(), &cohort),
        name: name.clone(),
        mime: "application/json",
        contents: file.clone(),
    };
    let save_file = move |_| error.set(download(&name, "application/json", &file).err());
    let manager_line = if with_manager {
        t().cohort_share_contains_manager()
    } else {
        t().cohort_share_contains_no_manager()
    };
    view! {
        <p class="context">{t().cohort_context(&cohort)}</p>
        <h1 tabindex="-1" class="page-title">{t().cohort_share_heading()}</h1>
        <p class="lead">{t().cohort_share_lead()}</p>
        <section class="report-section code-contents" aria-labelledby="contains-heading">
            <h2 id="contains-heading">{t().cohort_share_contains_heading()}</h2>
            <ul id="code-contains">
                <li>{t().cohort_share_contains_ratings()}</li>
                <li>{t().cohort_share_contains_priorities()}</li>
                <li>{manager_line}</li>
                <li id="code-team">{team_line}</li>
                <li>{t().cohort_share_contains_cohort()}</li>
            </ul>
            <p><strong>{t().cohort_share_not_contained_lead()}</strong>" "{t().cohort_share_not_contained()}</p>
        </section>
        <ShareLink link=link label=t().cohort_share_link_label() for_whom=t().cohort_share_link_for() carries=t().cohort_share_link_carries().to_string()
            message=crate::domain::formats::share::message::cohort_code(t(), &cohort)/>
        <div class="actions">
            <button type="button" class="button" id="download-cohort-code" on:click=save_file>{t().cohort_share_download()}</button>
            <ShareButton what=shareable label=t().share_the_file() id="share-file"/>
        </div>
        <p class="field-error" role="alert">{move || error.get()}</p>
        <p><a class="button" href=Route::Profile { assessment: id.clone() }.href()>{t().cohort_share_back()}</a></p>
    }
    .into_any()
}
