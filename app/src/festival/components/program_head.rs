use crate::festival::*;
use crate::i18n::*;
use leptos::prelude::*;
use leptos_router::components::A;

#[component]
pub(crate) fn ProgramHead(program: Program) -> impl IntoView {
    let i18n = use_i18n();
    let e = program.edition.clone();
    let count = program.published_count();
    let target = e.target;
    view! {
        <header class="fest-head">
            <h1>{e.title.clone()}</h1>
            <p class="lead">{e.day.clone()} ", " {hhmm(e.opens)} "–" {hhmm(e.closes)} " · " {t!(i18n, fest_everywhere)}</p>
            <div class="fest-progress">
                <label for="fest-progress">{t!(i18n, fest_progress)} ": " <strong data-testid="fest-count">{count}</strong> " / " {target}</label>
                <progress id="fest-progress" max=target value=count.min(target as usize)>{count} " / " {target}</progress>
            </div>
            <nav class="fest-links" aria-label=move || t_string!(i18n, fest_links)>
                <A href="/festival">{t!(i18n, fest_program)}</A>
                <A href="/festival/map">{t!(i18n, fest_map)}</A>
                <A href="/festival/agenda">{t!(i18n, fest_agenda)}</A>
                <a href="/festival/program.ics" download="santaka-festival.ics">{t!(i18n, fest_download_ics)}</a>
                <a href="/festival/program.geojson">{t!(i18n, fest_open_data)}</a>
                {program.signed_in.then(|| view! { <A href="/festival/propose">{t!(i18n, fest_propose)}</A> })}
                {program.may_manage.then(|| view! { <A href="/festival/manage">{t!(i18n, fest_manage)}</A> })}
            </nav>
        </header>
    }
}
