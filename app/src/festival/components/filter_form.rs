use crate::festival::*;
use crate::i18n::*;
use leptos::prelude::*;
use leptos_router::components::Form;

/// The filters, as a GET form: without JavaScript it reloads the page, with it the router
/// updates the URL and the list (and map) follow.
#[component]
pub(crate) fn FilterForm(action: &'static str, filter: ProgramFilter) -> impl IntoView {
    let i18n = use_i18n();
    let f = filter;
    view! {
        <Form method="GET" action=action attr:class="filters festival-filters" attr:role="search">
            {(f.view != Arrange::Time).then(|| view! { <input type="hidden" name="view" value=f.view.code() /> })}
            <div class="field">
                <label for="fest-sector">{t!(i18n, fest_filter_sector)}</label>
                <select id="fest-sector" name="sector">
                    <option value="">{t!(i18n, filter_any)}</option>
                    {crate::common::sectors::Sector::ALL.into_iter().map(|s| view! {
                        <option value=s.code() selected=f.sector == Some(s)>{move || s.label(i18n)}</option>
                    }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="fest-category">{t!(i18n, fest_filter_category)}</label>
                <select id="fest-category" name="category">
                    <option value="">{t!(i18n, filter_any)}</option>
                    {Category::ALL.into_iter().map(|c| view! {
                        <option value=c.code() selected=f.category == Some(c)>{move || c.label(i18n)}</option>
                    }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="fest-part">{t!(i18n, fest_filter_part)}</label>
                <select id="fest-part" name="part">
                    <option value="">{t!(i18n, filter_any)}</option>
                    {DayPart::ALL.into_iter().map(|p| view! {
                        <option value=p.code() selected=f.part == Some(p)>{move || p.label(i18n)}</option>
                    }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="fest-at">{t!(i18n, fest_filter_at)}</label>
                <input id="fest-at" name="at" type="time" value=f.at.map(hhmm) aria-describedby="fest-at-hint" />
                <p class="hint" id="fest-at-hint">{t!(i18n, fest_filter_at_hint)}</p>
            </div>
            <div class="field field-check">
                <input type="checkbox" id="fest-now" name="now" value="1" checked=f.now />
                <label for="fest-now">{t!(i18n, fest_filter_now)}</label>
            </div>
            <button type="submit" class="button button-secondary">{t!(i18n, fest_apply)}</button>
        </Form>
    }
}
