// Generic functions taking F: Fn, FnMut and FnOnce, each called with closures of the matching kind.
fn apply_twice<F: Fn(i32) -> i32>(f: F, x: i32) -> i32 {
    let once = f(x);
    println!("  once: {}", once);
    f(once)
}

fn repeat<F>(n: usize, mut f: F)
where
    F: FnMut(usize),
{
    for i in 0..n {
        f(i);
    }
}

fn consume<F: FnOnce() -> String>(f: F) -> String {
    let s = f();
    format!("<{}>", s)
}

fn main() {
    let k = 5;
    println!("apply_twice = {}", apply_twice(|x| x * k, 2));
    let mut seen = Vec::new();
    repeat(4, |i| seen.push(i * i));
    println!("seen = {:?}", seen);
    let name = String::from("ferris");
    let wrapped = consume(move || name + "!");
    println!("{}", wrapped);
    let mut total = 0;
    repeat(3, |i| total += i);
    println!("total = {}", total);
}
// expect:   once: 10
// expect: apply_twice = 50
// expect: seen = [0, 1, 4, 9]
// expect: <ferris!>
// expect: total = 3
