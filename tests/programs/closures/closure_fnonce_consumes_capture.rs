// A closure that returns its captured String is FnOnce: passed to a generic F: FnOnce() -> String it runs once, the String moved out.
fn consume<F: FnOnce() -> String>(f: F) -> String {
    f()
}

fn apply_twice<F>(mut f: F) -> i32
where
    F: FnMut() -> i32,
{
    f() + f()
}

fn main() {
    let s = String::from("owned");
    let give = || s;
    let got = consume(give);
    println!("{}", got);
    let mut n = 10;
    let total = apply_twice(|| {
        n += 1;
        n
    });
    println!("{} {}", total, n);
}
// expect: owned
// expect: 23 12
