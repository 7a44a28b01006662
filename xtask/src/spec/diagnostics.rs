//! A spec the generator cannot accept: each problem at the JSON pointer of its node.

use std::fmt;

use crate::spec::pointer::Pointer;

/// One problem found in a spec, at a JSON pointer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// Where in the spec.
    pub pointer: Pointer,
    /// What is wrong and what to do instead.
    pub message: String,
}

impl Problem {
    /// A problem at `pointer`.
    pub fn new(pointer: Pointer, message: impl Into<String>) -> Self {
        Self { pointer, message: message.into() }
    }
}

/// A spec the generator cannot accept, with every problem found.
#[derive(Debug)]
pub struct InvalidSpec {
    /// The spec's path, e.g. `specs/razorpay.yaml`.
    pub file: String,
    /// Every problem found, in document order.
    pub problems: Vec<Problem>,
}

impl fmt::Display for InvalidSpec {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} is not a spec pspkit can generate from:", self.file)?;
        for problem in &self.problems {
            write!(f, "\n  {}: {}", problem.pointer, problem.message)?;
        }
        Ok(())
    }
}

impl std::error::Error for InvalidSpec {}
