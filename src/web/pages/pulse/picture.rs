//! The team's picture as the leader sees it: the number of responses, per
//! dimension and per statement the mean and the favourable / neutral /
//! unfavourable shares, Don't know counted, and the comments as plain text.
//! Below the minimum group it says why nothing is shown.

use crate::charts::pulse::{pulse_shares, pulse_shares_height};
use crate::charts::{Drawn, Look};
use crate::domain::base::format;
use crate::domain::base::thresholds::{MIN_GROUP, PULSE_COMMENTS_MIN};
use crate::domain::rules::pulse::picture::{Figures, PulsePicture, Row};
use crate::web::components::chart::Chart;
use crate::web::language::t;
use leptos::prelude::*;
use std::rc::Rc;

fn share(value: Option<u8>) -> String {
    value
        .map(|v| format::percent(t().language(), v))
        .unwrap_or_else(|| format::NO_FIGURE.into())
}

fn cells(f: Figures) -> impl IntoView {
    view! {
        <td class="num" data-label=t().pulse_col_mean()>{f.mean.map(|v| format::score(t().language(), v)).unwrap_or_else(|| format::NO_FIGURE.into())}</td>
        <td class="num" data-label=t().pulse_col_favourable()>{share(f.favourable)}</td>
        <td class="num" data-label=t().pulse_col_neutral()>{share(f.neutral)}</td>
        <td class="num" data-label=t().pulse_col_unfavourable()>{share(f.unfavourable)}</td>
        <td class="num" data-label=t().pulse_col_answers()>{f.answers}</td>
        <td class="num" data-label=t().pulse_col_dont_know()>{f.dont_know}</td>
    }
}

fn head(first: &'static str) -> impl IntoView {
    view! {
        <thead><tr>
            <th scope="col">{first}</th><th scope="col" class="num">{t().pulse_col_mean()}</th>
            <th scope="col" class="num">{t().pulse_col_favourable()}</th><th scope="col" class="num">{t().pulse_col_neutral()}</th>
            <th scope="col" class="num">{t().pulse_col_unfavourable()}</th><th scope="col" class="num">{t().pulse_col_answers()}</th>
            <th scope="col" class="num">{t().pulse_col_dont_know()}</th>
        </tr></thead>
    }
}

fn rows(rows: &[Row]) -> impl IntoView {
    rows.iter()
        .map(|r| view! {
            <tr data-id=r.id.clone()>
                <th scope="row">{r.text.clone()}{r.dimension.clone().map(|d| view! { <span class="meta">{d}</span> })}</th>
                {cells(r.figures)}
            </tr>
        })
        .collect_view()
}

/// The picture, or why it is withheld.
#[component]
pub fn PulsePictureView(picture: PulsePicture) -> impl IntoView {
    let n = picture.responses;
    let count = t().pulse_responses(n);
    if !picture.shown() {
        return view! {
            <section class="report-section pulse-picture" aria-labelledby="picture-heading">
                <h2 id="picture-heading">{t().pulse_picture_heading()}</h2>
                <p class="pulse-count" id="pulse-count">{count}</p>
                <p class="notice" id="pulse-withheld" role="status">{t().pulse_withheld(&MIN_GROUP, &PULSE_COMMENTS_MIN)}</p>
            </section>
        }
        .into_any();
    }
    let dimensions = Rc::new(picture.dimensions.clone());
    let build = move |look: &Look| {
        Drawn::new(
            &pulse_shares(&dimensions, look),
            look,
            pulse_shares_height(&dimensions, look),
        )
    };
    let comments = if n >= PULSE_COMMENTS_MIN {
        if picture.comments.is_empty() {
            view! { <p>{t().pulse_no_comments()}</p> }.into_any()
        } else {
            let items = picture
                .comments
                .iter()
                .map(|c| view! { <li><blockquote class="pulse-comment">{c.clone()}</blockquote></li> })
                .collect_view();
            view! { <ul class="pulse-comments" id="pulse-comments">{items}</ul> }.into_any()
        }
    } else {
        view! { <p id="comments-withheld">{t().pulse_comments_withheld(&PULSE_COMMENTS_MIN)}</p> }
            .into_any()
    };
    view! {
        <section class="report-section pulse-picture" aria-labelledby="picture-heading">
            <h2 id="picture-heading">{t().pulse_picture_heading()}</h2>
            <p class="pulse-count" id="pulse-count">{count}</p>
            <p class="hint">{t().pulse_picture_hint()}</p>
            <div class="pulse-shares">
                <Chart draw=build paper_width=480.0 label=t().pulse_chart_label()/>
            </div>
            <div class="table-wrap" role="region" aria-labelledby="pulse-dimensions-caption" tabindex="0"><table class="scores stack" id="pulse-dimensions">
                <caption id="pulse-dimensions-caption">{t().pulse_dimensions_caption()}</caption>
                {head(t().pulse_col_dimension())}
                <tbody>{rows(&picture.dimensions)}</tbody>
            </table></div>
            <div class="table-wrap" role="region" aria-labelledby="pulse-statements-caption" tabindex="0"><table class="scores stack" id="pulse-statements">
                <caption id="pulse-statements-caption">{t().pulse_statements_caption()}</caption>
                {head(t().pulse_col_statement())}
                <tbody>{rows(&picture.statements)}</tbody>
            </table></div>
            <h3>{t().pulse_comments_heading()}</h3>
            {comments}
        </section>
    }
    .into_any()
}
