// Generic free functions over tuples: swap a pair, make a pair of clones, and a generic Option helper.
fn swap<A, B>(p: (A, B)) -> (B, A) {
    (p.1, p.0)
}

fn twice<T: Clone>(x: &T) -> (T, T) {
    (x.clone(), x.clone())
}

fn first_or<T: Copy>(v: &[T], fallback: T) -> T {
    match v.first() {
        Some(&x) => x,
        None => fallback,
    }
}

fn main() {
    let p = (1, "one");
    let q = swap(p);
    println!("{:?} -> {:?}", p, q);
    let s = String::from("dup");
    let (a, b) = twice(&s);
    println!("{} {} {}", a, b, s);
    println!("{}", first_or(&[9, 8], 0));
    let empty: [char; 0] = [];
    println!("{}", first_or(&empty, '?'));
    let nested = swap((vec![1], Some('x')));
    println!("{:?}", nested);
}
// expect: (1, "one") -> ("one", 1)
// expect: dup dup dup
// expect: 9
// expect: ?
// expect: (Some('x'), [1])
