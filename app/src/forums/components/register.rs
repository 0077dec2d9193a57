use crate::common::FormFlash;
use crate::forums::api::{CancelForumSeat, RegisterForum};
use crate::forums::ForumPage;
use crate::i18n::*;
use crate::ui::forms::{kept_list, kept_value, ServerForm, Submit};
use crate::ui::sector_boxes::SectorBoxes;
use crate::ui::sign_in::SignInToContinue;
use crate::workshops::SeatStatus;
use leptos::prelude::*;

/// Where the viewer stands and what they can do: register with their sectors (or join the
/// waitlist), ask to stay at one table, give up their place.
#[component]
pub(crate) fn ForumRegister(page: ForumPage, flash: Option<FormFlash>) -> impl IntoView {
    let i18n = use_i18n();
    let id = page.card.id;
    let full = page.card.taken >= page.card.capacity;
    let own = match (page.past, page.signed_in, page.mine) {
        (true, _, _) => view! { <p class="notice">{t!(i18n, fo_past)}</p> }.into_any(),
        (false, false, _) => view! { <SignInToContinue next=format!("/forums/{id}") /> }.into_any(),
        (false, true, Some((status, position))) => {
            let cancel = ServerAction::<CancelForumSeat>::new();
            view! {
                <p class="notice notice-success" data-testid="fo-mine">
                    {if status == SeatStatus::Waiting {
                        view! { {t!(i18n, ws_you_wait)} " " <strong>{position.unwrap_or(1)}</strong> }.into_any()
                    } else {
                        view! { {t!(i18n, ws_you_registered)} " " <a href=format!("/forums/{id}/live")>{t!(i18n, fo_open_live)}</a> }.into_any()
                    }}
                </p>
                <ServerForm action=cancel id="cancel_forum_seat" flash=flash.clone() scope="own" class="inline-form">
                    <input type="hidden" name="id" value=id />
                    <Submit label=move || if status == SeatStatus::Waiting { t_string!(i18n, ws_leave_waitlist) } else { t_string!(i18n, ws_cancel) } secondary=true />
                </ServerForm>
            }
            .into_any()
        }
        (false, true, None) if !page.may_register => {
            view! { <p class="notice">{t!(i18n, ws_may_not_register)}</p> }.into_any()
        }
        (false, true, None) if !page.open => {
            view! { <p class="notice">{t!(i18n, ws_closed)} " " {page.card.closes_at.clone()}</p> }
                .into_any()
        }
        (false, true, None) => {
            let register = ServerAction::<RegisterForum>::new();
            let sectors =
                kept_list(flash.as_ref(), "register_forum", "sectors[]").unwrap_or_default();
            let stays =
                kept_value(flash.as_ref(), "register_forum", "stays").is_some_and(|v| v == "on");
            view! {
                <ServerForm action=register id="register_forum" flash=flash.clone() scope="reg">
                    <input type="hidden" name="id" value=id />
                    <p class="hint">{t!(i18n, fo_sectors_hint)}</p>
                    <SectorBoxes chosen=sectors scope="reg-" />
                    <label class="checkbox" for="f-reg-stays">
                        <input type="checkbox" id="f-reg-stays" name="stays" checked=stays />
                        {t!(i18n, fo_stays)}
                    </label>
                    {full.then(|| view! { <p class="hint">{t!(i18n, ws_full_hint)}</p> })}
                    <Submit label=move || if full { t_string!(i18n, ws_join_waitlist) } else { t_string!(i18n, ws_register) } />
                </ServerForm>
            }
            .into_any()
        }
    };
    view! {
        <section class="panel register-panel" id="register" aria-labelledby="fo-register-title">
            <h2 id="fo-register-title">{t!(i18n, ws_registration)}</h2>
            <p class="hint">{t!(i18n, ws_closes)} " " {page.card.closes_at.clone()}</p>
            {own}
        </section>
    }
}
