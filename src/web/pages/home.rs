//! The home page: what Align 180 is, the way to start, and every assessment
//! saved in this browser, to resume, view or delete (the list and the tools
//! are in a piece: [`crate::web::pages::home_list`]).

use crate::domain::formats::route::Route;
use crate::web::language::t;
use crate::web::loading::{lazy_page, PAGE_WORDS};
use crate::web::pages::home_list::nothing_yet;
use crate::web::state::set_title;
use crate::web::storage;
use crate::web::tools::{home_list, home_tools};
use leptos::prelude::*;

/// The home page.
#[component]
pub fn HomePage() -> impl IntoView {
    set_title(t().home_title());
    // Imports and deletions move it; the list (with the tools, in a piece)
    // lists again.
    let changes = RwSignal::new(0_u32);
    let refresh = move || changes.update(|n| *n += 1);
    let returning = storage::holds_anything();
    // Once listed, the list stays (it lists again itself).
    let listed = Memo::new(move |_| returning || changes.get() > 0);
    // The trainer, import and data tools download on demand: at once for a
    // browser that already holds something, on a click for a first visit
    // (whose first question does not wait for them).
    let tools = RwSignal::new(returning);
    let open_tools = move |_| {
        tools.set(true);
        // Once they are here, the paste field takes focus (and scrolls into
        // view): at once if they are, or as the import panel mounts.
        if !crate::web::browser::focus("#paste-code") {
            crate::web::state::shared().focus_paste.set(true);
        }
    };
    let open_tools = Callback::new(open_tools);
    view! {
        <section class="welcome" aria-labelledby="welcome-title">
            <div>
                <p class="eyebrow">{t().home_eyebrow()}</p>
                <h1 id="welcome-title" tabindex="-1" class="page-title">"Align 180"</h1>
                <p class="lead intro">{t().home_intro()}</p>
                <div class="actions">
                    <a class="button primary" href=Route::Start.href()>{t().home_start()}</a>
                    // Not a #fragment link: the address after # is the page's own.
                    <button type="button" class="button" id="open-tools" on:click=move |_| open_tools.run(())>{t().home_open_link_or_file()}</button>
                </div>
            </div>
            <ul class="promise-list">
                <li><strong>{t().home_promise_private_lead()}" "</strong>{t().home_promise_private_rest()}</li>
                <li><strong>{t().home_promise_shared_lead()}" "</strong>{t().home_promise_shared_rest()}</li>
                <li><strong>{t().home_promise_time_lead()}" "</strong>{t().home_promise_time_rest()}</li>
            </ul>
        </section>
        <section aria-labelledby="assessments-heading" class="assessments">
            <h2 id="assessments-heading">{t().home_title()}</h2>
            {move || if listed.get() {
                lazy_page(move || home_list(changes, open_tools), false, PAGE_WORDS)
            } else {
                nothing_yet(open_tools).into_any()
            }}
        </section>
        {move || if tools.get() {
            lazy_page(move || home_tools(Callback::new(move |_| refresh())), false, PAGE_WORDS)
        } else {
            view! {
                <section class="section-block more-tools" aria-label=t().home_more_label()>
                    <div class="actions">
                        <button type="button" class="button" on:click=move |_| open_tools.run(())>{t().home_open_link_or_file()}</button>
                        <button type="button" class="button" on:click=move |_| open_tools.run(())>{t().home_for_trainers()}</button>
                        <button type="button" class="button" on:click=move |_| open_tools.run(())>{t().home_your_data()}</button>
                    </div>
                </section>
            }
            .into_any()
        }}
    }
}
