use crate::common::ids::TeamId;
use crate::common::FormFlash;
use crate::i18n::*;
use crate::teams::api::*;
use crate::ui::forms::ServerForm;
use leptos::prelude::*;

#[component]
pub(crate) fn MakeLead(
    team_id: TeamId,
    user_id: i64,
    reload: Callback<String>,
    flash: Option<FormFlash>,
    who: String,
) -> impl IntoView {
    let i18n = use_i18n();
    let co_lead = ServerAction::<MakeLead>::new();
    let who_co = who.clone();
    let hand_over = ServerAction::<MakeLead>::new();
    view! {
        <ServerForm action=co_lead id="make_lead" class="inline-form" on_success=reload scope=format!("colead{user_id}") flash>
            <input type="hidden" name="team_id" value=team_id />
            <input type="hidden" name="user_id" value=user_id />
            <button type="submit" class="button button-small button-secondary">{t!(i18n, team_make_co_lead)} <span class="visually-hidden">{who_co}</span></button>
        </ServerForm>
        <ServerForm action=hand_over id="make_lead" class="inline-form" on_success=reload scope=format!("handover{user_id}")>
            <input type="hidden" name="team_id" value=team_id />
            <input type="hidden" name="user_id" value=user_id />
            <input type="hidden" name="step_down" value="on" />
            <button type="submit" class="button button-small button-secondary">{t!(i18n, team_hand_over)} <span class="visually-hidden">{who}</span></button>
        </ServerForm>
    }
}
