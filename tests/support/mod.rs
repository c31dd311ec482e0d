//! Helpers shared by the integration tests.
pub mod bin;
pub mod corpus;
pub mod eval;
