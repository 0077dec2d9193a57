use super::KINDS;
use crate::common::ids::{IdeaId, PlaceId};
use crate::common::FormFlash;
use crate::i18n::*;
use crate::pledges::api::OfferPledge;
use crate::pledges::{DATES_MAX, NOTE_MAX};
use crate::ui::forms::{kept_value, Field, FieldErrorFor, ServerForm, Submit, TextArea};
use leptos::prelude::*;

/// A partner pledges on behalf of their organisation: what (money in euros, one of its places,
/// materials, hours of people's time), when, and a note.
#[component]
pub(crate) fn PledgeForm(
    idea_id: IdeaId,
    org: String,
    places: Vec<(PlaceId, String)>,
    flash: Option<FormFlash>,
) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<OfferPledge>::new();
    let kind = kept_value(flash.as_ref(), "offer_pledge", "kind").unwrap_or_default();
    let place = kept_value(flash.as_ref(), "offer_pledge", "place").unwrap_or_default();
    let open = flash.as_ref().is_some_and(|f| f.form == "offer_pledge");
    view! {
        <details class="pledge-form" open=open>
            <summary class="button">{t!(i18n, pledge_offer)} " · " {org}</summary>
            <ServerForm action id="offer_pledge" flash scope="pledge">
                <input type="hidden" name="idea_id" value=idea_id />
                <div class="field">
                    <label for="f-pledge-kind">{t!(i18n, pledge_kind)}</label>
                    <select id="f-pledge-kind" name="kind" aria-describedby="f-pledge-kind-error">
                        {KINDS.into_iter().map(|k| view! {
                            <option value=k.code() selected=kind == k.code()>{move || k.label(i18n)}</option>
                        }).collect_view()}
                    </select>
                    <FieldErrorFor name="kind" />
                </div>
                <Field name="amount" kind="text" inputmode="numeric" label=move || t_string!(i18n, pledge_amount)
                    hint=move || t_string!(i18n, pledge_amount_hint) />
                <div class="field">
                    <label for="f-pledge-place">{t!(i18n, pledge_place)}</label>
                    <select id="f-pledge-place" name="place" aria-describedby="f-pledge-place-error">
                        <option value="">"—"</option>
                        {places.into_iter().map(|(id, name)| {
                            let value = id.to_string();
                            let selected = value == place;
                            view! { <option value=value selected=selected>{name}</option> }
                        }).collect_view()}
                    </select>
                    <FieldErrorFor name="place" />
                </div>
                <Field name="hours" kind="text" inputmode="numeric" label=move || t_string!(i18n, pledge_hours)
                    hint=move || t_string!(i18n, pledge_hours_hint) />
                <Field name="dates" label=move || t_string!(i18n, pledge_dates) maxlength=DATES_MAX />
                <TextArea name="note" label=move || t_string!(i18n, pledge_note) maxlength=NOTE_MAX />
                <Submit label=move || t_string!(i18n, pledge_send) />
            </ServerForm>
        </details>
    }
}
