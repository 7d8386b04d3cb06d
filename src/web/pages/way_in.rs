//! The opening of a page that is a way in (an invitation, a cohort link, a
//! team pulse link): a heading and a lead that name nobody, the same for
//! every link of a kind. The core draws them above the link's page, before
//! its piece has downloaded and while it stays, so the build paints them
//! before the app has even started (`scripts/first-screen.mjs`): a manager
//! on a slow phone reads what the link is about at once, and the page's own
//! words, with the names from the code, follow below without moving them.

use crate::web::language::t;
use leptos::prelude::*;

/// Which way in a link is: who opens it and what they are asked to do.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WayIn {
    /// A leader's invitation, opened by their manager.
    Invitation,
    /// A trainer's cohort link, opened by a participant.
    Cohort,
    /// A team pulse link, opened by a team member.
    Pulse,
}

/// The heading and lead above a link's page. The page under it uses `<h2>`
/// for its own headings: this is the page's one `<h1>`.
#[component]
pub fn WayInIntro(
    /// The kind of link opened.
    kind: WayIn,
) -> impl IntoView {
    let (heading, lead) = match kind {
        WayIn::Invitation => (
            t().way_in_invitation_heading(),
            t().way_in_invitation_lead(),
        ),
        WayIn::Cohort => (t().way_in_cohort_heading(), t().way_in_cohort_lead()),
        WayIn::Pulse => (t().way_in_pulse_heading(), t().way_in_pulse_lead()),
    };
    view! {
        <h1 tabindex="-1" class="page-title">{heading}</h1>
        <p class="lead way-in-lead">{lead}</p>
    }
}
