//! One assessment as a link that holds all of it: the **restore link**, to
//! keep somewhere safe or to open on a new phone (by its QR code), since the
//! browser is the only copy and browsers delete data; and the **comparison
//! sent back** to a manager who answered on their own device, so the report
//! opens there too. One code, two purposes.

use crate::domain::formats::route::Route;
use crate::domain::formats::share::whole::AssessmentCode;
use crate::domain::formats::share::LINK_COMFORT_CHARS;
use crate::domain::sets::registry::QuestionSet;
use crate::web::components::share_link::ShareLink;
use crate::web::files::app_base_url;
use crate::web::language::t;
use crate::web::pages::load_problem::open_or_explain;
use crate::web::state::set_title;
use leptos::prelude::*;

/// The restore link of an assessment, or why there is none.
pub fn restore_link(
    assessment: &crate::domain::records::assessment::Assessment,
) -> Result<String, crate::domain::formats::share::ShareError> {
    let instrument = crate::domain::sets::instrument::Instrument::find(&assessment.instrument)
        .ok_or(crate::domain::formats::share::ShareError::UnknownInstrument)?;
    let code = AssessmentCode {
        instrument,
        assessment: assessment.clone(),
    }
    .encode()?;
    Ok(format!(
        "{}{}",
        app_base_url(),
        Route::Restore { code }.href()
    ))
}

/// The page for `#/a/<id>/keep` and, with `send_back`, `#/a/<id>/send-back`.
#[component]
pub fn KeepCopyPage(
    id: String,
    /// The comparison for the manager's device, not a copy for oneself.
    #[prop(optional)]
    send_back: bool,
) -> impl IntoView {
    let (assessment, _) = match open_or_explain(&id) {
        Ok(opened) => opened,
        Err(problem) => return problem,
    };
    let leader = assessment.leader.clone();
    let manager = assessment.display_name(crate::domain::records::response::Rater::Manager, t());
    if send_back {
        set_title(&t().keep_send_back_heading(&manager));
    } else {
        set_title(&t().keep_title(&leader));
    }
    if send_back && !assessment.both_submitted() {
        return view! {
            <h1 tabindex="-1" class="page-title">{t().keep_no_comparison()}</h1>
            <p class="notice" role="status">{t().keep_no_comparison_text()}</p>
            <p><a class="button" href=Route::Home.href()>{t().shell_go_to_assessments()}</a></p>
        }
        .into_any();
    }
    let link = match restore_link(&assessment) {
        Ok(link) => link,
        Err(e) => {
            return view! {
                <h1 tabindex="-1" class="page-title">{t().keep_no_link()}</h1>
                <p class="notice notice-error" role="alert">{e.describe(t())}</p>
                <p>{t().keep_no_link_text()}</p>
                <p><a class="button" href=Route::Home.href()>{t().shell_go_to_assessments()}</a></p>
            }
            .into_any();
        }
    };
    let long = link.len() > LINK_COMFORT_CHARS;
    let error = RwSignal::new(None::<String>);
    // Written here, not through the tools piece: a piece never names
    // another piece's loader (builds that are not split keep the import).
    let file = crate::domain::formats::files::export(
        std::slice::from_ref(&assessment),
        crate::web::browser::now_ms(),
    );
    let file_name = crate::domain::formats::files::file_name(
        &[
            "align180",
            &assessment.leader,
            assessment.cycle.as_deref().unwrap_or(""),
        ],
        "json",
    );
    let save_file = move |_| {
        error.set(crate::web::files::download(&file_name, "application/json", &file).err());
    };
    let heading = if send_back {
        t().keep_send_back_heading(&manager)
    } else {
        t().keep_heading(&leader)
    };
    let lead = if send_back {
        t().keep_send_back_lead(&manager)
    } else {
        t().keep_lead().to_string()
    };
    let (label, for_whom) = if send_back {
        (t().keep_comparison_link(), t().keep_comparison_for())
    } else {
        (t().keep_restore_link(), t().keep_restore_for())
    };
    let share_message = if send_back {
        crate::domain::formats::share::message::comparison(t(), &leader)
    } else {
        crate::domain::formats::share::message::restore(t(), &leader)
    };
    view! {
        <h1 tabindex="-1" class="page-title">{heading}</h1>
        <p class="lead">{lead}</p>
        {long.then(|| view! {
            <p class="notice" id="restore-long">{t().keep_large()}</p>
        })}
        <ShareLink link=link label=label message=share_message
            carries=t().keep_carries().to_string()
            for_whom=for_whom/>
        <div class="actions">
            <button type="button" class="button" id="download-assessment" on:click=save_file>{t().keep_download()}</button>
            <a class="button" href=Route::Home.href()>{t().shell_go_to_assessments()}</a>
        </div>
        <p class="field-error" role="alert">{move || error.get()}</p>
    }
    .into_any()
}
