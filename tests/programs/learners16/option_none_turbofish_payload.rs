// `None::<&str>` and `Option::<i32>::None` name the payload type, so a closure on it and a let without a type check.
fn main() {
    println!("{}", None::<&str>.is_some_and(|n| n.is_empty()));
    let x = Option::<i32>::None;
    println!("{:?} {}", x, x.map_or(-1, |v| v * 2));
    let words = vec!["a", "bb"];
    let longest = words.iter().fold(None::<&str>, |best, w| match best {
        Some(b) if b.len() >= w.len() => Some(b),
        _ => Some(w),
    });
    println!("{:?}", longest);
}
// expect: false
// expect: None -1
// expect: Some("bb")
