// `next_if` takes the next char only when the closure accepts it; `next_if_eq` only when it equals the given one.
fn main() {
    let mut it = "123abc".chars().peekable();
    let mut digits = String::new();
    while let Some(d) = it.next_if(|c| c.is_ascii_digit()) {
        digits.push(d);
    }
    println!("{} {:?}", digits, it.peek());
    println!("{:?}", it.next_if_eq(&'x'));
    println!("{:?}", it.next_if_eq(&'a'));
    let rest: String = it.collect();
    println!("{}", rest);
}
// expect: 123 Some('a')
// expect: None
// expect: Some('a')
// expect: bc
