// With Debug imported inside a Display impl, f64 has two fmt methods in scope: self.0.fmt(f) is E0034.
use std::fmt;
use std::fmt::Debug;
struct M(f64);
impl fmt::Display for M {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result { self.0.fmt(f) }
}
fn main() { println!("{}", M(1.0)); }
// error: E0034 at 6:67
