// A literal's test on `*b` after b was moved reads the moved value: rustc's E0382 "use of moved value" at the match, not a borrow at `*b`.
fn main() {
    let b: Box<i64> = Box::new(5);
    let kept = b;
    match *b {
        5 => println!("five"),
        _ => println!("other"),
    }
    println!("{}", kept);
}
// error: E0382 at 5:5
