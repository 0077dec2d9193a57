use crate::i18n::*;
use crate::opendata::{Dataset, Format};
use crate::ui::loader::Page;
use leptos::prelude::*;

/// `/open-data`: every public dataset with what it holds, its fields, its licence and its
/// files; the festival's program files beside them.
#[component]
pub fn OpenDataPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <Page title=move || t_string!(i18n, od_title)>
            <p class="lead">{t!(i18n, od_lead)}</p>
            <p>{t!(i18n, od_licence)} " "
                <a href="https://creativecommons.org/licenses/by/4.0/deed.lt" rel="license">"CC BY 4.0"</a>
                ". " {t!(i18n, od_attribution)}</p>
            <p class="hint">{t!(i18n, od_privacy)}</p>
            <ul class="datasets" data-testid="od-datasets">
                {Dataset::ALL.into_iter().map(|d| {
                    let heading = format!("od-{}", d.code());
                    view! {
                        <li class="panel dataset">
                            <h2 id=heading>{move || d.label(i18n)}</h2>
                            <p>{move || describe(i18n, d)}</p>
                            <p class="dataset-files">
                                {[Format::Csv, Format::Json].into_iter().map(|f| {
                                    let href = format!("/open-data/{}.{}", d.code(), f.extension());
                                    view! { <a class="button button-secondary" href=href download="">{f.extension().to_uppercase()}</a> " " }
                                }).collect_view()}
                            </p>
                            <details>
                                <summary>{t!(i18n, od_fields)}</summary>
                                <p><code>{d.fields().join(", ")}</code></p>
                            </details>
                        </li>
                    }
                }).collect_view()}
                <li class="panel dataset">
                    <h2 id="od-festival">{t!(i18n, od_festival)}</h2>
                    <p>{t!(i18n, od_festival_about)}</p>
                    <p class="dataset-files">
                        <a class="button button-secondary" href="/festival/program.geojson" download="">"GeoJSON"</a> " "
                        <a class="button button-secondary" href="/festival/program.ics" download="">"iCalendar"</a>
                    </p>
                </li>
            </ul>
        </Page>
    }
}

/// What a dataset holds, in the reader's language.
fn describe(i18n: crate::common::codes::I18n, dataset: Dataset) -> &'static str {
    match dataset {
        Dataset::Ideas => t_string!(i18n, od_ideas_about),
        Dataset::Teams => t_string!(i18n, od_teams_about),
        Dataset::Workshops => t_string!(i18n, od_workshops_about),
        Dataset::Forums => t_string!(i18n, od_forums_about),
        Dataset::Harvests => t_string!(i18n, od_harvests_about),
        Dataset::Organisations => t_string!(i18n, od_organisations_about),
    }
}
