use crate::festival::*;
use crate::i18n::*;
use leptos::prelude::*;

#[component]
pub(crate) fn ChangeRow(c: Change) -> impl IntoView {
    let i18n = use_i18n();
    let when = c.at.chars().take(16).collect::<String>();
    if c.kind == "cancelled" {
        view! {
            <li><time>{when}</time> " – " {t!(i18n, fest_change_cancelled)} {c.reason.map(|r| format!(": {r}"))}</li>
        }
        .into_any()
    } else {
        let from = format!(
            "{} {}",
            c.from_start.map(hhmm).unwrap_or_default(),
            c.from_venue.unwrap_or_default()
        );
        let to = format!(
            "{} {}",
            c.to_start.map(hhmm).unwrap_or_default(),
            c.to_venue.unwrap_or_default()
        );
        view! {
            <li data-testid="fest-change"><time>{when}</time> " – " {t!(i18n, fest_change_moved)} ": "
                <del>{from}</del> " → " <ins>{to}</ins>
            </li>
        }
        .into_any()
    }
}
