//! Who made this, and what it does with your data: what Align 180 is, the
//! version and the build, the licence, where the data lives and what is
//! never sent, how to erase it, and where the source is. Linked from every
//! page's footer.

use crate::domain::base::format;
use crate::domain::formats::route::Route;
use crate::web::language::t;
use crate::web::state::set_title;
use leptos::prelude::*;

/// The page for `#/about`.
#[component]
pub fn AboutPage() -> impl IntoView {
    set_title(t().about_title());
    let built = match option_env!("ALIGN180_COMMIT_DATE").filter(|d| !d.is_empty()) {
        Some(date) => t().about_version_built(
            &env!("CARGO_PKG_VERSION"),
            &option_env!("ALIGN180_COMMIT").unwrap_or(t().about_build_unknown()),
            &format::day(t().language(), date),
        ),
        None => t().about_version(&env!("CARGO_PKG_VERSION")),
    };
    view! {
        <h1 tabindex="-1" class="page-title">{t().about_title()}</h1>
        <p class="lead">{t().about_lead()}</p>
        <h2>{t().about_version_heading()}</h2>
        <p id="about-version">{built}</p>
        <h2>{t().about_data_heading()}</h2>
        <p>{t().about_data_text()}</p>
        <h2>{t().about_never_heading()}</h2>
        <p>{t().about_never_text()}</p>
        <h2>{t().about_erase_heading()}</h2>
        <p>{t().about_erase_text()}</p>
        <h2>{t().about_licence_heading()}</h2>
        <p>{t().about_licence_text()}</p>
        <p><a class="button" href=Route::Home.href()>{t().shell_go_to_assessments()}</a></p>
    }
}
