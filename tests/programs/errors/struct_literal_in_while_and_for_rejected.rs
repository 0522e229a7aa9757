// A struct literal in a `while` condition is rustc's parse error "struct literals are not allowed here", reported before anything after it.
struct Counter {
    n: u32,
}

fn main() {
    let mut k = 0;
    while Counter { n: k }.n < 3 {
        k += 1;
    }
    for i in Counter { n: 2 }.n..4 {
        println!("{}", i);
    }
}
// error: "struct literals are not allowed here" at 8:11
