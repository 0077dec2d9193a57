//! The desk's period: a plain GET form, so the period is in the URL and works without
//! JavaScript.
use crate::i18n::*;
use crate::steering::{Period, PeriodKind};
use crate::ui::forms::field_error_text;
use leptos::prelude::*;

/// This month, this year, everything, or from–to. `asked` is what the URL held (kept in the
/// date fields when it was not a period, beside what was wrong).
#[component]
pub fn PeriodForm(
    period: Period,
    problem: Option<(String, String)>,
    asked: (String, String, String),
) -> impl IntoView {
    let i18n = use_i18n();
    let failed = problem.is_some();
    let kind = if failed {
        PeriodKind::Range
    } else {
        period.kind
    };
    let (from, to) = if failed {
        (asked.1, asked.2)
    } else {
        (
            period.from.clone().unwrap_or_default(),
            period.to.clone().unwrap_or_default(),
        )
    };
    let error_for = move |field: &str| {
        problem
            .as_ref()
            .filter(|(f, _)| f == field)
            .map(|(_, code)| field_error_text(i18n, code))
    };
    let from_error = error_for("from");
    let to_error = error_for("to");
    view! {
        <form method="get" action="/steering" class="filters desk-period" role="search"
            aria-label=move || t_string!(i18n, st_period)>
            {failed.then(|| view! {
                <div class="notice notice-error" role="alert"><p>{t!(i18n, st_period_problem)}</p></div>
            })}
            <fieldset>
                <legend>{t!(i18n, st_period)}</legend>
                <div class="period-kinds">
                    {PeriodKind::ALL.into_iter().map(|k| {
                        let id = format!("period-{}", k.code());
                        view! {
                            <label for=id.clone() class="radio">
                                <input type="radio" id=id.clone() name="period" value=k.code() checked=k == kind />
                                {k.label(i18n)}
                            </label>
                        }
                    }).collect_view()}
                </div>
                <div class="period-dates">
                    <div class="field">
                        <label for="period-from">{t!(i18n, st_from)}</label>
                        <input id="period-from" name="from" type="date" value=from
                            aria-invalid=from_error.map(|_| "true") aria-describedby=from_error.map(|_| "period-from-error") />
                        {from_error.map(|text| view! { <p class="field-error" id="period-from-error">{text}</p> })}
                    </div>
                    <div class="field">
                        <label for="period-to">{t!(i18n, st_to)}</label>
                        <input id="period-to" name="to" type="date" value=to
                            aria-invalid=to_error.map(|_| "true") aria-describedby=to_error.map(|_| "period-to-error") />
                        {to_error.map(|text| view! { <p class="field-error" id="period-to-error">{text}</p> })}
                    </div>
                </div>
                <p class="hint">{t!(i18n, st_period_hint)}</p>
            </fieldset>
            <button type="submit" class="button">{t!(i18n, st_show)}</button>
        </form>
    }
}
