use super::SectorItem;
use crate::home::HomeStats;
use crate::i18n::*;
use leptos::prelude::*;

#[component]
pub(crate) fn HomeContent(stats: HomeStats) -> impl IntoView {
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
                    <dt><a href="/ideas">{t!(i18n, figure_ideas)}</a></dt>
                    <dd data-figure="ideas">{ideas_shared}</dd>
                </div>
                <div class="figure">
                    <dt><a href="/festival">{t!(i18n, figure_festival)}</a></dt>
                    <dd data-figure="festival">
                        {festival_published} " "
                        <span class="figure-of">{t!(i18n, figure_of)} " " {festival_target}</span>
                    </dd>
                </div>
                <div class="figure">
                    <dt><a href="#sectors-title">{t!(i18n, figure_sectors)}</a></dt>
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
