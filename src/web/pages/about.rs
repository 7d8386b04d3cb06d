//! Who made this, and what it does with your data: what Align 180 is, the
//! version and the build, the licence, where the data lives and what is
//! never sent, how to erase it, and where the source is. Linked from every
//! page's footer.

use crate::domain::base::format;
use crate::domain::formats::route::Route;
use crate::web::state::set_title;
use leptos::prelude::*;

/// The page for `#/about`.
#[component]
pub fn AboutPage() -> impl IntoView {
    set_title("About Align 180");
    let built = match option_env!("ALIGN180_COMMIT_DATE").filter(|d| !d.is_empty()) {
        Some(date) => format!(
            "Version {} (build {}, {}).",
            env!("CARGO_PKG_VERSION"),
            option_env!("ALIGN180_COMMIT").unwrap_or("unknown"),
            format::day(crate::web::language::t().language(), date)
        ),
        None => format!("Version {}.", env!("CARGO_PKG_VERSION")),
    };
    view! {
        <h1 tabindex="-1" class="page-title">"About Align 180"</h1>
        <p class="lead">
            "A private 180 leadership assessment: a leader and their manager rate how often the leader shows the same leadership behaviours, "
            "then compare the two views side by side and plan the conversation that matters. Trainers can hand it to a cohort as one link, "
            "and leaders can ask their team with an anonymous pulse."
        </p>
        <h2>"This version"</h2>
        <p id="about-version">{built}</p>
        <h2>"Where your data lives"</h2>
        <p>
            "Everything you enter is stored in this browser on this device, and nowhere else. There is no account and no server: "
            "once this page's files have loaded, Align 180 makes no network request."
        </p>
        <h2>"What is never sent"</h2>
        <p>
            "Nothing you enter is sent anywhere by the app: no analytics, no tracking, nothing loaded from other sites. "
            "Data leaves this device only in a link or a file you choose to send. A link keeps its data in the part after “#”, "
            "which browsers never send to a server, but anyone who holds the link can read what it carries."
        </p>
        <h2>"How to erase it"</h2>
        <p>
            "On the home page, under “Your data”, “Erase everything in this browser” removes every assessment, cohort and team pulse Align 180 keeps here "
            "(after asking). Each assessment's card can also delete just that one. Your browser's own “clear site data” removes it too."
        </p>
        <h2>"Licence and source"</h2>
        <p>
            "Align 180 is free software under the MIT licence. It is written in Rust and compiled to WebAssembly; "
            "its source code, with a README that explains how it is built and tested, is in the repository this copy was published from "
            "(whoever gave you this link can point you to it)."
        </p>
        <p><a class="button" href=Route::Home.href()>"Go to your assessments"</a></p>
    }
}
