// A function returning `impl Iterator<Item = &str>` hands back its `split_whitespace`: the caller loops over it or keeps it and calls `next`.
fn words(s: &str) -> impl Iterator<Item = &str> {
    s.split_whitespace()
}

fn main() {
    for w in words("a bc  d") {
        println!("{}", w);
    }
    let mut it = words("x y z");
    println!("{:?}", it.next());
    println!("{}", it.count());
}
// expect: a
// expect: bc
// expect: d
// expect: Some("x")
// expect: 2
