//! Shown when a page's record or link cannot be used: says why, in plain
//! words, what to do, and that nothing was changed.

use crate::domain::formats::route::Route;
use crate::domain::formats::share::ShareError;
use crate::domain::records::assessment::Assessment;
use crate::domain::sets::instrument::Instrument;
use crate::web::language::t;
use crate::web::shown::shown_instrument;
use crate::web::state::{open_assessment, set_title, Opened};
use crate::web::storage::StorageError;
use leptos::prelude::*;

/// A page's assessment and its question set in the reader's language (for
/// showing: a code that carries the set takes `Instrument::find`'s own), or
/// the page that says why it cannot be opened (every assessment page
/// starts with this).
pub fn open_or_explain(id: &str) -> Result<(Assessment, &'static Instrument), AnyView> {
    match open_assessment(id) {
        Ok(Opened {
            assessment,
            instrument,
        }) => Ok((assessment, shown_instrument(instrument))),
        Err(error) => Err(view! { <LoadProblem error=error/> }.into_any()),
    }
}

/// Explains why an assessment could not be opened (its words are in the
/// core: the questionnaire shows it).
#[component]
pub fn LoadProblem(
    /// What went wrong.
    error: StorageError,
) -> impl IntoView {
    set_title(t().load_problem_title());
    view! {
        <h1 tabindex="-1" class="page-title">{t().load_problem_heading()}</h1>
        <p class="notice notice-error" role="alert">{error.describe(t())}</p>
        <p><a class="button" href="#/">{t().shell_go_to_assessments()}</a></p>
    }
}

/// What to do about a link that cannot be used: whom to ask for it again.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AskAgain {
    /// An invitation: the leader sends it again.
    Leader,
    /// A manager's response: the manager sends it again (or the file).
    Manager,
    /// A cohort link: the trainer.
    Trainer,
    /// A team pulse link: the team leader.
    TeamLeader,
    /// A collector's link: the collector.
    Collector,
}

/// A link (or code) that cannot be used: its problem, and whom to ask for
/// it again. One page for every kind of link.
#[component]
pub fn LinkProblem(
    /// The heading, e.g. "This cohort link cannot be used".
    heading: &'static str,
    /// Why the code was refused.
    error: ShareError,
    /// Whom to ask for it again.
    ask: AskAgain,
    /// Under a link's opening ([`crate::web::pages::way_in::WayInIntro`]),
    /// whose heading is the page's `<h1>`.
    #[prop(optional)]
    under_opening: bool,
) -> impl IntoView {
    let ask = match ask {
        AskAgain::Leader => t().link_problem_ask_leader(),
        AskAgain::Manager => t().link_problem_ask_manager(),
        AskAgain::Trainer => t().link_problem_ask_trainer(),
        AskAgain::TeamLeader => t().link_problem_ask_team_leader(),
        AskAgain::Collector => t().link_problem_ask_collector(),
    };
    view! {
        {if under_opening {
            view! { <h2>{heading}</h2> }.into_any()
        } else {
            view! { <h1 tabindex="-1" class="page-title">{heading}</h1> }.into_any()
        }}
        <p class="notice notice-error" role="alert">{error.describe(t())}</p>
        <p>{ask}" "{t().link_problem_nothing_changed()}</p>
        <p><a class="button" href=Route::Home.href()>{t().link_problem_go_home()}</a></p>
    }
}

/// Shown on the manager's device where a page would take the leader's
/// steps: the leader answers on their own device (its words are in the
/// core: the questionnaire shows it).
#[component]
pub fn NotThisDevice(
    /// The leader's name.
    leader: String,
) -> impl IntoView {
    set_title(t().not_this_device_title());
    view! {
        <h1 tabindex="-1" class="page-title">{t().not_this_device_heading(&leader)}</h1>
        <p id="not-this-device">{t().not_this_device_text(&leader)}</p>
        <p><a class="button" href="#/">{t().shell_go_to_assessments()}</a></p>
    }
}
