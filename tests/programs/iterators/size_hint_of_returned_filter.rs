// `size_hint` of a `-> impl Iterator` result (a filter over a range) is std's: (0, Some(10)), the filter's lower bound 0.
fn evens() -> impl Iterator<Item = u32> {
    (0..10).filter(|x| x % 2 == 0)
}

fn main() {
    println!("{:?}", evens().size_hint());
    let total: u32 = evens().sum();
    println!("{}", total);
}
// expect: (0, Some(10))
// expect: 20
