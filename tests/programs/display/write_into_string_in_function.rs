// A function building a report with writeln! into a &mut String parameter, returning fmt::Result with ?.
use std::fmt::{self, Write};

fn report(out: &mut String, names: &[&str]) -> fmt::Result {
    for (i, n) in names.iter().enumerate() {
        writeln!(out, "{}. {}", i + 1, n)?;
    }
    write!(out, "total: {}", names.len())?;
    Ok(())
}

fn main() {
    let mut out = String::with_capacity(8);
    report(&mut out, &["ann", "bob"]).unwrap();
    println!("{out}");
    println!("{}", out.capacity());
}
// expect: 1. ann
// expect: 2. bob
// expect: total: 2
// expect: 32
