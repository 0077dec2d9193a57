use super::EditForm;
use super::StageForm;
use super::{Coauthors, InviteForm};
use crate::common::FormFlash;
use crate::i18n::*;
use crate::ideas::stage::{moves_from, Mover};
use crate::ideas::*;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

#[component]
pub(crate) fn EditContent(detail: IdeaDetail, flash: Option<FormFlash>) -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let invited = move || query.with(|q| q.get("invited").is_some());
    let id = detail.id;
    let mover = Mover {
        editor: detail.me.editor && detail.me.may_publish,
        steering: detail.me.steering,
        ..Mover::default()
    };
    let moves = moves_from(detail.stage, mover);
    view! {
        <h1>{t!(i18n, edit_title)}</h1>
        <p><a href=format!("/ideas/{id}")>{t!(i18n, back_to_idea)} " " {detail.title.clone()}</a></p>
        {move || invited().then(|| view! { <div class="notice notice-success" role="status"><p>{t!(i18n, invite_sent)}</p></div> })}
        {move || query.with(|q| q.get("removed").is_some()).then(|| view! { <div class="notice notice-success" role="status"><p>{t!(i18n, coauthor_removed)}</p></div> })}
        {move || query.with(|q| q.get("revoked").is_some()).then(|| view! { <div class="notice notice-success" role="status"><p>{t!(i18n, invite_revoked)}</p></div> })}
        {(detail.me.editor && detail.me.may_publish).then(|| view! { <EditForm detail=detail.clone() flash=flash.clone() /> })}
        {(!moves.is_empty()).then(|| view! { <StageForm id stage=detail.stage moves flash=flash.clone() /> })}
        {(detail.me.editor && detail.me.may_publish).then(|| view! { <InviteForm id flash=flash.clone() /> })}
        {(detail.me.editor && detail.me.may_publish).then(|| view! {
            <Coauthors id coauthors=detail.coauthors.clone() invites=detail.invites.clone() author=detail.me.author flash=flash.clone() />
        })}
    }
}
