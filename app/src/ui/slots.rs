//! Extension points between features. A page may show parts that other features contribute (an
//! idea's page shows its team and its festival interventions) without importing those
//! features: the page names a marker type and renders [`Slot`]; the top of the app
//! (`routes.rs`) fills each slot with the contributing features' parts. A slot nobody filled
//! shows nothing.
use leptos::prelude::*;
use std::marker::PhantomData;

/// One contributed part: given the page's argument (an id, a name…), its view.
pub type Part<A> = fn(A) -> AnyView;

/// The parts given to the slot named by `M`.
pub struct Parts<M: 'static, A: 'static> {
    parts: &'static [Part<A>],
    marker: PhantomData<fn() -> M>,
}

impl<M, A> Clone for Parts<M, A> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<M, A> Copy for Parts<M, A> {}

/// Fills the slot named by `M` for the whole app (called once, by the top).
pub fn fill_slot<M: 'static, A: 'static>(parts: &'static [Part<A>]) {
    provide_context(Parts::<M, A> {
        parts,
        marker: PhantomData,
    });
}

/// What was given to the slot named by `M`, each part shown with `arg`.
pub fn slot<M: 'static, A: Clone + 'static>(arg: A) -> AnyView {
    use_context::<Parts<M, A>>()
        .map(|given| {
            given
                .parts
                .iter()
                .map(|part| part(arg.clone()))
                .collect_view()
                .into_any()
        })
        .unwrap_or_else(|| ().into_any())
}
