use crate::common::sectors::Sector;
use crate::i18n::*;
use crate::ui::forms::FieldErrorFor;
use leptos::prelude::*;

/// Checkboxes of the five sectors, `chosen` ticked.
#[component]
pub fn SectorBoxes(chosen: Vec<String>, #[prop(optional, into)] scope: String) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <fieldset class="field checkbox-group" aria-describedby=format!("f-{scope}sectors-error")>
            <legend>{t!(i18n, idea_sectors)} <span class="required" aria-hidden="true">" *"</span></legend>
            {Sector::ALL.into_iter().map(|s| {
                let id = format!("f-{scope}sector-{}", s.code());
                view! {
                    <label class="checkbox" for=id.clone()>
                        <input type="checkbox" id=id.clone() name="sectors[]" value=s.code() checked=chosen.iter().any(|c| c == s.code()) />
                        {move || s.label(i18n)}
                    </label>
                }
            }).collect_view()}
            <FieldErrorFor name="sectors" />
        </fieldset>
    }
}
