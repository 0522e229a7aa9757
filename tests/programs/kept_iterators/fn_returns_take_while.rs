// A function returns `impl Iterator` made by `take_while` with a `move` closure over a range; the caller pulls from it.
fn below(n: u32, limit: u32) -> impl Iterator<Item = u32> {
    (1..=n).take_while(move |x| x * x < limit)
}

fn main() {
    let mut it = below(10, 20);
    println!("{:?}", it.next());
    let rest: Vec<u32> = it.collect();
    println!("{:?}", rest);
}
// expect: Some(1)
// expect: [2, 3, 4]
