//! Keeps a panic in the library to the document that caused it: the panic's message and place
//! are kept (not printed by the default hook), the document gets an error, the batch goes on.

use crate::input::Problem;
use std::cell::RefCell;
use std::panic::{self, AssertUnwindSafe};

thread_local! {
    static LAST_PANIC: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Replaces the default panic hook: the message and place of a panic are kept for
/// [`isolate`] to report with the document's name, instead of a bare line on stderr.
pub fn install() {
    panic::set_hook(Box::new(|info| {
        let place = info
            .location()
            .map(|l| format!(" at {}:{}", l.file(), l.line()))
            .unwrap_or_default();
        let message = info
            .payload()
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| info.payload().downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "unknown panic".to_string());
        LAST_PANIC.with(|p| *p.borrow_mut() = Some(format!("{message}{place}")));
    }));
}

/// Runs `f`; a panic becomes `Err` with its message and place.
pub fn isolate<T>(f: impl FnOnce() -> T) -> Result<T, String> {
    panic::catch_unwind(AssertUnwindSafe(f)).map_err(|_| {
        LAST_PANIC
            .with(|p| p.borrow_mut().take())
            .unwrap_or_else(|| "unknown panic".to_string())
    })
}

/// The error of a document whose extraction panicked.
pub fn problem(place: &str, why: &str) -> Problem {
    Problem::Error(format!(
        "{place}: internal error, document skipped (please report it): {why}"
    ))
}
