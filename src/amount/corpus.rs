//! Examples and traps for the amount rules, run through the whole pipeline (`extract`).
