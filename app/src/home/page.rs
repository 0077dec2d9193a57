//! The home page.
use super::api::get_home_stats;
use super::{HomeStats, SectorCard};
use crate::i18n::*;
use crate::ui::error_view::ErrorMessage;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};

#[component]
pub fn HomePage() -> impl IntoView {
    let i18n = use_i18n();
    let stats = Resource::new(|| (), |_| get_home_stats());
    view! {
        <Title text=move || t_string!(i18n, home_page_title).to_owned() />
        <Meta name="description" content=move || t_string!(i18n, home_meta_description).to_owned() />
        <section class="hero">
            <div class="container">
                <p class="eyebrow">{t!(i18n, home_eyebrow)}</p>
                <h1>{t!(i18n, home_title)}</h1>
                <p class="lead">{t!(i18n, home_lead)}</p>
            </div>
        </section>
        <Suspense fallback=move || view! { <Loading /> }>
            {move || Suspend::new(async move {
                match stats.await {
                    Ok(stats) => view! { <HomeContent stats /> }.into_any(),
                    Err(error) => view! { <div class="container"><ErrorMessage error /></div> }.into_any(),
                }
            })}
        </Suspense>
        <section class="container prose" aria-labelledby="how-title">
            <h2 id="how-title">{t!(i18n, home_how_title)}</h2>
            <ol class="steps">
                <li>{t!(i18n, home_how_share)}</li>
                <li>{t!(i18n, home_how_team)}</li>
                <li>{t!(i18n, home_how_workshop)}</li>
                <li>{t!(i18n, home_how_festival)}</li>
            </ol>
        </section>
    }
}

#[component]
fn Loading() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <p class="container loading" role="status" aria-live="polite">{t!(i18n, loading)}</p>
    }
}

#[component]
fn HomeContent(stats: HomeStats) -> impl IntoView {
    let i18n = use_i18n();
    let HomeStats {
        sectors,
        ideas_shared,
        festival_published,
        festival_target,
    } = stats;
    view! {
        <section class="container" aria-labelledby="figures-title">
            <h2 id="figures-title" class="visually-hidden">{t!(i18n, home_figures_title)}</h2>
            <dl class="figures">
                <div class="figure">
                    <dt>{t!(i18n, figure_ideas)}</dt>
                    <dd data-figure="ideas">{ideas_shared}</dd>
                </div>
                <div class="figure">
                    <dt>{t!(i18n, figure_festival)}</dt>
                    <dd data-figure="festival">
                        {festival_published} " "
                        <span class="figure-of">{t!(i18n, figure_of)} " " {festival_target}</span>
                    </dd>
                </div>
                <div class="figure">
                    <dt>{t!(i18n, figure_sectors)}</dt>
                    <dd data-figure="sectors">{sectors.len()}</dd>
                </div>
            </dl>
        </section>
        <section class="container" aria-labelledby="sectors-title">
            <h2 id="sectors-title">{t!(i18n, home_sectors_title)}</h2>
            <ul class="sector-grid">
                {sectors.into_iter().map(|card| view! { <SectorItem card /> }).collect_view()}
            </ul>
        </section>
    }
}

#[component]
fn SectorItem(card: SectorCard) -> impl IntoView {
    let i18n = use_i18n();
    let SectorCard {
        sector,
        blurb_lt,
        blurb_en,
    } = card;
    let blurb = move || match i18n.get_locale() {
        Locale::lt => blurb_lt.clone(),
        Locale::en => blurb_en.clone(),
    };
    view! {
        <li class=format!("sector-card sector-{}", sector.code())>
            <h3>{move || sector.label(i18n)}</h3>
            <p>{blurb}</p>
        </li>
    }
}
