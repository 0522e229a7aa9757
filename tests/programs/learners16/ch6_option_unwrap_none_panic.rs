// unwrap on a None found by position: panics "called `Option::unwrap()` on a `None` value".
fn main() {
    let names = vec!["ann", "bob"];
    let pos = names.iter().position(|n| *n == "bob").unwrap();
    println!("bob at {}", pos);
    let missing = names.iter().position(|n| *n == "cyd").unwrap();
    println!("cyd at {}", missing);
}
// expect: bob at 1
// panic: called `Option::unwrap()` on a `None` value
// panic-at: 6:58
