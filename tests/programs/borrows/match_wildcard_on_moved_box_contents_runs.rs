// `match *b { _ => .. }` reads nothing of what the Box held, so it runs after b was moved (rustc accepts it; it was a false E0382).
fn main() {
    let b: Box<i64> = Box::new(5);
    let kept = b;
    match *b {
        _ => println!("nothing read"),
    }
    println!("{}", kept);
}
// expect: nothing read
// expect: 5
