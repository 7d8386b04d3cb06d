//! A collector's page: the collector link to send to leaders, keeping the
//! key safe (a backup), the members' sealed codes arriving, and for each
//! leader's pulse how many codes are held (never an answer) and the
//! release of a bundle once at least 3 new members can go out together.

use crate::domain::formats::files::{file_name, pulse_bundle_file};
use crate::domain::formats::route::Route;
use crate::domain::formats::share::bundle::PulseBundle;
use crate::domain::formats::share::collector::CollectorLink;
use crate::domain::records::collector::{CollectedPulse, Collector};
use crate::domain::rules::pulse::collect::MIN_NEW_IN_BUNDLE;
use crate::domain::sets::pulse_set::PulseSet;
use crate::domain::sets::registry::QuestionSet;
use crate::web::browser::random_bytes;
use crate::web::components::share_link::ShareLink;
use crate::web::files::{app_base_url, download};
use crate::web::language::t;
use crate::web::pages::collect::gather::SealedGather;
use crate::web::state::set_title;
use crate::web::storage::records;
use leptos::prelude::*;

/// A shuffle's choice below `n`, from the browser's random source.
fn pick(n: usize) -> usize {
    u32::from_be_bytes(random_bytes()) as usize % n.max(1)
}

/// The page for `#/collector/<id>`.
#[component]
pub fn CollectorPage(id: String) -> impl IntoView {
    let loaded = match records::load::<Collector>(&id) {
        Ok(c) => c,
        Err(e) => {
            set_title(t().collect_unavailable());
            return view! {
                <h1 tabindex="-1" class="page-title">{t().collect_unavailable()}</h1>
                <p class="notice notice-error" role="alert">{e.describe(t())}</p>
                <p><a class="button" href=Route::Home.href()>{t().pulse_go_home()}</a></p>
            }
            .into_any();
        }
    };
    let name = loaded.name.clone();
    set_title(&t().collect_page_title(&name));
    let link = CollectorLink {
        collector: loaded.reference(),
    }
    .encode()
    .map(|code| {
        format!(
            "{}{}",
            app_base_url(),
            Route::OpenCollectorLink { code }.href()
        )
    });
    let collector = RwSignal::new(loaded);
    let backup_problem = RwSignal::new(None::<String>);
    // The backup writer is called directly: this page is itself in a piece.
    let backup = move |_| {
        let made = crate::web::pages::data_panel::offer_backup("align180-collector");
        backup_problem.set(made.err().map(|problem| problem.describe(t())));
    };
    view! {
        <p class="context">{t().collect_context(&name)}</p>
        <h1 tabindex="-1" class="page-title">{t().collect_page_heading()}</h1>
        <p class="lead">{t().collect_page_lead()}</p>
        <section class="report-section" aria-labelledby="link-heading">
            <h2 id="link-heading">{t().collect_link_heading()}</h2>
            <p class="hint">{t().collect_link_hint()}</p>
            {match link {
                Ok(link) => view! {
                    <ShareLink link=link label=t().collect_link_label() for_whom=t().collect_link_for()
                        message=t().message_collector_link(&name) carries=t().collect_link_carries().to_string()/>
                }.into_any(),
                Err(e) => view! { <p class="notice notice-error" role="alert">{e.describe(t())}</p> }.into_any(),
            }}
        </section>
        <section class="report-section" aria-labelledby="key-heading">
            <h2 id="key-heading">{t().collect_key_heading()}</h2>
            <p>{t().collect_key_text()}</p>
            <div class="actions">
                <button type="button" class="button" id="collector-backup" on:click=backup>{t().collect_key_backup()}</button>
            </div>
            <p class="field-error" role="alert">{move || backup_problem.get()}</p>
        </section>
        <SealedGather collector=collector/>
        <section class="report-section" aria-labelledby="release-heading">
            <h2 id="release-heading">{t().collect_release_heading()}</h2>
            <p class="hint">{t().collect_release_hint(&MIN_NEW_IN_BUNDLE)}</p>
            {move || {
                let pulses = collector.with(|c| c.pulses.clone());
                if pulses.is_empty() {
                    return view! { <p id="no-codes-yet">{t().collect_none_yet()}</p> }.into_any();
                }
                view! {
                    <For each=move || collector.with(|c| c.pulses.clone())
                        key=|p: &CollectedPulse| (p.pulse_id.clone(), p.nonce, p.held.len(), p.bundles)
                        children=move |p: CollectedPulse| view! { <HeldPulse pulse=p collector=collector/> }/>
                }
                .into_any()
            }}
        </section>
    }
    .into_any()
}

/// One leader's pulse on the collector's device: counts, never answers.
#[component]
fn HeldPulse(pulse: CollectedPulse, collector: RwSignal<Collector>) -> impl IntoView {
    let held = pulse.held.len();
    let released = pulse.released.len();
    let leader = pulse.leader.clone();
    let set: Option<&'static PulseSet> = PulseSet::find(&pulse.set);
    let problem = RwSignal::new(None::<String>);
    let (pulse_id, nonce) = (pulse.pulse_id.clone(), pulse.nonce);
    let release = move |_| {
        let id = collector.with_untracked(|c| c.id.clone());
        let (pulse_id, nonce) = (pulse_id.clone(), nonce);
        let done = records::update(&id, move |c: &mut Collector| {
            c.pulses
                .iter_mut()
                .find(|p| p.pulse_id == pulse_id && p.nonce == nonce)
                .map(|p| p.release(&mut pick))
        });
        match done {
            // The list is drawn again from the stored copy, with the new bundle.
            Ok((stored, Some(Ok(_)))) => collector.set(stored),
            Ok((_, Some(Err(too_few)))) => problem.set(Some(
                t().collect_release_too_few(too_few.held, &MIN_NEW_IN_BUNDLE),
            )),
            Ok((_, None)) => problem.set(Some(t().collect_release_gone().to_string())),
            Err(e) => problem.set(Some(t().collect_release_not_saved(&e.describe(t())))),
        }
    };
    // The latest bundle, to send (again): shuffled afresh each time it is shown.
    let latest = pulse.latest(&mut pick);
    let bundle_view = latest.zip(set).map(|(released, set)| {
        let code = PulseBundle {
            set,
            pulse_id: pulse.pulse_id.clone(),
            nonce: pulse.nonce,
            released,
        }
        .encode();
        match code {
            Ok(code) => {
                let link = format!("{}{}", app_base_url(), Route::OpenBundle { code: code.clone() }.href());
                let file = pulse_bundle_file(&code, &leader, t());
                let name = file_name(&["align180-team-bundle", &leader], "json");
                let error = RwSignal::new(None::<String>);
                let save = move |_| error.set(download(&name, "application/json", &file).err());
                view! {
                    <ShareLink link=link label=t().collect_bundle_label() for_whom=t().collect_bundle_for()
                        message=t().message_bundle(&leader) carries=t().collect_bundle_carries().to_string()/>
                    <div class="actions">
                        <button type="button" class="button" class:bundle-file=true on:click=save>{t().collect_bundle_download()}</button>
                    </div>
                    <p class="field-error" role="alert">{move || error.get()}</p>
                }
                .into_any()
            }
            Err(e) => view! { <p class="notice notice-error" role="alert">{e.describe(t())}</p> }.into_any(),
        }
    });
    let ready = held >= MIN_NEW_IN_BUNDLE && set.is_some();
    view! {
        <article class="held-pulse" data-pulse=pulse.pulse_id.clone() aria-labelledby=format!("held-{}", pulse.pulse_id)>
            <h3 id=format!("held-{}", pulse.pulse_id)>{t().collect_pulse_heading(&pulse.leader)}</h3>
            <p class="held-counts">{t().collect_held_count(held)}" "{if released == 0 {
                t().collect_none_released().to_string()
            } else {
                t().collect_released_count(released, &pulse.bundles)
            }}</p>
            {if ready {
                view! {
                    <div class="actions">
                        <button type="button" class="button primary release-bundle" on:click=release>{t().collect_release(&pulse.leader)}</button>
                    </div>
                }.into_any()
            } else if set.is_none() {
                view! { <p class="notice">{t().collect_set_unknown()}</p> }.into_any()
            } else {
                view! { <p class="hint">{t().collect_release_wait(held, &MIN_NEW_IN_BUNDLE)}</p> }.into_any()
            }}
            <p class="field-error" role="alert">{move || problem.get()}</p>
            {bundle_view}
        </article>
    }
}
