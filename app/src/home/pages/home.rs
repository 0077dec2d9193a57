use crate::home::api::get_home_stats;
use crate::home::components::HomeContent;
use crate::i18n::*;
use crate::ui::loader::Loaded;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};

#[component]
pub fn HomePage() -> impl IntoView {
    let i18n = use_i18n();
    let stats = Resource::new(|| (), |_| get_home_stats());
    view! {
        <Title text=t_string!(i18n, home_page_title).to_owned() />
        <Meta name="description" content=t_string!(i18n, home_meta_description).to_owned() />
        <section class="hero">
            <div class="container">
                <p class="eyebrow">{t!(i18n, home_eyebrow)}</p>
                <h1>{t!(i18n, home_title)}</h1>
                <p class="lead">{t!(i18n, home_lead)}</p>
                <p class="hero-actions">
                    <a class="button hero-cta" href="/ideas/new" data-testid="hero-cta">{t!(i18n, home_cta_share)}</a>
                    <a class="hero-link" href="/ideas">{t!(i18n, home_cta_browse)}</a>
                </p>
            </div>
        </section>
        <Loaded resource=stats view=|stats, _| view! { <HomeContent stats /> } />
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
