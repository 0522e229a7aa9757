// A `for` loop over a kept Peekable first yields the item `peek` already took from the iterator, then the rest.
fn main() {
    let words = vec!["alpha", "beta", "gamma"];
    let mut it = words.iter().peekable();
    if let Some(first) = it.peek() {
        println!("first is {}", first);
    }
    for w in it {
        println!("{}", w);
    }
}
// expect: first is alpha
// expect: alpha
// expect: beta
// expect: gamma
