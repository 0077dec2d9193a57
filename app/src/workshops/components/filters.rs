use crate::common::sectors::Sector;
use crate::i18n::*;
use crate::ideas::stage::Stage;
use crate::workshops::WorkshopFilter;
use leptos::prelude::*;
use leptos_router::components::Form;

/// The calendar's filters as a GET form: they live in the URL and work without JavaScript.
#[component]
pub(crate) fn WorkshopFilters(filter: WorkshopFilter) -> impl IntoView {
    let i18n = use_i18n();
    let f = filter;
    view! {
        <Form method="GET" action="/workshops" attr:class="filters" attr:role="search">
            <div class="field">
                <label for="ws-stage">{t!(i18n, ws_filter_stage)}</label>
                <select id="ws-stage" name="stage">
                    <option value="">{t!(i18n, filter_any)}</option>
                    {[Stage::Team, Stage::Workshop].into_iter().map(|s| view! {
                        <option value=s.code() selected=f.stage == Some(s)>{move || super::serves_label(i18n, s)}</option>
                    }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="ws-sector">{t!(i18n, ws_filter_sector)}</label>
                <select id="ws-sector" name="sector">
                    <option value="">{t!(i18n, filter_any)}</option>
                    {Sector::ALL.into_iter().map(|s| view! {
                        <option value=s.code() selected=f.sector == Some(s)>{move || s.label(i18n)}</option>
                    }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="ws-month">{t!(i18n, ws_filter_month)}</label>
                <input id="ws-month" name="month" type="month" value=f.month.clone() placeholder="2027-04" />
            </div>
            <div class="field field-check">
                <input type="checkbox" id="ws-free" name="free" value="1" checked=f.free />
                <label for="ws-free">{t!(i18n, ws_filter_free)}</label>
            </div>
            <button type="submit" class="button button-secondary">{t!(i18n, ws_apply)}</button>
        </Form>
    }
}
